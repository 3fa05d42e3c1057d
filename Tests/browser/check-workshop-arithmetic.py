#!/usr/bin/env python3
"""Checks the workshop script's arithmetic against Swift's, to the last digit, in headless Chromium.

    WORKSHOP_ARITHMETIC_FIXTURES=FOLDER swift test --filter WorkshopArithmeticFixtureTests
    python3 Tests/browser/check-workshop-arithmetic.py FOLDER

FOLDER holds what WorkshopArithmeticFixtureTests writes: workshop pages whose cells hold awkward
replications (negatives, zeros, ties, huge, tiny and subnormal amounts; 1 to 1,000 replications)
in English and Dutch, and expected.json, the figures and texts that CareSim's own components
(FundingSplitAnalysis, PointEstimate, RunningMoments, Quantiles, ReportNumberFormatter) give for
them. For each page it checks that the page's script is
Sources/CareSimWorkshop/Resources/workshop.js (after its opening comment); then, for each
case, it selects the case's cell, funding split and value of a QALY through the page's test hook
(`window.caresimWorkshop`) and compares
  - every number of `shown()` named in expected.json (each perspective's, the net monetary
    benefit's and the QALYs' mean, standard error, 5% and 95% quantiles and chance of a loss;
    the fair and even splits) with Swift's as the same double (JSON carries no sign of zero,
    so 0 and -0 count as one);
  - every text named (the cards' amounts, bands, chances, errors and verdicts; the QALYs; the
    value of a QALY; the lede and the design note, whose counts of runs and years follow
    WorkshopLabels.counted's plural rule) with Swift's, character for character;
and, once per page, the level labels under each slider. The page must log no error and throw
no exception.

Exits 1 listing the differences (the first 40 of each page), 2 on a usage error. Python 3
standard library only; Chromium as for the other browser checks (install-chromium.sh).
"""

import importlib.util
import json
import os
import pathlib
import struct
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cdp import Chromium  # noqa: E402

# The event checks of check-workshop.py (console errors, exceptions, requests).
_spec = importlib.util.spec_from_file_location("check_workshop", os.path.join(HERE, "check-workshop.py"))
check_workshop = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_workshop)

SCRIPT = pathlib.Path(HERE, "..", "..", "Sources", "CareSimWorkshop", "Resources", "workshop.js")
SHOWN_LIMIT = 40


def page_script():
    """The script as WorkshopPage embeds it: workshop.js after its opening comment."""
    return SCRIPT.read_text(encoding="utf-8").split("\n\n", 1)[1]


def flattened(value, prefix=""):
    """The leaves of a JSON value by dotted path: {"a": {"b": 1}} as {"a.b": 1}."""
    if isinstance(value, dict):
        leaves = {}
        for key, inner in value.items():
            leaves.update(flattened(inner, f"{prefix}{key}."))
        return leaves
    return {prefix[:-1]: value}


def same_double(got, want):
    """Whether two JSON numbers are one double (bit for bit, but 0 and -0 alike), or both null."""
    if got is None or want is None:
        return got is None and want is None
    if not isinstance(got, (int, float)) or isinstance(got, bool):
        return False
    return float(got) == float(want) == 0 or struct.pack("<d", float(got)) == struct.pack("<d", float(want))


def as_text(shown):
    """A text of the page as Swift writes it: without the word joiner (U+2060) that holds an
    English minus sign to its euro sign, which is layout, not text (Swift's formatter writes none;
    the report pages add it as they escape text, the script as it writes an amount)."""
    return shown.replace("\u2060", "") if isinstance(shown, str) else shown


def js(value):
    """A Python value as a JavaScript literal; floats by repr, which reads back as the same double."""
    if isinstance(value, float):
        return repr(value)
    return json.dumps(value)


