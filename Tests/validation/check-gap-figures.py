#!/usr/bin/env python3
"""Checks that the figures the validation files' explanations quote are CareSim's own.

A gap's explanation may say what CareSim gets ("CareSim gets about 0.70M ..."). That figure is
written by hand, so a change to the model or a scenario can leave it stale. This reads the result
of `caresim validate-study` on every file in Scenarios/validation/, run at the file's own
replications and seed (deterministic) with `--out RESULTS/<file's name>`, and checks every such
figure against the estimate's mean, rounded as the text writes it: to its last decimal, or for a
whole number to its last non-zero digit ("780" is tens, "-20" tens, "-3" units); "k" and "M"
scale it. A figure off by more than half that unit is reported with the value the text should
give. Only the words "CareSim gets about" mark a figure as CareSim's own; an explanation that
quotes CareSim otherwise is checked by whoever edits it.

Usage: Tests/validation/check-gap-figures.py [RESULTS]  (default: .build/validation; .ci/run's
validate-study loop writes it)
"""

import json
import pathlib
import re
import sys

QUOTED = re.compile(r"CareSim gets about ([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([kM]?)")
SCALE = {"": 1.0, "k": 1e3, "M": 1e6}


def unit_of(digits: str) -> float:
    """The rounding unit of a number as written, before its scale."""
    digits = digits.lstrip("+-").replace(",", "")
    if "." in digits:
        return 10.0 ** -len(digits.split(".")[1])
    trailing_zeros = len(digits) - len(digits.rstrip("0"))
    return 10.0 ** trailing_zeros if digits.strip("0") else 1.0


def rounded_as(mean: float, digits: str, scale: float, suffix: str) -> str:
    """`mean` written as `digits` is: to its unit, with its sign convention and scale."""
    unit = unit_of(digits)
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    value = round(mean / scale / unit) * unit
    sign = "+" if digits.startswith("+") and value > 0 else ""
    return f"{sign}{value:,.{decimals}f}{suffix}"


def main() -> int:
    results = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".build/validation")
    files = sorted(pathlib.Path("Scenarios/validation").glob("*.json"))
    if not files:
        print("no validation files under Scenarios/validation", file=sys.stderr)
        return 1
    checked, stale = 0, []
    for file in files:
        result = results / file.stem / "validation.json"
        if not result.exists():
            print(f"{file}: no {result}; run validate-study with --out {result.parent}",
                  file=sys.stderr)
            return 1
        for figure in json.loads(result.read_text())["figures"]:
            for match in QUOTED.finditer(figure.get("gap") or ""):
                digits, suffix = match.groups()
                scale, unit = SCALE[suffix], unit_of(digits)
                quoted = float(digits.replace(",", "")) * scale
                checked += 1
                if abs(quoted - figure["mean"]) > unit * scale / 2 * (1 + 1e-9):
                    should = rounded_as(figure["mean"], digits, scale, suffix)
                    stale.append(
                        f"{file}: '{figure['name']}': the gap says CareSim gets about "
                        f"{digits}{suffix}; it gets {figure['mean']:.6g} (about {should})")
    for line in stale:
        print(line, file=sys.stderr)
    print(f"{checked} figures quoted in gaps, {len(stale)} not CareSim's own")
    if checked == 0:
        print("no gap quotes 'CareSim gets about': the check checked nothing", file=sys.stderr)
        return 1
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
