#!/usr/bin/env python3
"""Latency of a key that only moves a highlighted selection (`j` in the library table).

tuibench counts a change of text or of a shown cursor; a selection moving down a table changes only
colours, so there it measures the wait for the next text that happens to change (a progress count)
instead. This runs the program in a pty feeding a pyte screen, sends the key, and times the first
output after which the highlighted row (cells at --column drawn reversed or on a background colour)
is another one, or shows another row. Prints the median, p95 and worst in milliseconds.

Usage: bench/selection_lag.py --ready REGEX [--key j|DOWN] [--count 30] [--gap 0.15] [--column 40]
                              [--size 100x30] -- COMMAND...
"""
import argparse
import fcntl
import os
import queue
import re
import struct
import sys
import termios
import threading
import time

import pyte

# Arrow keys as a terminal in application cursor mode sends them (ncurses' keypad mode sets it).
KEYS = {"DOWN": b"\x1bOB", "UP": b"\x1bOA"}


def spawn(argv, cols, rows):
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    pid = os.fork()
    if pid == 0:
        os.close(master)
        os.login_tty(slave)
        os.execvpe(argv[0], argv, dict(os.environ, TERM="xterm-256color"))
    os.close(slave)
    return pid, master


def selection(screen, column):
    """The rows whose cell at `column` is drawn as a selection (reversed, or on a background colour),
    with their text: a selection that moves changes the rows, one that scrolls the table their text."""
    # The first and last rows (title and status bars, drawn reversed, the status with a progress
    # count that changes by itself) are left out.
    rows = [y for y in range(1, screen.lines - 1) if screen.buffer[y][column].reverse or screen.buffer[y][column].bg != "default"]
    return tuple((y, screen.display[y]) for y in rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ready", required=True)
    parser.add_argument("--key", default="j")
    parser.add_argument("--count", type=int, default=30)
    parser.add_argument("--gap", type=float, default=0.15, help="seconds between keys")
    parser.add_argument("--column", type=int, default=40)
    parser.add_argument("--size", default="100x30")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    cols, rows = map(int, args.size.split("x"))
    screen = pyte.Screen(cols, rows)
    stream = pyte.ByteStream(screen)
    pid, master = spawn(command, cols, rows)
    chunks = queue.SimpleQueue()

    def pump():
        while True:
            try:
                data = os.read(master, 1 << 16)
            except OSError:
                data = b""
            chunks.put((time.perf_counter(), data))
            if not data:
                return

    threading.Thread(target=pump, daemon=True).start()

    def feed_until(deadline, done):
        """Feed output until `done()` holds (the arrival time of the chunk that made it) or the deadline."""
        while time.perf_counter() < deadline:
            try:
                at, data = chunks.get(timeout=max(0.0, deadline - time.perf_counter()))
            except queue.Empty:
                return None
            if not data:
                return None
            stream.feed(data)
            if done():
                return at
        return None

    ready = re.compile(args.ready)
    if feed_until(time.perf_counter() + 60, lambda: ready.search("\n".join(screen.display))) is None:
        sys.exit("selection_lag: the program never showed --ready")
    lags = []
    for _ in range(args.count):
        feed_until(time.perf_counter() + args.gap, lambda: False)
        before = selection(screen, args.column)
        sent = time.perf_counter()
        os.write(master, KEYS.get(args.key, args.key.encode()))
        moved = feed_until(sent + 2, lambda: selection(screen, args.column) != before)
        lags.append((moved - sent) * 1000 if moved else 2000.0)
    os.write(master, b"q")
    time.sleep(0.3)
    try:
        os.kill(pid, 9)
    except ProcessLookupError:
        pass
    lags.sort()
    print("%s x%d: median %.1f ms, p95 %.1f ms, worst %.1f ms" % (
        args.key, len(lags), lags[len(lags) // 2], lags[min(len(lags) - 1, int(len(lags) * 0.95))], lags[-1]))


if __name__ == "__main__":
    main()
