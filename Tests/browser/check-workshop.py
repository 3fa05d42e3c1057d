#!/usr/bin/env python3
"""Checks a CareSim workshop page in headless Chromium against figures recomputed from its data.

    python3 Tests/browser/check-workshop.py [--out DIR] [--split-folder DIR] PAGE.html

It loads the page (see cdp.py) and checks that:
  - it logs no console error, throws no exception and requests nothing but itself;
  - at the base setting, and after each move below, the numbers `caresimWorkshop.shown()`
    reports equal, to the last bit of the double, those recomputed here from the JSON the page
    embeds (per-payer mean, 90% band, chance of a loss and Monte-Carlo error; QALYs; the net
    monetary benefit; the cumulative balances and break-even years; the fair and even splits),
    and the cards show them as text exactly as CareSim rounds them;
  - a knob slider moved with the keyboard (arrow keys) and another dragged with the mouse snap to
    computed levels; under "aroundBase", a third knob off the base shows "not computed" and no
    figure; moving it back shows figures again;
  - the split sliders, dragged and moved with the keyboard, always sum to 100% and rescale the
    other two shares in proportion (or share the rest equally when both are 0); the quick
    buttons set the scenario's split, the municipality paying, the split by savings, and
    "everyone even" exactly when such a split exists;
  - the value-per-QALY buttons, the pin (the difference shown is now minus pinned), an
    exercise's answer button and the reset work;
  - a move redraws within a frame or two (the mean time of a move is reported);
  - no SVG text overlaps another or sticks out of its chart, every chart has marks, a title and
    a label, no two level labels under a slider overlap, at 1280 px and at 390 px; at 390 px the
    page does not scroll sideways and every slider is at least 200 px wide.
With --split-folder DIR (a folder written by `caresim split SCENARIO --steps 10 ...` with the
page's seed and replications), it also sets the page to every split of DIR/splits.csv at the
base setting and checks each payer's mean balance (netBenefit.*, within 1e-9 relative) and
chance of a loss (probabilityOfLoss.*) against the CSV.

It writes DIR/NAME-base.png and DIR/NAME-moved.png (full page at 1280 px), DIR/NAME-projector.png
(the first 1280 x 800 screen), DIR/NAME-not-computed.png (when the design has such settings) and
DIR/NAME-phone.png (full page at 390 px), and exits 1 with a list of problems if any check
fails, 2 on a usage error. Python 3 standard library only.
"""

import argparse
import csv
import decimal
import importlib.util
import json
import math
import os
import pathlib
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cdp import Chromium  # noqa: E402

# The page checks of check-pages.py (SVG marks, titles, text overlap; sideways scrolling).
_spec = importlib.util.spec_from_file_location("check_pages", os.path.join(HERE, "check-pages.py"))
check_pages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_pages)

DESKTOP = (1280, 800)
PHONE = (390, 844)
PAYERS = ["wmo", "zvw", "wlz"]
PERSPECTIVES = ["wmo", "zvw", "wlz", "informal", "society"]


# ---- The page's data and labels ------------------------------------------------------------

def embedded_json(html, element_id):
    """The JSON document in <script type="application/json" id=ELEMENT_ID>."""
    match = re.search(r'<script type="application/json" id="%s">(.*?)</script>' % re.escape(element_id),
                      html, re.S)
    if not match:
        raise ValueError(f"the page has no <script id=\"{element_id}\">")
    return json.loads(match.group(1))


# ---- CareSim's statistics, operation for operation (see CareSimWorkshop/Resources/workshop.js) ---

def moments(values):
    """Mean and standard error by Welford's recurrence, as RunningMoments."""
    n, mean, squares = 0, 0.0, 0.0
    for x in values:
        n += 1
        delta = x - mean
        mean += delta / n
        squares += delta * (x - mean)
    variance = 0.0 if n < 2 else squares / (n - 1)
    return mean, (0.0 if n < 2 else math.sqrt(variance / n))


def quantile(sorted_values, p):
    """Type-7 quantile (Hyndman and Fan 1996), as Quantiles.value."""
    if not sorted_values:
        return math.nan
    position = (len(sorted_values) - 1) * p
    lower = math.floor(position)
    fraction = position - lower
    below = sorted_values[lower]
    if not fraction > 0:
        return below
    return below + fraction * (sorted_values[lower + 1] - below)


def summarize(values):
    mean, error = moments(values)
    ordered = sorted(values)
    losses = sum(1 for v in values if v < 0)
    return {"mean": mean, "low": quantile(ordered, 0.05), "high": quantile(ordered, 0.95),
            "lossChance": losses / max(1, len(values)), "standardError": error}


