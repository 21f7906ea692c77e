#!/usr/bin/env bash
# Whole-suite runs under load (issue 21): a fresh clone of this repository's HEAD beside ../shared,
# then `CI=true bash .ci/run -q` N times in a row with stress-ng keeping one core 60% busy.
# Prints one line per run: exit code, seconds, load average at start and end, pytest's summary.
# Usage: bash bench/suite_loop.sh [N=10] [WORKDIR=../suite-loop]
# The clone is WORKDIR/clone; the tests read its ../shared, so WORKDIR/shared is linked to this
# repository's ../shared when there is one (without it the seed tests skip, and the loop says so).
set -u
repo=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-10}
work=${2:-$repo/../suite-loop}
mkdir -p "$work" && cd "$work" || exit 1
if [[ ! -e shared && -d $repo/../shared ]]; then ln -s "$(cd "$repo/../shared" && pwd)" shared; fi
[[ -e shared ]] || echo "warning: no $work/shared: the seed tests will skip" >&2
rm -rf clone && git clone -q "$repo" clone || exit 1
echo "commit $(git -C clone rev-parse --short HEAD)" | tee results.txt
stress-ng --cpu 1 --cpu-load 60 --timeout 0 >/dev/null 2>&1 &
stress=$!
trap 'kill $stress 2>/dev/null' EXIT
for i in $(seq 1 "$n"); do
    start=$(date +%s); l0=$(cut -d' ' -f1-3 /proc/loadavg)
    (cd clone && CI=true bash .ci/run -q -p no:randomly) >"run$i.log" 2>&1
    rc=$?
    l1=$(cut -d' ' -f1-3 /proc/loadavg)
    echo "run $i rc=$rc $(( $(date +%s) - start ))s load_start=[$l0] load_end=[$l1]" \
         "$(grep -E '(passed|failed|error)' "run$i.log" | tail -1)" | tee -a results.txt
done
