#!/usr/bin/env python3
"""CareSim at a terminal, under tmux: the progress bar, Ctrl-C and SIGTERM.

Checks, with the release binary:
  - on a terminal, a long run shows a progress bar on stderr (done/total, rate, time left), and the
    bar is gone when the results print;
  - not on a terminal, a run prints nothing on stderr, and with --progress a plain line every few
    seconds;
  - Ctrl-C (sent as a key to the pane) stops a run within a second with exit code 130 and one line,
    leaving the earlier result in its folder as it was and no temporary folder;
  - SIGTERM does the same with exit code 143.
Usage: python3 Tests/terminal/check-terminal.py [--binary .build/release/caresim]
"""

import argparse
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SCENARIO = os.path.join(ROOT, "Scenarios", "neighbourhood.json")
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)
    return condition


def tmux(*arguments):
    return subprocess.run(["tmux", *arguments], capture_output=True, text=True, check=False)


def pane(session):
    return tmux("capture-pane", "-p", "-t", session).stdout


def snapshot(folder):
    digest = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as handle:
            digest[name] = hashlib.sha256(handle.read()).hexdigest()
    return digest


def wait_for(predicate, timeout):
    end = time.time() + timeout
    while time.time() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    return None


def interrupted_in_tmux(binary, work, how):
    """Starts a long run over an earlier result in a tmux pane, stops it, checks what is left."""
    out = os.path.join(work, f"result-{how}")
    subprocess.run([binary, "run", SCENARIO, "--replications", "20", "--out", out, "--quiet"], check=True)
    before = snapshot(out)
    session = f"caresim-{how}"
    status = os.path.join(work, f"status-{how}")
    command = (f"{binary} run {SCENARIO} --replications 100000 --out {out}; "
               f"echo $? > {status}; sleep 30")
    tmux("kill-session", "-t", session)
    tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "12", command)
    shown = wait_for(
        lambda: (lambda text: text if "replications" in text and "left" in text else None)(pane(session)),
        30)
    check(shown, f"{how}: no progress bar in the pane:\n{pane(session)}")
    if shown:
        check("%" in shown and "/100000 replications" in shown, f"{how}: bar lacks its parts:\n{shown}")
    stopped_at = time.time()
    if how == "ctrl-c":
        tmux("send-keys", "-t", session, "C-c")
    else:
        pid = subprocess.run(["pgrep", "-f", "--", f"^{binary} run .*--out {out}"], capture_output=True, text=True).stdout.split()
        for p in pid:
            os.kill(int(p), signal.SIGTERM)
    done = wait_for(lambda: os.path.exists(status) and open(status).read().strip(), 10)
    elapsed = time.time() - stopped_at
    expected = "130" if how == "ctrl-c" else "143"
    check(done == expected, f"{how}: exit code {done!r}, expected {expected}")
    check(elapsed < 2.0, f"{how}: took {elapsed:.1f} s to stop")
    text = pane(session)
    word = "interrupted" if how == "ctrl-c" else "terminated"
    check(f"caresim: {word}" in text, f"{how}: no message in the pane:\n{text}")
    tmux("kill-session", "-t", session)
    check(snapshot(out) == before, f"{how}: the earlier result changed")
    leftovers = [n for n in os.listdir(work) if n.startswith(".")]
    check(not leftovers, f"{how}: temporary entries left: {leftovers}")


def not_a_terminal(binary, work):
    quiet = subprocess.run(
        [binary, "run", SCENARIO, "--replications", "50", "--out", os.path.join(work, "plain")],
        capture_output=True, text=True)
    check(quiet.returncode == 0 and quiet.stderr == "", f"plain run wrote to stderr: {quiet.stderr!r}")
    lines = subprocess.run(
        [binary, "run", SCENARIO, "--replications", "4000", "--progress", "--out",
         os.path.join(work, "lines")], capture_output=True, text=True)
    progress = [line for line in lines.stderr.splitlines() if line.startswith("caresim: ")]
    check(lines.returncode == 0, f"--progress run failed: {lines.stderr}")
    check(progress and all("replications" in line and "left" in line for line in progress),
          f"--progress printed no plain lines: {lines.stderr!r}")
    check("\r" not in lines.stderr and "\x1b" not in lines.stderr, "--progress drew a bar off a terminal")


def bar_cleared(binary, work):
    session = "caresim-bar"
    out = os.path.join(work, "bar")
    log = os.path.join(work, "bar.log")
    tmux("kill-session", "-t", session)
    tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "40",
         f"{binary} run {SCENARIO} --replications 3000 --out {out} > {log}; sleep 30")
    wait_for(lambda: os.path.exists(os.path.join(out, "caresim-result.json")), 120)
    time.sleep(0.5)
    text = pane(session)
    tmux("kill-session", "-t", session)
    check("left" not in text, f"the progress bar stays after the run:\n{text}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "caresim"))
    binary = os.path.abspath(parser.parse_args().binary)
    if shutil.which("tmux") is None:
        sys.exit("error: tmux is not installed (apt-get install -y tmux)")
    work = tempfile.mkdtemp(prefix="caresim-terminal-")
    try:
        not_a_terminal(binary, work)
        bar_cleared(binary, work)
        interrupted_in_tmux(binary, work, "ctrl-c")
        interrupted_in_tmux(binary, work, "sigterm")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if problems:
        print("terminal checks failed:")
        for problem in problems:
            print("  - " + problem)
        sys.exit(1)
    print("terminal checks passed: progress bar, plain progress lines, Ctrl-C (130), SIGTERM (143)")


if __name__ == "__main__":
    main()