def balances(cell, split, value_per_qaly):
    savings = cell["perReplication"]["savings"]
    cost = cell["perReplication"]["cost"]
    qalys = cell["perReplication"]["qalys"]
    values = {key: [] for key in PERSPECTIVES + ["nmb"]}
    for r in range(len(cost)):
        for p in PAYERS:
            values[p].append(savings[p][r] - split[p] * cost[r])
        values["informal"].append(savings["informal"][r])
        society = savings["wmo"][r] + savings["zvw"][r] + savings["wlz"][r] + savings["informal"][r] - cost[r]
        values["society"].append(society)
        values["nmb"].append(society + qalys[r] * value_per_qaly)
    return values


def cumulative(cell, split):
    savings = cell["byYear"]["savings"]
    cost = cell["byYear"]["cost"]
    series = {p: [] for p in PERSPECTIVES}
    total = {p: 0.0 for p in PERSPECTIVES}
    for y in range(len(cost)):
        for p in PAYERS:
            total[p] += savings[p][y] - split[p] * cost[y]
        total["informal"] += savings["informal"][y]
        total["society"] += (savings["wmo"][y] + savings["zvw"][y] + savings["wlz"][y] + savings["informal"][y]
                             - cost[y])
        for p in PERSPECTIVES:
            series[p].append(total[p])
    return series


def break_even_year(series):
    negative = [i for i, v in enumerate(series) if v < 0]
    if not negative:
        return 0
    return negative[-1] + 2 if negative[-1] + 1 < len(series) else None


def notable_splits(cell):
    savings = cell["perReplication"]["savings"]
    mean = {p: moments(savings[p])[0] for p in PAYERS}
    cost = moments(cell["perReplication"]["cost"])[0]
    positive = [max(0, mean[p]) for p in PAYERS]
    total = positive[0] + positive[1] + positive[2]
    fair = {p: positive[i] / total for i, p in enumerate(PAYERS)} if total > 0 else None
    covers = all(mean[p] >= 0 for p in PAYERS) and mean["wmo"] + mean["zvw"] + mean["wlz"] >= cost
    return {"fair": fair, "even": fair if covers else None}


def expected(data, levels, split, value_per_qaly):
    """What the page should show for a setting, or None when it was not computed."""
    cell = next((c for c in data["cells"] if c["levels"] == levels), None)
    if cell is None:
        return None
    values = balances(cell, split, value_per_qaly)
    series = cumulative(cell, split)
    return {
        "perspectives": {p: summarize(values[p]) for p in PERSPECTIVES},
        "nmb": summarize(values["nmb"]),
        "qalys": summarize(cell["perReplication"]["qalys"]),
        "cumulative": series,
        "breakEven": {p: break_even_year(series[p]) for p in PERSPECTIVES},
        "notableSplits": notable_splits(cell),
    }


# ---- CareSim's number texts (ReportNumberFormatter; the page's `euros`, `chance`) ----------

class Numbers:
    """Writes numbers as the page does: shortest round-trip decimal, half away from zero."""

    def __init__(self, lang):
        self.lang = lang
        self.group, self.point = (".", ",") if lang == "nl" else (",", ".")

    @staticmethod
    def decimal(x):
        if x == 0:
            return (False, "0", 1)
        # repr gives the shortest decimal that reads back as x, as ECMAScript's ToString does.
        _, digits, exponent = decimal.Decimal(repr(abs(x))).as_tuple()
        text = "".join(map(str, digits))
        return (x < 0, text.rstrip("0"), len(text) + exponent)

    @staticmethod
    def rounded(d, fraction_digits):
        negative, digits, point = d
        if digits == "0":
            return d
        keep = point + fraction_digits
        if keep >= len(digits):
            return d
        if keep < 0:
            return (False, "0", 1)
        kept = list(digits[:keep])
        if digits[keep] >= "5":
            i = len(kept) - 1
            while i >= 0 and kept[i] == "9":
                kept[i] = "0"
                i -= 1
            if i < 0:
                kept.insert(0, "1")
                point += 1
            else:
                kept[i] = str(int(kept[i]) + 1)
        text = "".join(kept).rstrip("0")
        if not text:
            return (False, "0", 1)
        return (negative, text, point)

    def plain(self, d, fraction_digits):
        _, digits, point = d
        integer = "0"
        if digits != "0" and point > 0:
            integer = digits[:point].ljust(point, "0")
        grouped = ""
        for i, c in enumerate(integer):
            if i > 0 and (len(integer) - i) % 3 == 0:
                grouped += self.group
            grouped += c
        if fraction_digits <= 0:
            return grouped
        fraction = "".join(digits[point + i] if digits != "0" and 0 <= point + i < len(digits) else "0"
                           for i in range(fraction_digits))
        return grouped + self.point + fraction

    @staticmethod
    def fraction_count(d):
        return 0 if d[1] == "0" else max(0, len(d[1]) - d[2])

    def euro_sign(self, body, negative):
        if self.lang == "nl":
            return "\u20ac\u00a0" + ("\u2212" if negative else "") + body
        # The script holds an English minus to its euro sign with a word joiner (U+2060).
        return ("\u2212\u2060" if negative else "") + "\u20ac" + body

    def euros(self, x, significant=3):
        if not math.isfinite(x):
            return "\u2014"
        d = self.decimal(x)
        r = self.rounded(d, min(0, significant - d[2]))
        return self.euro_sign(self.plain(r, 0), r[0] and r[1] != "0")

    def percent(self, share, fraction_digits):
        negative, digits, point = self.decimal(share)
        r = self.rounded((negative, digits, 1 if digits == "0" else point + 2), fraction_digits)
        body = self.plain(r, self.fraction_count(r))
        return ("\u2212" if r[0] and r[1] != "0" else "") + body + "%"

    def chance(self, p):
        if 0 < p < 0.005:
            return "<1%"
        if 0.995 < p < 1:
            return ">99%"
        return self.percent(p, 0)


