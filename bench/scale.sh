#!/usr/bin/env bash
# The growth table of docs/performance.md: libraries of 200, 2,000 and 20,000 varied articles (first
# frame with a warm index, first index, warm reopen, query p95) and one article of 0.5, 5 and 50 MB
# (first frame, whole outline on screen, peak memory), less in the same runs. Run by scripts/bench
# after the release builds; RUNS as there.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tuibench="${TUIBENCH:-../shared/tools/tuibench.py}"
runs="${RUNS:-5}"
unset TRACT_DATA_DIR XDG_DATA_HOME  # the article rows run with --fresh-home: a new data folder per run
suite=.build/bench/scale.json
echo '[' > "$suite"
echo '  {"name": "less (one article)", "cmd": "less Articles/mdma-pain-relief.txt", "ready": "Methylenedioxymethamphetamine", "quit": "q"},' >> "$suite"
for count in 200 2000 20000; do
  library=.build/bench/scale$count
  python3 bench/library20k.py "$library" "$count"
  rm -rf "$library-data"
  echo "### $count articles: index and queries (tract-bench search)"
  .build/release/tract-bench search "$library" "$library-data"
  echo "  {\"name\": \"tract ($count articles, warm index)\", \"cmd\": \".build-static/release/tract --library $library --data-dir $library-data\", \"ready\": \"Library \\\\($count\\\\)\", \"quit\": \"q\", \"timeout\": 60}," >> "$suite"
done
python3 - <<'PY'
import os
bundled = [open('Articles/' + f, encoding='utf-8').read() for f in sorted(os.listdir('Articles')) if f.endswith('.txt')]
for name, megabytes in (('size05', 0.5), ('size5', 5), ('size50', 50)):
    # Each in a folder of its own: a file named alone opens inside its folder, and its siblings (the
    # 50 MB one) would be read in the background and counted in its memory.
    os.makedirs('.build/bench/%s' % name, exist_ok=True)
    path = '.build/bench/%s/%s.txt' % (name, name)
    if os.path.exists(path): continue
    out, size = [], 0
    while size < megabytes * 1024 * 1024:
        for s in bundled:
            out.append(s); size += len(s.encode())
    open(path, 'w', encoding='utf-8').write(''.join(out))
PY
for name in size05 size5 size50; do
  echo "  {\"name\": \"tract ($name first frame)\", \"cmd\": \".build-static/release/tract .build/bench/$name/$name.txt\", \"ready\": \"Outline\", \"quit\": \"q\", \"timeout\": 60}," >> "$suite"
  echo "  {\"name\": \"tract ($name whole outline)\", \"cmd\": \".build-static/release/tract .build/bench/$name/$name.txt\", \"ready\": \"Outline · [0-9,]{3,} sections\", \"quit\": \"q\", \"timeout\": 60}," >> "$suite"
done
echo '  {"name": "less (50 MB)", "cmd": "less .build/bench/size50/size50.txt", "ready": "Mdma, a compound|MDMA", "quit": "q"}' >> "$suite"
echo ']' >> "$suite"
echo "### First frames and whole outlines (tuibench, 100×30)"
python3 "$tuibench" --suite "$suite" --fresh-home --runs "$runs" --size 100x30 --timeout 60
