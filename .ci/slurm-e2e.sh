#!/usr/bin/env bash
# SLURM end to end (issue #22): a single-node SLURM from Debian's packages runs `caresim plan`'s
# job files for a run and a PSA; each merge is compared with the one-process result byte for
# byte. Then an array is cancelled in the middle: no caresim process is left, `caresim status`
# names the shards to resubmit, and its resubmission line completes the run. Stops the daemons.
# Small on purpose (CI's time is nearly used): about a minute after the install.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bin=$root/.build/release/caresim
test -x "$bin" || { echo "error: build $bin first (swift build -c release)" >&2; exit 1; }
export SLURM_DIR=/tmp/caresim-slurm-ci
rm -rf "$SLURM_DIR"
trap '"$root/.ci/local-slurm.sh" stop' EXIT
.ci/local-slurm.sh start
export SLURM_CONF=$SLURM_DIR/slurm.conf

work=$root/.build/slurm-e2e
rm -rf "$work"; mkdir -p "$work"; cd "$work"
cp "$root/Scenarios/neighbourhood.json" neighbourhood.json
echo "{ extends: 'neighbourhood.json', simulation: { residents: 60, months: 24 } }" > small.json

# Waits until no job of the user is queued or running (at most $1 seconds).
wait_idle() {
  for _ in $(seq 1 $(($1 * 5))); do
    [ -z "$(squeue -h)" ] && return 0
    sleep 0.2
  done
  echo "error: jobs still queued after $1 s:" >&2; squeue >&2; exit 1
}

# Compares the data files of two result folders byte for byte.
same_data() {
  local files
  files=$(cd "$1" && ls ./*.csv ./*.json | grep -v caresim-result.json)
  for file in $files; do cmp "$1/$file" "$2/$file"; done
  echo "same data files: $1 and $2 ($(echo "$files" | wc -w) files)"
}

for command in "run small.json --replications 200" "psa small.json --samples 6 --inner 2"; do
  name=${command%% *}
  # shellcheck disable=SC2086  # the command's words
  "$bin" $command --quiet --out "whole-$name"
  # shellcheck disable=SC2086
  "$bin" plan --scheduler slurm --shards 3 --cpus-per-task 1 --out "plan-$name" -- \
    $command --force --out "merged-$name" > /dev/null
  sh "plan-$name/submit.sh"
  wait_idle 120
  test -f "merged-$name/caresim-result.json" || { cat "plan-$name"/logs/*; exit 1; }
  same_data "whole-$name" "merged-$name"
done

# Cancelled in the middle: shards of about two seconds, one at a time (two CPUs each).
command="run neighbourhood.json --replications 512"
# shellcheck disable=SC2086
"$bin" $command --quiet --out whole-cancel
# shellcheck disable=SC2086
"$bin" plan --scheduler slurm --shards 4 --cpus-per-task 2 --out plan-cancel -- \
  $command --force --out merged-cancel > /dev/null
array=$(cd plan-cancel && sbatch --parsable array.sbatch)
array=${array%%;*}
# Cancel once shard 0 is done and shard 1 has started (its log exists): shard 1 is stopped while
# it runs, shards 2 and 3 before they start.
for _ in $(seq 1 600); do
  [ -f plan-cancel/shards/shard-0/shard.json ] && [ -f plan-cancel/logs/shard-1.log ] && break
  sleep 0.1
done
sleep 0.3
scancel "$array"
wait_idle 60
sleep 1
if pgrep -f "$work/plan-cancel/shards/shard-" > /dev/null; then
  echo "error: a shard's process outlived the cancelled array:" >&2
  pgrep -af "$work/plan-cancel/shards/shard-" >&2
  exit 1
fi
if find plan-cancel/shards -name '.caresim*' | grep -q .; then
  echo "error: a cancelled shard left temporary files" >&2; exit 1
fi
"$bin" status plan-cancel | tee status.txt
grep -q "^done: 0 " status.txt
grep -q "^failed: 1 " status.txt
resubmit=$(grep -A1 "^Resubmit" status.txt | tail -1)
echo "resubmitting: $resubmit"
bash -c "$resubmit"
wait_idle 120
"$bin" status plan-cancel | tee status.txt
grep -q "^Merged: " status.txt
same_data whole-cancel merged-cancel
echo "SLURM end to end: passed"