def fill(template, *args):
    return re.sub(r"\{(\d)\}", lambda m: str(args[int(m.group(1)) - 1]), template)


# ---- Driving the page ----------------------------------------------------------------------

STATE = "window.caresimWorkshop.state()"
SHOWN = "window.caresimWorkshop.shown()"
NEXT_FRAME = check_pages.NEXT_FRAME

# Level labels under one slider that overlap each other, and sliders narrower than `min`.
CONTROL_CHECKS = r"""
((min) => {
  const problems = [];
  document.querySelectorAll('.ticks').forEach(row => {
    // Labels the page hides where they would collide are not shown, so they cannot overlap.
    const spans = Array.from(row.children).filter(s => !s.classList.contains('crowded'))
      .map(s => ({ s: s.textContent, r: s.getBoundingClientRect() }));
    for (let i = 1; i < spans.length; i++) {
      const a = spans[i - 1], b = spans[i];
      if (a.r.right > b.r.left + 1) problems.push(`level labels "${a.s}" and "${b.s}" overlap under slider ${row.id}`);
    }
  });
  document.querySelectorAll('.card').forEach(card => {
    const box = card.getBoundingClientRect();
    card.querySelectorAll('*').forEach(e => {
      const r = e.getBoundingClientRect();
      const over = Math.max(r.right - box.right, box.left - r.left);
      if (r.width > 0 && over > 0.5)
        problems.push(`"${e.textContent.slice(0, 40)}" sticks out of its card ${card.id} by ${over.toFixed(1)} px`);
    });
  });
  document.querySelectorAll('input[type=range]').forEach(input => {
    const r = input.getBoundingClientRect();
    if (r.width < min) problems.push(`slider ${input.id} is only ${r.width.toFixed(0)} px wide`);
    if (!document.querySelector(`label[for="${input.id}"]`)) problems.push(`slider ${input.id} has no <label>`);
  });
  return problems;
})
"""


