#!/usr/bin/env bash
# 2,000 PDF papers (bench/make_pdfs.py): converted cold by `tract list` on every core, listed warm,
# indexed for search, and the reader's first frame cold and warm beside less (bench/pdf2000.json).
# Run by scripts/bench from the repository root, with the shipped binary in .build-static.
set -euo pipefail
tract=${TRACT:-.build-static/release/tract}
lib=.build/bench/pdf2000
python3 bench/make_pdfs.py 2000 "$lib"
pages=$(for f in "$lib"/*.pdf; do pdfinfo "$f" | awk '/^Pages:/ {print $2}'; done | awk '{s += $1} END {print s}')
cores=$(nproc)
measure() {  # label, data folder, command…: wall seconds and peak memory of one run
  local label="$1" data="$2"; shift 2
  /usr/bin/time -f "%e %M" -o .build/bench/time.txt env TRACT_DATA_DIR="$data" "$@" >/dev/null
  read -r seconds kib < .build/bench/time.txt
  printf '%s: %s s, peak %d MiB\n' "$label" "$seconds" $((kib / 1024))
}
rm -rf .build/bench/pdf2000-data
measure "tract list, nothing converted ($pages pages, $cores cores)" .build/bench/pdf2000-data "$tract" list "$lib"
seconds=$(cut -d' ' -f1 .build/bench/time.txt)
python3 -c "print('  per page per core: %.3f s' % ($seconds * $cores / $pages))"
measure "tract list, converted and summarised" .build/bench/pdf2000-data "$tract" list "$lib"
measure "tract list --json, again" .build/bench/pdf2000-data "$tract" list "$lib" --json
measure "tract search, first index (all converted)" .build/bench/pdf2000-data "$tract" search --library "$lib" "side effects"
measure "tract search, warm" .build/bench/pdf2000-data "$tract" search --library "$lib" "serotonin"
# One converted paper's outline is tens of milliseconds, under /usr/bin/time's 10 ms steps: timed
# here eleven times with a clock of its own, the median and the range said.
TRACT_DATA_DIR=.build/bench/pdf2000-data python3 - "$tract" "$lib/paper-01234.pdf" <<'PY'
import subprocess, sys, time
runs = []
for _ in range(11):
    start = time.perf_counter()
    subprocess.run([sys.argv[1], "outline", sys.argv[2]], stdout=subprocess.DEVNULL, check=True)
    runs.append((time.perf_counter() - start) * 1000)
runs.sort()
print("tract outline, one converted paper: median %.1f ms (%.1f-%.1f), 11 runs" % (runs[5], runs[0], runs[-1]))
PY
# The reader: cold (a new data folder each run) and warm (this folder, the summaries a session keeps).
# A new data folder per cold run, made with mktemp and never removed during a run: removing the last
# run's (hundreds of converted papers) took a second of the first frame.
rm -rf .build/bench/pdf2000-cold-*
printf '#!/bin/sh\nexec env TRACT_DATA_DIR="$(mktemp -d .build/bench/pdf2000-cold-XXXXXX)" %s %s\n' "$tract" "$lib" > .build/bench/pdf2000-cold.sh
printf '#!/bin/sh\nexec env TRACT_DATA_DIR=.build/bench/pdf2000-data %s %s\n' "$tract" "$lib" > .build/bench/pdf2000-warm.sh
chmod +x .build/bench/pdf2000-cold.sh .build/bench/pdf2000-warm.sh
python3 "${TUIBENCH:-../shared/tools/tuibench.py}" --suite bench/pdf2000.json --runs "${RUNS:-5}" --size 100x30 --timeout 60
# `j` in the library table moves only a highlight, which tuibench (text and cursor) cannot see: timed
# by the highlighted row instead, twice, each with a new data folder (everything still to convert).
for run in 1 2; do
    python3 bench/selection_lag.py --ready "Library · 2000 articles" --key j --count 60 -- .build/bench/pdf2000-cold.sh
    rm -rf .build/bench/pdf2000-cold-*
done
rm -rf .build/bench/pdf2000-cold-*
# Peak memory over a whole cold load, then with the digest of all 2,000 open.
TRACT="$tract" bench/reader_memory.sh "$lib"
