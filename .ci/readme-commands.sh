#!/usr/bin/env bash
# Runs every command the README shows, as written: each line of a ```sh block that calls caresim
# (as `caresim`, `swift run -c release caresim` or `.build/release/caresim`), with the release
# binary; a line ending in a backslash continues on the next. Tests/CareSimCLITests/ReadmeCommandsTests.swift runs the same lines with few replications.
#
# Usage: .ci/readme-commands.sh [--only COMMAND | --except COMMAND]: all of them, only the lines of
# one caresim command, or all but those (so that CI can run the longest alongside other checks).
set -euo pipefail
cd "$(dirname "$0")/.."
only="" except=""
case "${1:-}" in
  --only) only=$2 ;;
  --except) except=$2 ;;
  "") ;;
  *) echo "usage: $0 [--only COMMAND | --except COMMAND]" >&2; exit 2 ;;
esac
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
# Each selection writes its commands' output to a file of its own, so two can run at once.
output=.build/readme-command${only:+-$only}${except:+-except-$except}.txt
while IFS= read -r arguments; do
  [ -n "${arguments// /}" ] || continue
  read -r command _ <<< "$arguments"
  if [ -n "$only" ] && [ "$command" != "$only" ]; then continue; fi
  if [ -n "$except" ] && [ "$command" = "$except" ]; then continue; fi
  echo "-- caresim$arguments"
  started=$SECONDS
  # shellcheck disable=SC2086  # the README's words, split as a shell splits them
  "$binary" $arguments > "$output"
  echo "   $((SECONDS - started)) s"
  count=$((count + 1))
done <<< "$commands"
echo "ran $count README commands"