class Check:
    def __init__(self, page, data, labels):
        self.page = page
        self.data = data
        self.labels = labels
        self.numbers = Numbers("nl" if page.evaluate("document.documentElement.lang") == "nl" else "en")
        self.problems = []
        self.compared = 0

    def problem(self, text):
        self.problems.append(text)

    def ev(self, js):
        return self.page.evaluate(js)

    def frame(self):
        self.page.evaluate(NEXT_FRAME, await_promise=True)

    # -- Input events, as a person makes them --

    def key(self, element_id, key, times=1):
        codes = {"ArrowRight": 39, "ArrowLeft": 37, "ArrowUp": 38, "ArrowDown": 40, "Home": 36, "End": 35}
        self.ev(f"document.getElementById({json.dumps(element_id)}).focus()")
        for _ in range(times):
            for kind in ("rawKeyDown", "keyUp"):
                self.page.call("Input.dispatchKeyEvent", type=kind, key=key, code=key,
                               windowsVirtualKeyCode=codes[key], nativeVirtualKeyCode=codes[key])
        self.frame()

    def box(self, element_id):
        """The element's box in the viewport, after scrolling it into view."""
        return self.ev(f"""(() => {{ const e = document.getElementById({json.dumps(element_id)});
            e.scrollIntoView({{block: 'center'}}); const r = e.getBoundingClientRect();
            return [r.left, r.top, r.width, r.height]; }})()""")

    def mouse(self, points):
        """Presses at the first point, moves through the others, releases at the last."""
        for i, (x, y) in enumerate(points):
            kind = "mousePressed" if i == 0 else "mouseMoved"
            self.page.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", buttons=1, clickCount=1)
        x, y = points[-1]
        self.page.call("Input.dispatchMouseEvent", type="mouseReleased", x=x, y=y, button="left", buttons=0, clickCount=1)
        self.frame()

    def click(self, element_id):
        left, top, width, height = self.box(element_id)
        self.mouse([(left + width / 2, top + height / 2)])

    def drag_range(self, element_id, to_fraction):
        """Drags a range input's thumb from its value to `to_fraction` of the track."""
        left, top, width, height = self.box(element_id)
        info = self.ev(f"(() => {{ const e = document.getElementById({json.dumps(element_id)}); "
                       f"return [Number(e.value), Number(e.min), Number(e.max)]; }})()")
        value, low, high = info
        thumb = 14  # half the thumb's width (CareSimWorkshop/Resources/workshop.css)
        def at(fraction):
            return left + thumb + fraction * (width - 2 * thumb)
        start = (value - low) / (high - low) if high > low else 0
        y = top + height / 2
        self.mouse([(at(start), y), (at((start + to_fraction) / 2), y), (at(to_fraction), y)])

    # -- Comparisons --

    def same(self, what, got, want):
        self.compared += 1
        if isinstance(want, float) and isinstance(got, (int, float)) and math.isnan(want) and got is None:
            return True
        if got != want:
            self.problem(f"{what}: the page shows {got!r}, recomputed {want!r}")
            return False
        return True

    def check_shown(self, where):
        """The shown numbers against those recomputed for the page's own state."""
        state = self.ev(STATE)
        shown = self.ev(SHOWN)
        want = expected(self.data, state["levels"], state["split"], state["valuePerQALY"])
        if want is None:
            self.same(f"{where}: computed", shown["computed"], False)
            return state, shown
        if not self.same(f"{where}: computed", shown["computed"], True):
            return state, shown
        for p in PERSPECTIVES:
            for field in ("mean", "low", "high", "lossChance", "standardError"):
                self.same(f"{where}: {p} {field}", shown["perspectives"][p][field], want["perspectives"][p][field])
        for group in ("nmb", "qalys"):
            for field in ("mean", "low", "high", "lossChance", "standardError"):
                self.same(f"{where}: {group} {field}", shown[group][field], want[group][field])
        for p in PERSPECTIVES:
            self.same(f"{where}: {p} cumulative", shown["cumulative"][p], want["cumulative"][p])
            self.same(f"{where}: {p} break-even year", shown["breakEven"][p], want["breakEven"][p])
        self.same(f"{where}: fair share", shown["notableSplits"]["fair"], want["notableSplits"]["fair"])
        self.same(f"{where}: everyone-even split", shown["notableSplits"]["even"], want["notableSplits"]["even"])
        self.check_texts(where, want)
        self.check_split_sliders(where, state, shown)
        return state, shown

    def check_texts(self, where, want):
        """The cards' texts: the figures as CareSim rounds them, in the page's labels."""
        n = self.numbers
        texts = self.ev("""Array.from(document.querySelectorAll('.card')).map(c => [c.id,
            Array.from(c.querySelectorAll('.amount, .band, .loss, .error')).map(e => e.textContent)])""")
        for card_id, shown in texts:
            key = card_id[len("card-"):]
            s = want["nmb"] if key == "nmb" else want["perspectives"][key]
            expect = [n.euros(s["mean"]),
                      fill(self.labels["card.band"], n.euros(s["low"]), n.euros(s["high"])),
                      fill(self.labels["card.lossChance"], n.chance(s["lossChance"])),
                      fill(self.labels["card.error"], n.euros(s["standardError"], 2))]
            self.same(f"{where}: the texts of card {key}", shown, expect)

    def check_split_sliders(self, where, state, shown):
        sliders = shown["sliders"]["split"]
        if sum(sliders) != 100:
            self.problem(f"{where}: the split sliders show {sliders}, which sum to {sum(sliders)}%, not 100%")
        total = sum(state["split"][p] for p in PAYERS)
        if abs(total - 1) > 1e-12 or any(state["split"][p] < 0 for p in PAYERS):
            self.problem(f"{where}: the split {state['split']} does not sum to 1")
        for k, p in enumerate(PAYERS):
            if abs(sliders[k] - 100 * state["split"][p]) > 1:
                self.problem(f"{where}: the {p} slider shows {sliders[k]}% for a share of {state['split'][p]}")

    def visible(self, element_id):
        return self.ev(f"(() => {{ const e = document.getElementById({json.dumps(element_id)}); "
                       f"return !!e && !e.closest('[hidden]') && e.getClientRects().length > 0; }})()")


