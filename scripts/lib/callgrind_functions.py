"""The functions of one binary that ran, from callgrind outputs, by their symbol names, in first-seen order.

Usage: callgrind_functions.py BINARY LINK.map OUT.cg...  Callgrind names C++ functions demangled even
when asked not to, so each name is mapped back to the binary's own symbol through `nm` and `nm -C`.

lld moves whole input sections. A function in a section of its own moves alone; one inside a big
section that cannot be split (the standard library's and Foundation's own .text, SQLite's files) drags
all of it along. So functions in small sections come first, packed together, and those in big sections
after them: one big section in the middle would spread the small ones over megabytes.
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


BIG_SECTION = 16 * 1024


def section_sizes(link_map):
    """Symbol -> size of the input section that holds it, from lld's -Map output."""
    sizes, current = {}, 0
    for line in open(link_map, errors='replace'):
        fields = line.split()
        if len(fields) < 5 or not re.fullmatch(r'[0-9a-f]+', fields[0]):
            continue
        if ':(' in line:
            current = int(fields[2], 16)
        elif fields[3] == '1':
            sizes[' '.join(fields[4:])] = current
    return sizes


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
            # A compressed name is defined where it first appears, which for a function first seen
            # as a callee is its cfn= line; later fn= lines give only the number.
            match = re.match(r'^(c?fn)=\((\d+)\)(?: (.*))?$', line)
            if match:
                kind, key, name = match.groups()
                if name:
                    functions[key] = name
                name = functions.get(key)
                if kind == 'fn' and current and os.path.basename(current) == object_name and name and name not in seen:
                    seen.add(name)
                    order.append(name)
    return order


def main():
    binary, link_map, paths = sys.argv[1], sys.argv[2], sys.argv[3:]
    by_name, sizes = symbols(binary), section_sizes(link_map)
    found = [by_name.get(name) or by_name.get(re.sub(r"'\d+$", '', name)) for name in ran(paths, os.path.basename(binary))]
    found = [symbol for symbol in found if symbol]
    for symbol in sorted(found, key=lambda symbol: sizes.get(symbol, 0) >= BIG_SECTION):  # stable
        print(symbol)


main()
