#!/usr/bin/env bash
# Runs every command the README shows, as written: each line of a ```sh block that calls caresim
# (as `caresim`, `swift run -c release caresim` or `.build/release/caresim`), with the release
# binary; a line ending in a backslash continues on the next. Tests/CareSimCLITests/ReadmeCommandsTests.swift runs the same lines with few replications.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=.build/release/caresim
test -x "$binary" || { echo "error: build $binary first (swift build -c release)" >&2; exit 1; }
commands=$(awk '
  /^```/ { shell = ($0 == "```sh"); pending = ""; next }
  shell {
    sub(/#.*/, "")
    # A line ending in a backslash continues on the next, as in a shell.
    if (sub(/\\[ \t]*$/, "")) { pending = pending $0 " "; next }
    $0 = pending $0; pending = ""
    $1 = $1
    if ($1 == "caresim") { $1 = ""; print }
    else if ($1 == "swift" && $2 == "run" && $3 == "-c" && $4 == "release" && $5 == "caresim") {
      $1 = $2 = $3 = $4 = $5 = ""; print
    }
    else if ($1 == ".build/release/caresim") { $1 = ""; print }
  }' README.md)
count=0
while IFS= read -r arguments; do
  [ -n "${arguments// /}" ] || continue
  echo "-- caresim$arguments"
  started=$SECONDS
  # shellcheck disable=SC2086  # the README's words, split as a shell splits them
  "$binary" $arguments > .build/readme-command.txt
  echo "   $((SECONDS - started)) s"
  count=$((count + 1))
done <<< "$commands"
echo "ran $count README commands"