def run_checks(path, out_dir, split_folder):
    html = pathlib.Path(path).read_text(encoding="utf-8")
    data = embedded_json(html, "workshop-data")
    labels = embedded_json(html, "workshop-labels")
    page_url = pathlib.Path(path).resolve().as_uri()
    stem = pathlib.Path(path).stem
    written = []
    with Chromium(window=DESKTOP) as browser:
        page = browser.page()
        for domain in ("Runtime", "Log", "Network", "Page"):
            page.call(f"{domain}.enable")
        page.call("Emulation.setDeviceMetricsOverride", width=DESKTOP[0], height=DESKTOP[1],
                  deviceScaleFactor=1, mobile=False)
        page.navigate(page_url)
        page.evaluate("document.fonts.ready.then(() => true)", await_promise=True)
        page.settle()
        c = Check(page, data, labels)
        if not c.ev("!!window.caresimWorkshop"):
            said = c.ev("(document.getElementById('page-problem') || {}).textContent || ''")
            c.problem("the page has no window.caresimWorkshop; " +
                      (f"it says: {said}" if said else "did its script fail?"))
            return c.problems + event_problems(page, page_url), written, summary(c)

        def shot(name, full=True):
            file = os.path.join(out_dir, f"{stem}-{name}.png")
            with open(file, "wb") as f:
                f.write(full_page_png(page, full))
            written.append(file)

        knobs = data["knobs"]
        base = [k["base"] for k in knobs]

        # The base setting.
        state, _ = c.check_shown("base")
        c.same("base: knob levels", state["levels"], base)
        c.same("base: split", state["split"], data["split"])
        c.same("base: value per QALY", state["valuePerQALY"], data["valuePerQALY"])
        c.same("base: the sentence is visible", c.visible("sentence"), True)
        layout_checks(c, "desktop 1280 px")
        shot("projector", full=False)
        shot("base")

        # A knob moved with the keyboard, then another dragged with the mouse.
        movable = [i for i, k in enumerate(knobs) if len(k["levels"]) > 1]
        if movable:
            i = movable[0]
            up = base[i] < len(knobs[i]["levels"]) - 1
            c.key(f"knob-{i}", "ArrowRight" if up else "ArrowLeft")
            state, shown = c.check_shown(f"knob {knobs[i]['id']} moved by keyboard")
            c.same(f"knob {knobs[i]['id']} after one arrow key", state["levels"][i], base[i] + (1 if up else -1))
            c.same("slider positions are the state's levels", shown["sliders"]["knobs"], state["levels"])
        if len(movable) > 1:
            j = movable[1]
            far = 1.0 if base[j] == 0 else 0.0
            c.drag_range(f"knob-{j}", far)
            state, shown = c.check_shown(f"knob {knobs[j]['id']} dragged with the mouse")
            c.same(f"knob {knobs[j]['id']} dragged to the end", state["levels"][j],
                   len(knobs[j]["levels"]) - 1 if far == 1.0 else 0)
            c.same("the moved setting is computed", shown["computed"],
                   data["design"] == "factorial" or len(movable) >= 2)
            if shown["computed"] and not shown["sentence"].strip():
                c.problem("a moved setting shows no sentence")
            if data["design"] == "aroundBase" and len(movable) > 2:
                k = movable[2]
                up = base[k] < len(knobs[k]["levels"]) - 1
                c.key(f"knob-{k}", "ArrowRight" if up else "ArrowLeft")
                state, shown = c.check_shown("three knobs off the base")
                c.same("three knobs off the base: computed", shown["computed"], False)
                c.same("three knobs off the base: the message shows", c.visible("not-computed"), True)
                c.same("three knobs off the base: no figure shows", c.visible("result-body"), False)
                c.same("three knobs off the base: no sentence shows", c.visible("sentence"), False)
                message = c.ev("document.getElementById('not-computed-text').textContent")
                c.same("three knobs off the base: the message", message, labels["notComputed.aroundBase"])
                shot("not-computed", full=False)
                c.key(f"knob-{k}", "ArrowLeft" if up else "ArrowRight")
                c.check_shown("back to two knobs off the base")
        c.same("moved: the sentence is visible", c.visible("sentence"), True)
        layout_checks(c, "desktop 1280 px, moved")
        shot("moved")

        # The funding split: drag one slider, move another with the keyboard.
        before = c.ev(STATE)["split"]
        c.drag_range("share-wmo", 0.3)
        after = c.ev(STATE)["split"]
        check_rescaled(c, "dragging the Wmo share", before, after, "wmo", exact=False)
        c.check_shown("Wmo share dragged")
        before = after
        c.key("share-zvw", "ArrowRight", times=5)
        after = c.ev(STATE)["split"]
        check_rescaled(c, "five arrow keys on the Zvw share", before, after, "zvw", exact=False)
        c.check_shown("Zvw share moved by keyboard")
        c.key("share-wlz", "End")
        c.check_shown("Wlz share at 100%")
        before = c.ev(STATE)["split"]
        c.same("the Wlz share at 100%", before, {"wmo": 0, "zvw": 0, "wlz": 1})
        c.key("share-wlz", "ArrowLeft", times=10)
        check_rescaled(c, "both other shares 0, then the Wlz share down 10", before, c.ev(STATE)["split"],
                       "wlz", exact=False)
        c.check_shown("Wlz share at 90%")

        # The quick buttons.
        levels = c.ev(STATE)["levels"]
        want = expected(data, levels, c.ev(STATE)["split"], c.ev(STATE)["valuePerQALY"])
        if want is not None:
            c.click("split-municipality")
            c.same("“municipality pays”", c.ev(STATE)["split"], {"wmo": 1, "zvw": 0, "wlz": 0})
            fair = want["notableSplits"]["fair"]
            if fair:
                c.click("split-savings")
                c.same("“split by savings”", c.ev(STATE)["split"], fair)
                c.check_shown("split by savings")
            even = want["notableSplits"]["even"]
            c.same("“everyone even” is offered exactly when such a split exists", c.visible("split-even"),
                   even is not None)
            if even:
                c.click("split-even")
                c.same("“everyone even”", c.ev(STATE)["split"], even)
                shown = c.ev(SHOWN)
                for p in PAYERS:
                    if shown["perspectives"][p]["mean"] < 0:
                        c.problem(f"“everyone even”: {p} still loses {shown['perspectives'][p]['mean']}")
            c.click("split-scenario")
            c.same("“the scenario's split”", c.ev(STATE)["split"], data["split"])

        # The value of a QALY.
        buttons = c.ev("Array.from(document.querySelectorAll('#qaly-buttons button')).map((b, i) => "
                       "{ b.id = 'qaly-button-' + i; return Number(b.dataset.value); })")
        c.same("reference values of a QALY", buttons, [20000, 50000, 80000])
        if buttons:
            c.click(f"qaly-button-{len(buttons) - 1}")
            c.same("a QALY at the last reference value", c.ev(STATE)["valuePerQALY"], buttons[-1])
            c.check_shown("a QALY at €80,000")

        # Pin, move, compare.
        c.click("pin")
        pinned = c.ev(SHOWN)
        c.same("pinned", c.ev(STATE)["pinned"], True)
        if movable:
            i = movable[0]
            c.key(f"knob-{i}", "Home")
            state, shown = c.check_shown("after pinning")
            c.same("the comparison shows", c.visible("compare"), shown["computed"])
            if shown["computed"] and shown["compare"]:
                for p in PERSPECTIVES:
                    c.same(f"pinned {p}", shown["compare"]["pinned"][p]["mean"], pinned["perspectives"][p]["mean"])
                    c.same(f"difference {p}", shown["compare"]["difference"][p],
                           shown["perspectives"][p]["mean"] - pinned["perspectives"][p]["mean"])
        c.click("pin")
        c.same("unpinned", c.ev(STATE)["pinned"], False)

        # An exercise's answer.
        if data.get("exercises"):
            c.ev("document.querySelector('.exercise button').id = 'first-answer-button'")
            c.same("the answer is hidden at first", c.visible("answer-0"), False)
            c.click("first-answer-button")
            c.same("the answer shows after its button", c.visible("answer-0"), True)
            answer = data["exercises"][0]["answer"]
            text = answer if isinstance(answer, str) else answer.get(c.numbers.lang) or answer.get("en")
            # The script holds an English minus to its euro sign with a word joiner, as it does
            # in its own amounts.
            text = text.replace("\u2212\u20ac", "\u2212\u2060\u20ac")
            c.same("the answer's text", c.ev("document.getElementById('answer-0').textContent"), text)

        # Back to the base.
        c.click("reset")
        state, _ = c.check_shown("after reset")
        c.same("reset: knob levels", state["levels"], base)
        c.same("reset: split", state["split"], data["split"])
        c.same("reset: value per QALY", state["valuePerQALY"], data["valuePerQALY"])

        # How long a move takes, the redraw included.
        if movable:
            i = movable[0]
            top = len(knobs[i]["levels"]) - 1
            milliseconds = c.ev(f"""(() => {{ const w = window.caresimWorkshop, id = {json.dumps(knobs[i]['id'])};
                const t0 = performance.now();
                for (let n = 0; n < 20; n++) w.setKnob(id, n % 2 ? {base[i]} : (({base[i]} + 1) % {top + 1}));
                const t = (performance.now() - t0) / 20; w.setKnob(id, {base[i]}); return t; }})()""")
            c.move_ms = milliseconds
            if milliseconds > 50:
                c.problem(f"a move takes {milliseconds:.1f} ms on average; it should take a frame or two")

        # The split folder of `caresim split`.
        if split_folder:
            check_split_folder(c, split_folder)

        # The phone.
        page.call("Emulation.setDeviceMetricsOverride", width=PHONE[0], height=PHONE[1],
                  deviceScaleFactor=1, mobile=True)
        c.frame()
        page.settle(0.2)
        for problem in page.evaluate(check_pages.HORIZONTAL_OVERFLOW):
            c.problem(f"{problem} [phone {PHONE[0]} px]")
        layout_checks(c, f"phone {PHONE[0]} px")
        c.check_shown("phone")
        shot("phone")
        # The comparison, the widest table, fits the phone without scrolling sideways.
        if movable:
            c.click("pin")
            c.key(f"knob-{movable[0]}", "End")
            if c.ev(SHOWN)["computed"]:
                widths = c.ev("(() => { const t = document.querySelector('#compare .table-scroll'); "
                              "return [t.scrollWidth, t.clientWidth]; })()")
                if widths[0] > widths[1] + 1:
                    c.problem(f"the comparison table is {widths[0]} px wide in {widths[1]} px "
                              f"[phone {PHONE[0]} px]")
                layout_checks(c, f"phone {PHONE[0]} px, pinned")
            c.click("pin")
            c.click("reset")
        page.settle(0.1)
        return c.problems + event_problems(page, page_url), written, summary(c)


