#!/usr/bin/env python3
"""Checks self-contained report pages in headless Chromium; writes screenshots and an A4 PDF.

    python3 Tests/browser/check-pages.py [--out DIR] PAGE.html [PAGE.html ...]

For each page, in a fresh headless Chromium (see cdp.py), it checks that:
  - the page logs no console error and throws no uncaught exception;
  - the page requests nothing but itself and data: URLs (it must be self-contained);
  - every <svg> chart has role="img", an aria-label and a <title>, and at least one drawn
    data mark (an element of class "mark" with a non-empty box);
  - no <text> of an SVG sticks out of its SVG's box, and no two texts of one SVG overlap by
    more than 1 px both ways;
  - these SVG checks hold at desktop width (1024 px), at phone width (390 px) and in print;
  - at phone width the document does not scroll sideways.
It writes DIR/NAME.png (full page, desktop), DIR/NAME-phone.png and DIR/NAME.pdf (A4, with
backgrounds), with --each-chart also DIR/NAME-chart-NN.png and DIR/NAME-phone-chart-NN.png
(one per chart at each width, for review), and
exits 1 with a list of problems if any check fails, 2 on a usage error.
Python 3 standard library only.
"""

import argparse
import base64
import os
import pathlib
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Chromium  # noqa: E402

# Runs in the page; returns a list of problem strings for every chart SVG.
SVG_CHECKS = r"""
(() => {
  const problems = [];
  const labelOf = (t) => Array.from(t.childNodes)
    .filter(n => n.nodeType === Node.TEXT_NODE || (n.nodeType === Node.ELEMENT_NODE && n.tagName !== 'title'))
    .map(n => n.textContent).join('').trim();
  const svgs = Array.from(document.querySelectorAll('svg')).filter(s => !s.parentElement.closest('svg'));
  svgs.forEach((svg, i) => {
    const name = (svg.getAttribute('aria-label') || ('svg #' + (i + 1))).slice(0, 70);
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) { problems.push(`${name}: the SVG has no size`); return; }
    if (svg.getAttribute('role') !== 'img') problems.push(`${name}: no role="img"`);
    if (!svg.getAttribute('aria-label')) problems.push(`${name}: no aria-label`);
    if (!svg.querySelector(':scope > title')) problems.push(`${name}: no <title>`);
    const marks = Array.from(svg.querySelectorAll('.mark')).filter(m => {
      const r = m.getBoundingClientRect(); return r.width > 0 || r.height > 0; });
    if (marks.length === 0) problems.push(`${name}: no drawn data mark (.mark with a non-empty box)`);
    const texts = Array.from(svg.querySelectorAll('text')).map(t => ({ s: labelOf(t), r: t.getBoundingClientRect() }))
      .filter(t => t.s && t.r.width > 0 && t.r.height > 0);
    for (const t of texts) {
      const over = Math.max(box.left - t.r.left, t.r.right - box.right, box.top - t.r.top, t.r.bottom - box.bottom);
      if (over > 0.5) problems.push(`${name}: text "${t.s}" sticks out of the SVG by ${over.toFixed(1)} px`);
    }
    for (let a = 0; a < texts.length; a++) {
      for (let b = a + 1; b < texts.length; b++) {
        const p = texts[a].r, q = texts[b].r;
        const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
        const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (w > 1 && h > 1) problems.push(`${name}: texts "${texts[a].s}" and "${texts[b].s}" overlap (${w.toFixed(1)} x ${h.toFixed(1)} px)`);
      }
    }
  });
  return { charts: svgs.length, problems };
})()
"""

# Runs in the page; returns the elements that stick out to the right of the viewport.
HORIZONTAL_OVERFLOW = r"""
(() => {
  const width = document.documentElement.clientWidth;
  const scroll = document.documentElement.scrollWidth;
  if (scroll <= width + 1) return [];
  const culprits = Array.from(document.body.querySelectorAll('*'))
    .filter(e => e.tagName.toLowerCase() === 'svg' || !e.closest('svg')).filter(e => {
    const r = e.getBoundingClientRect(); return r.right > width + 1 && r.width > 0; })
    .filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > width + 1))
    .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
      (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : ''));
  return [`the page is ${scroll} px wide at a ${width} px viewport; widest: ${culprits.join(', ') || '?'}`];
})()
"""

NEXT_FRAME = "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))"


CHART_BOXES = r"""
Array.from(document.querySelectorAll('svg')).filter(s => !s.parentElement.closest('svg')).map(s => {
  const r = s.getBoundingClientRect();
  return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
})
"""


