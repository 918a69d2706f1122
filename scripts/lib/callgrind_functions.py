"""The functions of one binary that ran, from callgrind outputs, by their symbol names, in first-seen order.

Usage: callgrind_functions.py BINARY OUT.cg...  Callgrind names C++ functions demangled even when asked
not to, so each name is mapped back to the binary's own symbol through `nm` and `nm -C`.
"""
import os
import re
import subprocess
import sys


def symbols(binary):
    """Demangled name -> symbol, for the binary's functions."""
    def listing(*flags):
        out = subprocess.run(['nm', '--defined-only', *flags, binary], capture_output=True, text=True, check=True).stdout
        return [line.split(None, 2) for line in out.splitlines()]
    by_name = {}
    for raw, shown in zip(listing(), listing('-C')):
        if len(raw) == 3 and raw[1] in 'tTwW':
            by_name.setdefault(shown[2], raw[2])
            by_name.setdefault(raw[2], raw[2])
    return by_name


def ran(paths, object_name):
    order, seen = [], set()
    for path in paths:
        objects, functions, current = {}, {}, None
        for line in open(path, errors='replace'):
            line = line.rstrip('\n')
            match = re.match(r'^(c?ob)=\((\d+)\)(?: (.*))?$', line)
            if match:
                kind, key, name = match.groups()
                if name:
                    objects[key] = name
                if kind == 'ob':
                    current = objects.get(key)
                continue
            match = re.match(r'^fn=\((\d+)\)(?: (.*))?$', line)
            if match:
                key, name = match.groups()
                if name:
                    functions[key] = name
                name = functions.get(key)
                if current and os.path.basename(current) == object_name and name and name not in seen:
                    seen.add(name)
                    order.append(name)
    return order


def main():
    binary, paths = sys.argv[1], sys.argv[2:]
    by_name = symbols(binary)
    for name in ran(paths, os.path.basename(binary)):
        symbol = by_name.get(name) or by_name.get(re.sub(r"'\d+$", '', name))
        if symbol:
            print(symbol)


main()