def summary(c):
    """One line on what was checked: figures compared, the time of a move, the split folder."""
    text = f"{c.compared} figures compared"
    if getattr(c, "move_ms", None) is not None:
        text += f", {c.move_ms:.1f} ms a move"
    if getattr(c, "split_rows", None):
        rows, worst = c.split_rows
        text += f", {rows} splits of splits.csv (largest relative difference {worst:.1e})"
    return text


def check_rescaled(c, what, before, after, moved, exact=True):
    """The two shares not moved keep their proportion, or share the rest equally if both were 0.

    A drag or several key presses rescale once per input event, each time from the last split,
    so their result is the same proportion only up to rounding: `exact=False` allows 1e-12."""
    others = [p for p in PAYERS if p != moved]
    a, b = before[others[0]], before[others[1]]
    rest = 1 - after[moved]
    if a + b > 0:
        want_first = rest * (a / (a + b))
    else:
        want_first = rest / 2
    want = {moved: after[moved], others[0]: want_first, others[1]: max(0, rest - want_first)}
    if exact:
        c.same(f"{what}: the other shares", after, want)
    elif any(abs(after[p] - want[p]) > 1e-12 for p in PAYERS):
        c.problem(f"{what}: the other shares: the page shows {after}, in proportion {want}")
    if after[moved] == before[moved]:
        c.problem(f"{what}: the {moved} share did not move ({before[moved]})")