def case_expression(case):
    """Selects the case's cell, split and value of a QALY; returns shown() and the texts named."""
    wmo, zvw, wlz = (float(share) for share in case["split"])
    return f"""(() => {{
      const hook = window.caresimWorkshop;
      hook.setKnob('case', {int(case['level'])});
      hook.setSplit({js(wmo)}, {js(zvw)}, {js(wlz)});
      hook.setValuePerQALY({js(float(case['valuePerQALY']))});
      const texts = {{}};
      for (const id of {json.dumps(sorted(case['texts']))}) {{
        const node = document.getElementById(id);
        texts[id] = node ? node.textContent : null;
      }}
      return {{ shown: hook.shown(), texts: texts }};
    }})()"""


def check_page(page, folder, expected, script):
    """The differences between one page and Swift's figures, and how many values were compared."""
    path = pathlib.Path(folder, expected["file"])
    html = path.read_text(encoding="utf-8")
    problems = []
    if f"<script>\n{script}</script>" not in html:
        problems.append("the page's script is not workshop.js after its opening comment")
    page_url = path.resolve().as_uri()
    page.events.clear()
    page.navigate(page_url)
    if not page.evaluate("!!window.caresimWorkshop"):
        said = page.evaluate("(document.getElementById('page-problem') || {}).textContent || ''")
        return problems + [f"the page has no window.caresimWorkshop; it says: {said!r}"], 0
    compared = 0
    for case in expected["cases"]:
        result = page.evaluate(case_expression(case))
        shown = flattened(result["shown"])
        for key, want in sorted(case["numbers"].items()):
            compared += 1
            got = shown.get(key, "missing")
            if not same_double(got, want):
                problems.append(f"{case['name']}: {key} is {got!r}, Swift's {want!r}")
        for key, want in sorted(case["texts"].items()):
            compared += 1
            got = result["texts"].get(key)
            if as_text(got) != want:
                problems.append(f"{case['name']}: #{key} reads {got!r}, Swift writes {want!r}")
    ticks = page.evaluate(f"""(() => {{
      const labels = {{}};
      for (const id of {json.dumps(sorted(expected['ticks']))}) {{
        labels[id] = Array.from(document.getElementById(id).children, (tick) => tick.textContent);
      }}
      return labels;
    }})()""")
    for key, want in sorted(expected["ticks"].items()):
        compared += len(want)
        ticks[key] = [as_text(tick) for tick in ticks[key]]
        if ticks[key] != want:
            pairs = [(g, w) for g, w in zip(ticks[key], want) if g != w]
            problems.append(f"level labels #{key}: {pairs or ticks[key]!r} (page, Swift)")
    return problems + check_workshop.event_problems(page, page_url), compared


def main(argv):
    if len(argv) != 1 or not os.path.isfile(os.path.join(argv[0], "expected.json")):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        print("error: give the folder WorkshopArithmeticFixtureTests wrote (with expected.json)",
              file=sys.stderr)
        return 2
    folder = argv[0]
    with open(os.path.join(folder, "expected.json"), encoding="utf-8") as f:
        pages = json.load(f)["pages"]
    script = page_script()
    started = time.time()
    failed = 0
    total = 0
    with Chromium() as browser:
        page = browser.page()
        for domain in ("Runtime", "Log", "Network", "Page"):
            page.call(f"{domain}.enable")
        for expected in pages:
            try:
                problems, compared = check_page(page, folder, expected, script)
            except Exception as error:  # a page that cannot be driven is a failure, not a pass
                problems, compared = [f"could not check the page: {error!r}"], 0
            total += compared
            if problems:
                failed += 1
                print(f"FAIL {expected['file']}: {len(problems)} difference(s) in {compared} values")
                for problem in problems[:SHOWN_LIMIT]:
                    print(f"  - {problem}")
            else:
                print(f"ok   {expected['file']}: {compared} values")
    seconds = time.time() - started
    print(f"{total} values compared on {len(pages)} pages, {failed} of them with differences "
          f"({seconds:.1f} s)")
    if total == 0:
        print("FAIL nothing compared: expected.json lists no values")
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
