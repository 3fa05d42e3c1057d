#!/usr/bin/env bash
# Renders the report of a small run of every command, and the chart gallery, in headless Chromium
# and checks them (Tests/browser/check-pages.py): no console errors, nothing fetched, every chart
# drawn, no text overflowing or overlapping, no sideways scrolling on a phone, A4 print, no word
# split across lines at 1280 px, 390 px or print width, no missing number, no noise digits.
# Screenshots and PDFs are kept under .build/browser-check/.
set -euo pipefail
cd "$(dirname "$0")/../.."
Tests/browser/install-chromium.sh
binary=.build/release/caresim
test -x "$binary" || { echo "error: build $binary first (swift build -c release)" >&2; exit 1; }
runs=.build/report-check
pages=.build/report-pages
mkdir -p "$runs" "$pages"
scenario=Scenarios/neighbourhood.json
run() {
  local name=$1; shift
  # validate-study exits 1 when a derived figure is not reproduced with few replications.
  "$binary" "$@" --out "$runs/$name" --quiet || [ "$name" = validate-study ]
  # A Dutch report is report.nl.html, beside where the English report.html would be.
  local report=report.html
  case " $* " in *" --locale nl "*) report=report.nl.html ;; esac
  cp "$runs/$name/$report" "$pages/$name.html"
}
run run run "$scenario" --replications 40
run run-nl run "$scenario" --replications 40 --locale nl
run sweep sweep "$scenario" --replications 10
run sweep-nl sweep "$scenario" --replications 10 --locale nl
grid=(grid "$scenario" --x mechanisms.substitution.share=0:0.3:3
  --y mechanisms.prevention.relativeRisk=0.7:1:3 --replications 10)
run grid "${grid[@]}"
run grid-nl "${grid[@]}" --locale nl
# A grid whose payers' net benefits do not vary, or vary only in the last digits: the Wlz's is
# constant and the Zvw's differs in the 15th digit, which must be stated, not drawn as colour.
flat=(grid "$scenario" --x mechanisms.efficiency.costMultiplier=0.8:1.2:3
  --y mechanisms.substitution.share=0:0.3:3 --replications 10)
run grid-flat "${flat[@]}"
run grid-flat-nl "${flat[@]}" --locale nl
run psa psa "$scenario" --samples 40 --inner 4
run psa-nl psa "$scenario" --samples 40 --inner 4 --locale nl
# psa --voi writes the value-of-information report into the PSA folder's voi/.
for locale in en nl; do
  "$binary" psa "$scenario" --samples 40 --inner 4 --voi --locale "$locale" \
    --out "$runs/psa-voi-$locale" --quiet
done
cp "$runs/psa-voi-en/voi/report.html" "$pages/voi.html"
cp "$runs/psa-voi-nl/voi/report.nl.html" "$pages/voi-nl.html"
# diff compares the run above with one on another seed and a dearer programme: the page names
# the changed field and the seed, and marks the figures that moved beyond their noise.
sed 's/fixedCostPerYear: { value: 43500/fixedCostPerYear: { value: 87000/' "$scenario" \
  > "$runs/dearer.json"
grep -q 'fixedCostPerYear: { value: 87000' "$runs/dearer.json"
"$binary" run "$runs/dearer.json" --replications 40 --seed 2 --out "$runs/run-dearer" --quiet
run diff diff "$runs/run" "$runs/run-dearer"
run diff-nl diff "$runs/run" "$runs/run-dearer" --locale nl
run split split "$scenario" --replications 20
run split-nl split "$scenario" --replications 20 --locale nl
run breakeven breakeven "$scenario" --param intervention.fixedCostPerYear --replications 20
run breakeven-nl breakeven "$scenario" --param intervention.fixedCostPerYear --replications 20 \
  --locale nl
calibrate=(calibrate "$scenario" --targets Scenarios/calibration/netherlands.json
  --param transitions.independent.dead --param transitions.institutional.dead
  --replications 2 --max-evaluations 3 --check-replications 2 --posterior-draws 100)
run calibrate "${calibrate[@]}"
run calibrate-nl "${calibrate[@]}" --locale nl
run validate-study validate-study dordrecht-wij --replications 40
CHART_GALLERY=1 swift test --filter ChartGalleryTests > .build/chart-gallery.log 2>&1
# The run report prints on at most 9 A4 pages, in both languages.
python3 Tests/browser/check-pages.py --out .build/browser-check --max-pages run=9 \
  --max-pages run-nl=9 "$pages"/*.html \
  .build/chart-gallery.html .build/chart-edge-cases.html
# The checker itself must fail a page built to fail, with each of its number problems named.
if python3 Tests/browser/check-pages.py --out .build/browser-check-self \
  Tests/browser/fixtures/bad-page.html > .build/browser-check-self.log 2>&1; then
  echo "error: check-pages.py passed a page built to fail" >&2
  exit 1
fi
for problem in "has noise digits" "span a rounding-noise range" "carry digits finer than their step" \
  "ticks and value labels mix units"; do
  grep -q "$problem" .build/browser-check-self.log || {
    echo "error: check-pages.py did not report \"$problem\" on the page built to fail" >&2
    exit 1
  }
done
echo "reports checked; screenshots in .build/browser-check/"
