#!/usr/bin/env python3
"""Fuzz CareSim's inputs: mutated scenario files and bad option values, each run through the binary.

Each case is classified:
  ran                 exit 0, and the output folder holds a complete result (or exit 1 with a
                      complete result: validate-study's finding that a figure is not reproduced)
  rejected clearly    exit 2, every error line names the file and a line or field (or, for an
                      option, the option or the path), nothing written
  rejected unclearly  any other refusal (another exit code, or an error without a location)
  accepted            ran although the mutation leaves a file that must be refused (a value out
                      of its range, a non-finite number, a name with control or text-direction
                      characters, an estimate past the horizon...)
  crashed             killed by a signal (a Swift trap is SIGILL or SIGTRAP)
  hung                still running after the time limit
  left output         a refused or interrupted case left an output or temporary folder behind
An error that prints a raw control or text-direction character (NUL, ESC, U+202E...) is unclear:
names from a file are shown escaped. Cases mutate scenario files, validation files
(Scenarios/validation, run by validate-study), calibration targets (Scenarios/calibration, run by
calibrate) and command lines.
The goal is 0 crashed, 0 hung, 0 unclear, 0 accepted, 0 left output.

Usage:
  python3 Tests/fuzz/fuzz.py --cases 1000 --seed 1 [--binary .build/release/caresim] [--jobs 2]
Cases are reproducible: case N of seed S is the same on every machine (--only N runs one).
"""

import argparse
import concurrent.futures
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mutate  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CLASSES = ["ran", "rejected clearly", "rejected unclearly", "accepted", "crashed", "hung", "left output"]
BAD = {"rejected unclearly", "accepted", "crashed", "hung", "left output"}
# Characters an error must never print raw: they hide or reorder text in a terminal.
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def scenarios():
    folder = os.path.join(ROOT, "Scenarios")
    return sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".json"))


def is_clear(stderr, scenario_name):
    """Every error names where: the file and a line or field, or an option or a path; and prints
    no raw control or text-direction character."""
    if RAW.search(stderr):
        return False
    lines = [line for line in stderr.splitlines() if line.strip()]
    errors = [line for line in lines if "error:" in line]
    if not errors:
        return False
    for line in errors:
        if scenario_name and scenario_name in line:
            after = line.split(scenario_name, 1)[1]
            # FILE:LINE[:COLUMN]: ... or FILE: field.path: ...
            if re.match(r":\d+", after) or re.search(r"[A-Za-z]\w*(\.\w+)*:", after):
                continue
            return False
        if re.search(r"--[a-z]", line) or re.search(r"\b[a-zA-Z]+\.[a-zA-Z0-9.]+\b", line):
            continue
        return False
    return True


def leftovers(folder, keep):
    """Entries of the case folder other than those expected."""
    return sorted(name for name in os.listdir(folder) if name not in keep)


