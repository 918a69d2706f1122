#!/usr/bin/env bash
# Peak memory (VmHWM) of the reader over a whole cold load of a library — every paper converted and
# read — and then with the digest of the whole library open (D), in tmux at 100×30, a new data folder.
# Usage: bench/reader_memory.sh [LIBRARY] (default the 2,000 generated papers); TRACT picks the binary.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tract=${TRACT:-.build-static/release/tract}
lib=${1:-.build/bench/pdf2000}
mkdir -p .build/bench
data=$(mktemp -d .build/bench/memory-XXXXXX)
session=tract-memory-$$
tmux new-session -d -s "$session" -x 100 -y 30 "TERM=xterm-256color TRACT_DATA_DIR=$data $tract $lib; sleep 5"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$data"' EXIT
started=$(date +%s.%N)
pid=""
for _ in $(seq 100); do
  pid=$(pgrep -P "$(tmux list-panes -t "$session" -F '#{pane_pid}')" -x "$(basename "$tract")" || true)
  [ -n "$pid" ] && break
  sleep 0.1
done
[ -n "$pid" ] || { echo "the reader did not start" >&2; exit 1; }
peak() { awk '/^VmHWM/ {printf "%.1f MiB", $2 / 1024}' "/proc/$pid/status"; }
# Loaded when the status line says no more progress ("reading 12/2000…").
for _ in $(seq 1200); do
  status=$(tmux capture-pane -p -t "$session" | tail -1)
  [[ "$status" == *LIBRARY* && "$status" != *…* ]] && break
  sleep 0.5
done
loaded=$(python3 -c "import time; print('%.0f' % (time.time() - $started))")
echo "whole cold load of $lib (${loaded} s): peak $(peak)"
tmux send-keys -t "$session" D
for _ in $(seq 600); do
  tmux capture-pane -p -t "$session" | head -1 | grep -q "^ *Digest on" && break
  sleep 0.1
done
sleep 2
echo "then the digest of the whole library open: peak $(peak)"
tmux send-keys -t "$session" q q
# The data folder goes once the reader has saved and gone.
for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
