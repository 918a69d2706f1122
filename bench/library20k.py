#!/usr/bin/env python3
"""Writes a library of 20,000 articles (~150 MB) for the scale benchmarks: each article is a run of
blocks (paragraphs and headings) taken in turn from the real corpus and the bundled articles (Markdown and text as they come),
headed by a title of its own and ending with a line of its own, so every file is distinct.
Usage: bench/library20k.py DIR [COUNT]"""
import os, re, sys

out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
root = os.path.dirname(os.path.abspath(__file__))
sources = []
for folder in (os.path.join(root, '..', '..', 'shared', 'corpus', 'real'), os.path.join(root, '..', 'Articles')):
    for name in sorted(os.listdir(folder)):
        if name.endswith(('.md', '.txt')) and name != 'SOURCES.md':
            text = open(os.path.join(folder, name), encoding='utf-8').read()
            # Blocks: paragraphs and headings as they are separated by blank lines.
            parts = [p for p in re.split(r'\n\s*\n', text) if p.strip()]
            sources.append((name.endswith('.md'), parts))
pieces = [(md, part) for md, parts in sources for part in parts]
os.makedirs(out, exist_ok=True)
target = 6_500  # bytes wanted per article on average: 20,000 of them make ~150 MB
cursor = 0
for i in range(count):
    # Every article's blocks are chosen the same way on every run, so a rerun finds the same files.
    markdown, _ = pieces[cursor % len(pieces)]
    body, size = [], 0
    want = target // 2 + (i * 7919) % target  # varied sizes, half to one and a half times the target
    while size < want:
        md, part = pieces[cursor % len(pieces)]
        cursor += 1
        body.append(part.strip() + '\n')
        size += len(part.encode())
    path = os.path.join(out, '%05d-article%s' % (i, '.md' if markdown else '.txt'))
    if os.path.exists(path):
        continue
    title = ('# ' if markdown else '') + 'Article %d of the scale benchmark\n\n' % i
    open(path, 'w', encoding='utf-8').write(title + '\n'.join(body) + '\nArticle %d ends here.\n' % i)
