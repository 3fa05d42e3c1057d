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
  - these SVG checks hold at desktop width (1280 px), at phone width (390 px) and in print;
  - at phone width the document does not scroll sideways;
  - no word of a table cell, table header, caption or chart label is split across lines (each
    word, a run between white space or up to a hyphen or en dash, is measured with
    Range.getClientRects) at desktop width, phone width and
    print width (the A4 text column);
  - no sentence misses a number ("about —", a lone "—" in running text, "NaN", "undefined",
    "Infinity" anywhere in the page's text);
  - no chart label or tick carries floating-point noise (a number of 7 or more significant digits,
    as in "−€369.959893563442k"); no axis (a <g> of numbers, or the chart-tick labels that share
    a line: one y for a horizontal axis, one x for a vertical axis or a colour bar) ticks a range
    so small against its values that the differences are rounding noise (relative spread below
    1e-6, as in "€619.0510k" to "€619.0518k"), nor carries digits finer than its step allows
    (ticks at round values);
  - in a chart with value labels, the ticks and the value labels write euros in one compact unit
    (no "€0.5M" axis beside a "€34.7k" bar);
  - with --max-pages NAME=N, the page NAME.html prints on at most N A4 pages.
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

# Runs in the page; returns the words of table cells, headers, captions and chart labels that are
# laid out on more than one line. A word is a run of text between white space, or up to and
# including a hyphen or en dash.
SPLIT_WORDS = r"""
(() => {
  const split = [];
  const elements = document.querySelectorAll('td, th, caption, svg text');
  for (const element of elements) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
      acceptNode: n => n.parentElement && n.parentElement.closest('title') ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent;
      // A word ends at white space or just after a hyphen or en dash: a compound may break after
      // its hyphen ("WIJ-|teams"), as typesetting allows, but nowhere else.
      const pattern = /[^\s\-\u2010\u2013]+[\-\u2010\u2013]?|[\-\u2010\u2013]/g;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = Array.from(range.getClientRects()).filter(r => r.width > 0 && r.height > 0);
        if (rects.length < 2) continue;
        // Rectangles on one line share their vertical middle; a split word has two or more lines.
        const lines = new Set(rects.map(r => Math.round((r.top + r.bottom) / 2)));
        if (lines.size > 1) split.push(match[0]);
      }
    }
  }
  return split;
})()
"""

# Runs in the page; returns sentences that miss a number, and every chart label with noise digits.
NUMBER_CHECKS = r"""
(() => {
  const problems = [];
  const running = Array.from(document.querySelectorAll('p, li, figcaption, dd, caption, h1, h2, h3'))
    .map(e => e.textContent.replace(/\s+/g, ' ').trim());
  for (const sentence of running) {
    if (/(^|\s)(about|ongeveer|circa|±)\s+—/i.test(sentence) || /(^|[\s(])—([\s.,;:)]|$)/.test(sentence))
      problems.push(`a sentence misses a number: "${sentence.slice(0, 120)}"`);
  }
  const all = document.body.innerText + ' ' + Array.from(document.querySelectorAll('svg text'))
    .map(t => t.textContent).join(' ');
  for (const word of ['NaN', 'undefined', 'Infinity', 'null'])
    if (new RegExp('\\b' + word + '\\b').test(all)) problems.push(`the page shows "${word}"`);
  // Chart labels: significant digits of every number, and the spread of each group's ticks.
  const numberPattern = /[−-]?\d[\d,.\u00a0\u202f ]*\d|\d/g;
  // Trailing zeros are not noise: `€ 1.000.000` has one significant digit, `€ 1.090.629` seven.
  const significant = s => s.replace(/[^\d]/g, '').replace(/^0+/, '').replace(/0+$/, '').length;
  const valueOf = s => {
    const suffix = { k: 1e3, K: 1e3, M: 1e6, m: 1e6, bn: 1e9 };
    const m = s.match(/([−-]?)[^\d−-]*([\d.,]+)\s*(k|K|M|bn|m)?/);
    if (!m) return NaN;
    // Decimal marks: the last of "." or "," followed by fewer than 3 digits, or followed by digits
    // that are not a group of 3, is decimal; others group thousands.
    let digits = m[2];
    const last = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
    let whole = digits, fraction = '';
    if (last >= 0 && digits.length - last - 1 !== 3) { whole = digits.slice(0, last); fraction = digits.slice(last + 1); }
    const v = parseFloat(whole.replace(/[.,]/g, '') + (fraction ? '.' + fraction : ''));
    return (m[1] ? -1 : 1) * v * (m[3] ? suffix[m[3]] : 1);
  };
  // A label's own text, without the tooltip (<title>) a text may carry.
  const labelOf = t => Array.from(t.childNodes).filter(n => n.nodeName !== 'title')
    .map(n => n.textContent).join('').trim();
  const isNumeric = l => /^[^\p{L}]*\d[^\p{L}]*(k|M|bn|tn|dzd\.|mln|mld|bln)?[^\p{L}]*$/u.test(l);
  // The compact unit a label is written in ('' for none); null for a label without a number.
  const unitOf = l => {
    const m = l.match(/\d(?:[\d,.]*\d)?\s*(k|M|bn|tn|dzd\.|mln|mld|bln)?(?![\p{L}\d])/u);
    return m ? (m[1] || '') : null;
  };
  // The power of ten of a value's last significant digit (0.25 -> -2, 500 -> 2).
  const lastDigit = v => {
    const [mantissa, exponent] = Math.abs(v).toExponential(10).split('e');
    const digits = mantissa.replace('.', '').replace(/0+$/, '');
    return parseInt(exponent, 10) - (Math.max(digits.length, 1) - 1);
  };
  const svgs = Array.from(document.querySelectorAll('svg')).filter(s => !s.parentElement.closest('svg'));
  svgs.forEach((svg, i) => {
    const name = (svg.getAttribute('aria-label') || ('svg #' + (i + 1))).slice(0, 50);
    const elements = Array.from(svg.querySelectorAll('text')).filter(t => labelOf(t));
    for (const text of elements.map(labelOf)) {
      for (const number of text.match(numberPattern) || []) {
        if (significant(number) >= 7) problems.push(`${name}: label "${text}" has noise digits`);
      }
    }
    // An axis: the tick labels of one <g>, or the chart-tick labels on one line (a horizontal
    // axis shares y, a vertical axis or a colour bar shares x).
    const axes = [];
    for (const group of svg.querySelectorAll('g')) {
      axes.push(Array.from(group.children).filter(c => c.tagName === 'text').map(labelOf));
    }
    const ticks = elements.filter(t => t.classList.contains('chart-tick'));
    for (const attribute of ['x', 'y']) {
      const lines = new Map();
      for (const t of ticks) {
        const key = t.getAttribute(attribute);
        if (!lines.has(key)) lines.set(key, []);
        lines.get(key).push(labelOf(t));
      }
      axes.push(...lines.values());
    }
    const reported = new Set();
    for (const labels of axes) {
      if (labels.length < 2 || !labels.every(isNumeric)) continue;
      const key = labels.join('|');
      if (reported.has(key)) continue;
      const values = labels.map(valueOf).filter(Number.isFinite);
      if (values.length < 2) continue;
      const spread = Math.max(...values) - Math.min(...values);
      const size = Math.max(...values.map(Math.abs));
      if (size > 0 && spread > 0 && spread / size < 1e-6) {
        problems.push(`${name}: ticks ${labels.join(', ')} span a rounding-noise range`);
        reported.add(key);
        continue;
      }
      // Round ticks: on an evenly spaced axis no label has a digit far below the last digit of
      // the step between the labels shown (labels left out to make room multiply that step, by
      // up to a hundred).
      const sorted = [...new Set(values)].sort((a, b) => a - b);
      const steps = sorted.slice(1).map((v, k) => v - sorted[k]).filter(d => d > 0);
      if (steps.length === 0) continue;
      const step = Math.min(...steps);
      const multiple = d => Math.abs(d / step - Math.round(d / step)) < 1e-6;
      if (!steps.every(multiple)) continue;
      const finest = lastDigit(step);
      const noisy = values.filter(v => Number.isFinite(v) && v !== 0 && lastDigit(v) < finest - 2);
      if (noisy.length) {
        problems.push(`${name}: ticks ${labels.join(', ')} carry digits finer than their step`);
        reported.add(key);
      }
    }
    // One style of numbers in a chart whose ticks sit beside value labels: one compact unit.
    const styled = elements.filter(t => ['chart-tick', 'chart-value-label', 'chart-reference-label']
      .some(c => t.classList.contains(c)));
    if (styled.some(t => t.classList.contains('chart-value-label'))) {
      const units = new Set();
      for (const t of styled) {
        const label = labelOf(t);
        if (!/€/.test(label) || !/[1-9]/.test(label)) continue;  // euros only, zero has no unit
        const unit = unitOf(label);
        if (unit !== null) units.add(unit || 'whole euros');
      }
      if (units.size > 1)
        problems.push(`${name}: ticks and value labels mix units (${[...units].join(', ')})`);
    }
  });
  return problems;
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


PRINT_COLUMN_PX = round(174 / 25.4 * 96)


def check_page(path, out_dir, desktop_width, phone_width, each_chart=False, max_pages=None):
    """Returns (charts, problems, written files, figures) for one page."""
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

        split_counts = {}

        def split_words(where):
            words = page.evaluate(SPLIT_WORDS)
            split_counts[where] = len(words)
            if words:
                shown = ", ".join(f'"{w}"' for w in words[:12]) + (" …" if len(words) > 12 else "")
                problems.append(f"{len(words)} word(s) split across lines [{where}]: {shown}")

        charts = svg_checks(f"desktop {desktop_width} px")
        split_words(f"desktop {desktop_width} px")
        problems.extend(page.evaluate(NUMBER_CHECKS))
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
        split_words(f"phone {phone_width} px")
        png = os.path.join(out_dir, f"{stem}-phone.png")
        with open(png, "wb") as f:
            f.write(page.screenshot_png())
        written.append(png)
        if each_chart:
            written += chart_screenshots(page, out_dir, f"{stem}-phone")

        page.call("Emulation.clearDeviceMetricsOverride")
        page.call("Emulation.setEmulatedMedia", media="print")
        # A4 is 210 mm wide; less the stylesheet's 18 mm margins, the text column is 174 mm.
        page.call("Emulation.setDeviceMetricsOverride", width=PRINT_COLUMN_PX, height=1000,
                  deviceScaleFactor=1, mobile=False)
        page.evaluate(NEXT_FRAME, await_promise=True)
        svg_checks("print")
        split_words("print")
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
        if max_pages is not None and pages > max_pages:
            problems.append(f"prints on {pages} A4 pages; at most {max_pages} allowed")
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
    figures = {"split words": split_counts, "A4 pages": pages}
    return charts, problems, written, figures


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="+", metavar="PAGE.html")
    parser.add_argument("--out", default=".build/browser-check",
                        help="folder for the screenshots and PDFs (default: %(default)s)")
    parser.add_argument("--desktop-width", type=int, default=1280)
    parser.add_argument("--phone-width", type=int, default=390)
    parser.add_argument("--each-chart", action="store_true",
                        help="also write one PNG per chart, for review")
    parser.add_argument("--max-pages", action="append", default=[], metavar="NAME=N",
                        help="the page NAME.html prints on at most N A4 pages (repeatable)")
    args = parser.parse_args(argv)
    limits = {}
    for limit in args.max_pages:
        name, _, count = limit.partition("=")
        if not count.isdigit():
            print(f"error: --max-pages takes NAME=N, got {limit}", file=sys.stderr)
            return 2
        limits[name] = int(count)
    missing = [p for p in args.pages if not os.path.isfile(p)]
    if missing:
        print(f"error: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    os.makedirs(args.out, exist_ok=True)
    failed = 0
    for path in args.pages:
        try:
            charts, problems, written, figures = check_page(
                path, args.out, args.desktop_width, args.phone_width, args.each_chart,
                limits.get(pathlib.Path(path).stem))
        except Exception as error:  # a browser that fails to start is a failure, not a pass
            charts, problems, written = 0, [f"could not check the page: {error}"], []
            figures = None
        if problems:
            failed += 1
            print(f"FAIL {path}: {len(problems)} problem(s) in a page with {charts} chart(s)")
            for problem in problems:
                print(f"  - {problem}")
        else:
            print(f"ok   {path}: {charts} chart(s)")
        if figures:
            splits = ", ".join(f"{count} at {where}" for where, count in figures["split words"].items())
            print(f"     words split: {splits}; {figures['A4 pages']} A4 page(s)")
        for file in written:
            print(f"     wrote {file}")
    if failed:
        print(f"{failed} of {len(args.pages)} page(s) failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