def layout_checks(c, where):
    result = c.ev(check_pages.SVG_CHECKS)
    for problem in result["problems"]:
        c.problem(f"{problem} [{where}]")
    if result["charts"] < 2 and c.ev(SHOWN)["computed"]:
        c.problem(f"the page shows {result['charts']} chart(s), expected 2 [{where}]")
    for problem in c.ev(CONTROL_CHECKS + "(200)"):
        c.problem(f"{problem} [{where}]")


def full_page_png(page, full):
    """A PNG of the page; for the full page, the viewport is made as tall as the page first, so
    that parts sized to the screen (the sticky controls) are drawn whole."""
    if not full:
        return page.screenshot_png(full_page=False)
    metrics = page.call("Page.getLayoutMetrics")
    view = metrics.get("cssLayoutViewport") or metrics["layoutViewport"]
    width, height = view["clientWidth"], view["clientHeight"]
    mobile = width < 600
    size = metrics.get("cssContentSize") or metrics["contentSize"]
    page.call("Emulation.setDeviceMetricsOverride", width=width, height=int(math.ceil(size["height"])),
              deviceScaleFactor=1, mobile=mobile)
    page.evaluate(NEXT_FRAME, await_promise=True)
    png = page.screenshot_png(full_page=True)
    page.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=mobile)
    page.evaluate(NEXT_FRAME, await_promise=True)
    return png