def invoke(arguments, folder, timeout):
    try:
        process = subprocess.run(
            arguments, cwd=ROOT, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None, ""
    return process.returncode, process.stderr.decode("utf-8", "replace")


def classify(code, stderr, folder, scenario_name, out_name, inputs=frozenset({"scenario.json"}),
             must_refuse=False):
    if code is None:
        return "hung"
    if code < 0 or code in (132, 133, 134, 139):
        return "crashed"
    if must_refuse and code in (0, 1):
        return "accepted"
    # validate-study exits 1 after writing a complete result when a derived figure is not
    # reproduced: a finding, not a refusal.
    complete = bool(out_name) and os.path.exists(os.path.join(folder, out_name, "caresim-result.json"))
    if code == 0 or (code == 1 and complete):
        extra = leftovers(folder, set(inputs) | {out_name})
        if extra or (out_name and not os.path.exists(os.path.join(folder, out_name, "caresim-result.json"))):
            return "left output"
        return "ran"
    if leftovers(folder, inputs):
        return "left output"
    if code == 2 and is_clear(stderr, scenario_name):
        return "rejected clearly"
    return "rejected unclearly"


def run_case(binary, seed, case, timeout):
    rng = random.Random(f"{seed}:{case}")
    folder = tempfile.mkdtemp(prefix=f"caresim-fuzz-{case}-")
    results = []
    try:
        source = rng.choice(scenarios())
        roll = rng.random()
        if roll < 0.8:
            with open(source, encoding="utf-8") as handle:
                text = handle.read()
            # One scenario-file case in eight is a file that extends another; the rest draw as
            # before.
            must_refuse = False
            if roll < 0.1:
                files, kind = mutate.mutate_extends(text, rng)
            else:
                data, kind, must_refuse = mutate.mutate_file(text, rng)
                files = {"scenario.json": data}
            for name, data in files.items():
                with open(os.path.join(folder, name), "wb") as handle:
                    handle.write(data)
            path = os.path.join(folder, "scenario.json")
            for arguments, out_name in [
                ([binary, "validate", path], ""),
                ([binary, "run", path, "--replications", "2", "--threads", "1",
                  "--out", os.path.join(folder, "out")], "out"),
            ]:
                code, stderr = invoke(arguments, folder, timeout)
                verdict = classify(code, stderr, folder, path, out_name, set(files), must_refuse)
                results.append((verdict, kind, arguments[1], code, stderr))
                if verdict == "ran" and out_name:
                    shutil.rmtree(os.path.join(folder, out_name), ignore_errors=True)
        elif roll < 0.87:
            results.append(validation_case(binary, rng, folder, timeout))
        elif roll < 0.92:
            results.append(targets_case(binary, rng, folder, timeout))
        else:
            shutil.copy(source, os.path.join(folder, "scenario.json"))
            arguments, kind = mutate.mutate_command(os.path.join(folder, "scenario.json"), rng)
            arguments = [binary] + arguments + ["--out", os.path.join(folder, "out")]
            if "--replications" not in arguments and arguments[1] != "psa":
                arguments += ["--replications", "2"]
            code, stderr = invoke(arguments, folder, timeout)
            verdict = classify(code, stderr, folder, "", "out")
            results.append((verdict, kind, arguments[1], code, stderr))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return case, results


def validation_case(binary, rng, folder, timeout):
    """A mutated copy of a study's validation file, beside the scenario it names, run by
    validate-study."""
    studies = os.path.join(ROOT, "Scenarios", "validation")
    name = rng.choice(sorted(f for f in os.listdir(studies) if f.endswith(".json")))
    with open(os.path.join(studies, name), encoding="utf-8") as handle:
        text = handle.read()
    scenario = mutate.read_json5(text)["scenario"]
    with open(os.path.join(ROOT, "Scenarios", scenario), encoding="utf-8") as handle:
        scenario_text = handle.read()
    shutil.copy(os.path.join(ROOT, "Scenarios", scenario), os.path.join(folder, scenario))
    os.mkdir(os.path.join(folder, "validation"))
    data, kind, must_refuse = mutate.mutate_validation(text, scenario_text, rng)
    path = os.path.join(folder, "validation", name)
    with open(path, "wb") as handle:
        handle.write(data)
    arguments = [binary, "validate-study", path, "--replications", "2", "--threads", "1",
                 "--out", os.path.join(folder, "out")]
    code, stderr = invoke(arguments, folder, timeout)
    verdict = classify(code, stderr, folder, path, "out", {scenario, "validation"}, must_refuse)
    return verdict, "validation_" + kind, arguments[1], code, stderr


def targets_case(binary, rng, folder, timeout):
    """A mutated copy of the calibration targets, fitted by a short calibrate run."""
    with open(os.path.join(ROOT, "Scenarios", "calibration", "netherlands.json"), encoding="utf-8") as handle:
        text = handle.read()
    shutil.copy(os.path.join(ROOT, "Scenarios", "reference-ladder.json"), os.path.join(folder, "scenario.json"))
    data, kind, must_refuse = mutate.mutate_targets(text, rng)
    path = os.path.join(folder, "targets.json")
    with open(path, "wb") as handle:
        handle.write(data)
    arguments = [binary, "calibrate", os.path.join(folder, "scenario.json"), "--targets", path,
                 "--param", "transitions.independent.dead", "--replications", "2", "--max-evaluations", "2",
                 "--check-replications", "2", "--posterior-draws", "10", "--threads", "1",
                 "--out", os.path.join(folder, "out")]
    code, stderr = invoke(arguments, folder, timeout)
    verdict = classify(code, stderr, folder, path, "out", {"scenario.json", "targets.json"}, must_refuse)
    return verdict, "targets_" + kind, arguments[1], code, stderr


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "caresim"))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--timeout", type=float, default=60, help="seconds a case may take")
    parser.add_argument("--only", type=int, help="run this one case")
    arguments = parser.parse_args()
    binary = os.path.abspath(arguments.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"error: no caresim binary at {binary}; run 'swift build -c release' first")
    cases = [arguments.only] if arguments.only is not None else range(arguments.cases)
    counts = {name: 0 for name in CLASSES}
    examples = {name: [] for name in CLASSES}
    start = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=arguments.jobs) as pool:
        futures = [pool.submit(run_case, binary, arguments.seed, case, arguments.timeout) for case in cases]
        for future in concurrent.futures.as_completed(futures):
            case, results = future.result()
            for verdict, kind, command, code, stderr in results:
                counts[verdict] += 1
                if len(examples[verdict]) < 5:
                    first = next((line for line in stderr.splitlines() if line.strip()), "")
                    examples[verdict].append(f"case {case} ({kind}, {command}, exit {code}): {first[:160]}")
    elapsed = time.time() - start
    total = sum(counts.values())
    print(f"CareSim fuzz: {len(cases)} cases, {total} invocations, seed {arguments.seed}, "
          f"{elapsed:.0f} s, {os.path.basename(binary)}")
    print()
    print("| class | invocations |")
    print("|---|---|")
    for name in CLASSES:
        print(f"| {name} | {counts[name]} |")
    for name in CLASSES:
        if name in BAD and examples[name]:
            print(f"\n{name}:")
            for line in examples[name]:
                print("  " + line)
    bad = sum(counts[name] for name in BAD)
    if bad:
        print(f"\n{bad} bad invocations; rerun one with --only CASE --seed {arguments.seed}")
        sys.exit(1)


if __name__ == "__main__":
    main()
