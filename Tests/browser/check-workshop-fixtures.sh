#!/usr/bin/env bash
# Writes the workshop fixture pages and checks each in headless Chromium (check-workshop.py):
# the standard fixture (7 knobs around the base) in English and Dutch, 8 knobs, a full
# factorial, two edge cases, and real runs of the reference ladder, the last two against a
# `caresim split` folder (the fixture's one written by CareSim's split code from the base cell;
# the reference ladder's by the real command on the same seed and replications).
#
#   Tests/browser/check-workshop-fixtures.sh [OUT]      (screenshots go to OUT, default
#                                                        .build/workshop-check)
# Needs Chromium (Tests/browser/install-chromium.sh). Takes a few minutes: it builds the tests
# and the caresim binary and simulates 19 settings of the reference ladder.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-.build/workshop-check}
pages=.build/workshop-pages
WORKSHOP_PAGES=1 swift test --filter WorkshopReviewPagesTests
swift build --product caresim
.build/debug/caresim split Scenarios/reference-ladder.json --steps 10 --replications 40 --seed 7 \
  --out "$pages/reference-ladder-split" >/dev/null
status=0
for page in "$pages"/workshop-*.html; do
  extra=()
  case "$page" in
    */workshop-en.html) extra=(--split-folder "$pages/split") ;;
    */workshop-reference-ladder-en.html) extra=(--split-folder "$pages/reference-ladder-split") ;;
  esac
  python3 Tests/browser/check-workshop.py --out "$out" "${extra[@]}" "$page" || status=1
done
python3 Tests/browser/check-pages.py --out "$out/pages" "$pages/index-en.html" \
  "$pages/workshop-en.html" "$pages/workshop-nl.html" || status=1
exit $status
