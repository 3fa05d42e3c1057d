#!/usr/bin/env python3
"""Fuzz CareSim's inputs: mutated scenario files and bad option values, each run through the binary.

Each case is classified:
  ran                 exit 0, and the output folder holds a complete result (or exit 1 with a
                      complete result: validate-study's finding that a figure is not reproduced)
  rejected clearly    exit 2, every error line names the file and a line or field (or, for an
                      option, the option or the path), nothing written
  rejected unclearly  any other refusal (another exit code, or an error without a location)
  crashed             killed by a signal (a Swift trap is SIGILL or SIGTRAP)
  hung                still running after the time limit
  left output         a refused or interrupted case left an output or temporary folder behind
The goal is 0 crashed, 0 hung, 0 unclear, 0 left output.

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
CLASSES = ["ran", "rejected clearly", "rejected unclearly", "crashed", "hung", "left output"]
BAD = {"rejected unclearly", "crashed", "hung", "left output"}


def scenarios():
    folder = os.path.join(ROOT, "Scenarios")
    return sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".json"))


def is_clear(stderr, scenario_name):
    """Every error names where: the file and a line or field, or an option or a path."""
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


def classify(code, stderr, folder, scenario_name, out_name, inputs=frozenset({"scenario.json"})):
    if code is None:
        return "hung"
    if code < 0 or code in (132, 133, 134, 139):
        return "crashed"
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
            if roll < 0.1:
                files, kind = mutate.mutate_extends(text, rng)
            else:
                data, kind = mutate.mutate_scenario(text, rng)
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
                verdict = classify(code, stderr, folder, path, out_name, set(files))
                results.append((verdict, kind, arguments[1], code, stderr))
                if verdict == "ran" and out_name:
                    shutil.rmtree(os.path.join(folder, out_name), ignore_errors=True)
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