def chart_screenshots(page, out_dir, prefix):
    """Writes one PNG per chart SVG as PREFIX-chart-NN.png; returns the paths."""
    written = []
    for index, box in enumerate(page.evaluate(CHART_BOXES), start=1):
        if box["width"] == 0 or box["height"] == 0:
            continue
        data = page.call("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                         clip={**box, "scale": 1})["data"]
        png = os.path.join(out_dir, f"{prefix}-chart-{index:02d}.png")
        with open(png, "wb") as f:
            f.write(base64.b64decode(data))
        written.append(png)
    return written


def check_page(path, out_dir, desktop_width, phone_width, each_chart=False):
    """Returns (problems, written files) for one page."""
    problems = []
    written = []
    page_url = pathlib.Path(path).resolve().as_uri()
    stem = pathlib.Path(path).stem
    with Chromium(window=(desktop_width, 900)) as browser:
        page = browser.page()
        for domain in ("Runtime", "Log", "Network", "Page"):
            page.call(f"{domain}.enable")
        page.call("Emulation.setDeviceMetricsOverride", width=desktop_width, height=900,
                  deviceScaleFactor=1, mobile=False)
        page.navigate(page_url)
        page.evaluate("document.fonts.ready.then(() => true)", await_promise=True)
        page.settle()

        found = {}  # problem -> the widths it was found at, in order

        def svg_checks(where):
            result = page.evaluate(SVG_CHECKS)
            for problem in result["problems"]:
                found.setdefault(problem, []).append(where)
            return result["charts"]

        charts = svg_checks(f"desktop {desktop_width} px")
        png = os.path.join(out_dir, f"{stem}.png")
        with open(png, "wb") as f:
            f.write(page.screenshot_png())
        written.append(png)
        if each_chart:
            written += chart_screenshots(page, out_dir, stem)

        page.call("Emulation.setDeviceMetricsOverride", width=phone_width, height=844,
                  deviceScaleFactor=1, mobile=True)
        page.evaluate(NEXT_FRAME, await_promise=True)
        for problem in page.evaluate(HORIZONTAL_OVERFLOW):
            found.setdefault(problem, []).append(f"phone {phone_width} px")
        svg_checks(f"phone {phone_width} px")
        png = os.path.join(out_dir, f"{stem}-phone.png")
        with open(png, "wb") as f:
            f.write(page.screenshot_png())
        written.append(png)
        if each_chart:
            written += chart_screenshots(page, out_dir, f"{stem}-phone")

        page.call("Emulation.clearDeviceMetricsOverride")
        page.call("Emulation.setEmulatedMedia", media="print")
        page.call("Emulation.setDeviceMetricsOverride", width=700, height=1000,
                  deviceScaleFactor=1, mobile=False)
        page.evaluate(NEXT_FRAME, await_promise=True)
        svg_checks("print")
        page.call("Emulation.clearDeviceMetricsOverride")
        page.call("Emulation.setEmulatedMedia", media="")
        pdf = os.path.join(out_dir, f"{stem}.pdf")
        with open(pdf, "wb") as f:
            data = page.pdf(paperWidth=8.27, paperHeight=11.69, printBackground=True)
            f.write(data)
        # Each page object is "/Type /Page" (or "/Type/Page"), the page tree "/Type /Pages".
        pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
        if not data.startswith(b"%PDF") or pages == 0:
            problems.append("the A4 PDF is empty or not a PDF")
        pdf = f"{pdf} ({pages} A4 page{'s' if pages != 1 else ''})"
        written.append(pdf)
        page.settle(0.1)
        problems.extend(f"{problem} [{', '.join(where)}]" for problem, where in found.items())

        for event in page.events:
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.exceptionThrown":
                details = params["exceptionDetails"]
                text = details.get("exception", {}).get("description") or details.get("text", "")
                problems.append(f"uncaught exception: {text.splitlines()[0] if text else '?'}")
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                args = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
                problems.append(f"console.{params['type']}: {args}")
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                entry = params["entry"]
                problems.append(f"browser log error ({entry.get('source')}): {entry.get('text')} "
                                f"{entry.get('url', '')}".rstrip())
            elif method == "Network.requestWillBeSent":
                url = params["request"]["url"]
                if url != page_url and not url.startswith("data:"):
                    problems.append(f"the page requests {url}; a report must be self-contained")
    return charts, problems, written


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="+", metavar="PAGE.html")
    parser.add_argument("--out", default=".build/browser-check",
                        help="folder for the screenshots and PDFs (default: %(default)s)")
    parser.add_argument("--desktop-width", type=int, default=1024)
    parser.add_argument("--phone-width", type=int, default=390)
    parser.add_argument("--each-chart", action="store_true",
                        help="also write one PNG per chart, for review")
    args = parser.parse_args(argv)
    missing = [p for p in args.pages if not os.path.isfile(p)]
    if missing:
        print(f"error: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    os.makedirs(args.out, exist_ok=True)
    failed = 0
    for path in args.pages:
        try:
            charts, problems, written = check_page(path, args.out, args.desktop_width,
                                                   args.phone_width, args.each_chart)
        except Exception as error:  # a browser that fails to start is a failure, not a pass
            charts, problems, written = 0, [f"could not check the page: {error}"], []
        if problems:
            failed += 1
            print(f"FAIL {path}: {len(problems)} problem(s) in a page with {charts} chart(s)")
            for problem in problems:
                print(f"  - {problem}")
        else:
            print(f"ok   {path}: {charts} chart(s)")
        for file in written:
            print(f"     wrote {file}")
    if failed:
        print(f"{failed} of {len(args.pages)} page(s) failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
