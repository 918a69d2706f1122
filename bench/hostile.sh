#!/usr/bin/env bash
# Times tract on bench/hostile_folder.py's folder: `list` cold (new data folder) and warm, then each
# entry's `outline` and `show` (seconds and peak memory), the worst first. Issue 31's bar: list <= 10 s
# cold and <= 1 s warm; each file <= 2 s and <= 200 MB (EPUBs <= 300 MB).
# Usage: bench/hostile.sh [FOLDER]   (TRACT overrides the binary; default .build/release/tract)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tract="${TRACT:-$root/.build/release/tract}"
folder="${1:-$root/.build/bench/hostile}"
[ -d "$folder" ] || python3 "$root/bench/hostile_folder.py" "$folder"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
measure() {  # prints "seconds MB" for one run, under a 60 s limit
    /usr/bin/time -f "%e %M" -o "$data/time" timeout 60 "$@" >/dev/null 2>&1
    awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' "$data/time" | tail -1
}
echo "list cold: $(TRACT_DATA_DIR="$data/d" measure "$tract" list "$folder") (s MB)"
echo "list warm: $(TRACT_DATA_DIR="$data/d" measure "$tract" list "$folder") (s MB)"
for entry in "$folder"/* "$folder"/.[!.]*; do
    [ -f "$entry" ] || [ -L "$entry" ] || continue
    for command in outline show; do
        # A data folder of its own: each file is measured cold (a PDF converted, no summaries).
        echo "$(TRACT_DATA_DIR="$data/$command-$(basename "$entry")" measure "$tract" "$command" "$entry") $command $(basename "$entry")"
    done
done | sort -rn | head -"${TOP:-20}"