def check_split_folder(c, folder):
    """Every split of `caresim split`'s splits.csv at the base setting, against the page."""
    splits = os.path.join(folder, "splits.csv")
    if not os.path.isfile(splits):
        c.problem(f"--split-folder: no {splits}")
        return
    result = os.path.join(folder, "result.json")
    if os.path.isfile(result):
        with open(result, encoding="utf-8") as f:
            meta = json.load(f)
        for key, page_key in (("seed", "seed"), ("replicationsPerSetting", "replications")):
            if key in meta and str(meta[key]) != str(c.data[page_key]) and float(meta[key]) != float(c.data[page_key]):
                c.problem(f"--split-folder: its {key} is {meta[key]}, the page's {page_key} is {c.data[page_key]}")
        hash_ = (meta.get("scenario") or {}).get("hash")
        if hash_ and hash_ != c.data["scenario"]["hash"]:
            c.problem(f"--split-folder: its scenario hash {hash_} is not the page's {c.data['scenario']['hash']}")
    base = [k["base"] for k in c.data["knobs"]]
    for i, level in enumerate(base):
        c.ev(f"window.caresimWorkshop.setKnob({json.dumps(c.data['knobs'][i]['id'])}, {level})")
    with open(splits, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    if not rows:
        c.problem("--split-folder: splits.csv has no rows")
    worst = 0.0
    for row in rows:
        split = [float(row[f"share.{p}"]) for p in PAYERS]
        c.ev(f"window.caresimWorkshop.setSplit({split[0]!r}, {split[1]!r}, {split[2]!r})")
        shown = c.ev(SHOWN)
        where = "split " + "/".join(row[f"share.{p}"] for p in PAYERS)
        for p in PAYERS:
            got = shown["perspectives"][p]["mean"]
            want = float(row[f"netBenefit.{p}"])
            relative = abs(got - want) / max(abs(want), 1e-300)
            worst = max(worst, relative if want != 0 else abs(got))
            c.compared += 2
            if relative > 1e-9 and abs(got - want) > 1e-9:
                c.problem(f"{where}: {p} mean balance {got!r}, splits.csv {want!r}")
            loss = float(row[f"probabilityOfLoss.{p}"])
            if abs(shown["perspectives"][p]["lossChance"] - loss) > 1e-12:
                c.problem(f"{where}: {p} chance of a loss {shown['perspectives'][p]['lossChance']!r}, splits.csv {loss!r}")
    c.split_rows = (len(rows), worst)


def event_problems(page, page_url):
    problems = []
    for event in page.events:
        method, params = event["method"], event.get("params", {})
        if method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text", "")
            problems.append(f"uncaught exception: {text.splitlines()[0] if text else '?'}")
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert", "warning"):
            args = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            problems.append(f"console.{params['type']}: {args}")
        elif method == "Log.entryAdded" and params["entry"].get("level") in ("error", "warning"):
            entry = params["entry"]
            problems.append(f"browser log {entry.get('level')} ({entry.get('source')}): {entry.get('text')} "
                            f"{entry.get('url', '')}".rstrip())
        elif method == "Network.requestWillBeSent":
            url = params["request"]["url"]
            if url != page_url:
                problems.append(f"the page requests {url}; it must be self-contained")
    return problems


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("page", metavar="PAGE.html")
    parser.add_argument("--out", default=".build/workshop-check",
                        help="folder for the screenshots (default: %(default)s)")
    parser.add_argument("--split-folder", metavar="DIR",
                        help="a `caresim split --steps 10` folder of the page's scenario, seed and replications")
    args = parser.parse_args(argv)
    if not os.path.isfile(args.page):
        print(f"error: no such file: {args.page}", file=sys.stderr)
        return 2
    if args.split_folder and not os.path.isdir(args.split_folder):
        print(f"error: no such folder: {args.split_folder}", file=sys.stderr)
        return 2
    os.makedirs(args.out, exist_ok=True)
    started = time.time()
    try:
        problems, written, detail = run_checks(args.page, args.out, args.split_folder)
    except Exception as error:  # a browser that fails to start is a failure, not a pass
        problems, written, detail = [f"could not check the page: {error!r}"], [], "nothing compared"
    seconds = time.time() - started
    if problems:
        print(f"FAIL {args.page}: {len(problems)} problem(s); {detail}, {seconds:.1f} s")
        for problem in problems:
            print(f"  - {problem}")
    else:
        print(f"ok   {args.page}: {detail}, {seconds:.1f} s")
    for file in written:
        print(f"     wrote {file}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
