"""Writes a folder of hostile library entries: cmark's pathological inputs (after the cases in cmark's
test/pathological_tests.py), files that lie about what they are, and a 50 MB one-line article.
Usage: python3 bench/hostile_folder.py FOLDER"""
import os
import sys

folder = sys.argv[1]
os.makedirs(folder, exist_ok=True)


def write(name, data):
    path = os.path.join(folder.encode(), name if isinstance(name, bytes) else name.encode())
    with open(path, 'wb') as out:
        out.write(data if isinstance(data, bytes) else data.encode())


n = 30000
cases = {
    'nested-strong-emph.md': '*a **a ' * n + 'b' + ' a** a*' * n,
    'many-emph-closers.md': 'a' + '_a' * n * 2,
    'many-emph-openers.md': '_a ' * n * 2 + 'b',
    'many-link-closers.md': 'a]' * n * 2,
    'many-link-openers.md': '[a' * n * 2,
    'mismatched-openers-closers.md': '*a_ ' * n * 2,
    'openers-closers-multiple-of-3.md': 'a**b' + 'c* ' * n * 2,
    'link-openers-and-emph-closers.md': '[ a_' * n * 2,
    'pattern-hard-link.md': '[[]]]' * n,
    'nested-brackets.md': '[' * n + 'a' + ']' * n,
    'nested-block-quotes.md': '> ' * n + 'a\n',
    'deeply-nested-lists.md': ''.join('  ' * i + '* a\n' for i in range(2000)),
    'nested-list-markers.md': '* ' * n + 'a\n',
    'u0000.md': 'abc\u0000de\u0000' * n,
    'backticks.md': ''.join('e' + '`' * i for i in range(1, 2500)),
    'unclosed-links-a.md': '[a](<b' * n,
    'unclosed-links-b.md': '[a](b' * n,
    'unclosed-html-comments.md': '</' + '<!--' * n,
    'many-link-definitions.md': '[a]: u\n' * n,
    'reference-nesting.md': '[a]: ' + '[a]' * 1000 + '\n\n' + '[a]' * 1000,
    'many-table-rows.md': '| a | b |\n|---|---|\n' + '| c | d |\n' * n,
    'nested-inline-links.md': '[' * n + 'a' + '](b)' * n,
}
for name, text in cases.items():
    write(name, text)

# Files that lie about what they are.
write('one-letter-lines.txt', b'a\n' * 1_000_000)
write('utf16.txt', '\ufeffSafety\n\nA risk.\n'.encode('utf-16-le'))
write('utf32.md', '\ufeff# Safety\n\nA risk.\n'.encode('utf-32-le'))
write('binary.txt', bytes(range(256)) * 100)
write('invalid-utf8.txt', b'Title\n\n\xff\xfe\xc0\xaf text \xed\xa0\x80\n')
write(b'caf\xe9.txt', b'Title\n\nA name that is not UTF-8.\n')
write('escapes.md', '# \x1b]0;PWNED\x07Title\n\n\x1b[2J\x9b2J\u202eevil text\n')
write('.hidden.md', '# Hidden\n')
os.makedirs(os.path.join(folder, 'folder.md'), exist_ok=True)
for link, target in [('loop-a.md', 'loop-b.md'), ('loop-b.md', 'loop-a.md'), ('dangling.txt', '/nonexistent/x'),
                     ('kmsg.txt', '/proc/kmsg')]:
    path = os.path.join(folder, link)
    if not os.path.lexists(path):
        os.symlink(target, path)
fifo = os.path.join(folder, 'fifo.txt')
if not os.path.exists(fifo):
    os.mkfifo(fifo)
with open(os.path.join(folder, 'sparse.txt'), 'wb') as sparse:
    sparse.truncate(1 << 30)
write('fifty-mb-one-line.md', ('serotonin safety word text ' * 1_900_000)[:50_000_000])

# Issue 31's shapes: quadratic in the old heading and emphasis walks, amplifying books, a deep page.
write('all-caps-lines.txt', 'SAME HEADING LINE\n' * 50_000)
write('nested-emphasis-65000.md', '*a **a ' * 65_000 + 'b' + ' a** a*' * 65_000)
write('deep-nesting.html', '<html><head><title>Deep</title></head><body><p>Before the nesting.</p>'
      + '<div>' * 3000 + '<p>Text at the bottom of 3,000 elements.</p>' + '</div>' * 3000 + '<p>After it.</p></body></html>')
write('thirty-mb-page.html', '<html><head><title>Big page</title></head><body>'
      + '<p>Serotonin safety text in a long page of many paragraphs.</p>\n' * 500_000 + '</body></html>')


def book(name, chapters, spine, cut=None):
    """An EPUB whose spine names `spine` (chapter file names) in order; `cut` truncates the zip."""
    import io
    import zipfile
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, 'w', zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr('mimetype', 'application/epub+zip', compress_type=zipfile.ZIP_STORED)
        zipped.writestr('META-INF/container.xml', '<container><rootfiles><rootfile full-path="content.opf"/></rootfiles></container>')
        items = ''.join(f'<item id="{c}" href="{c}.xhtml"/>' for c in chapters)
        refs = ''.join(f'<itemref idref="{c}"/>' for c in spine)
        zipped.writestr('content.opf', f'<package><metadata><dc:title>{name}</dc:title></metadata>'
                        f'<manifest>{items}</manifest><spine>{refs}</spine></package>')
        for c, text in chapters.items():
            zipped.writestr(f'{c}.xhtml', text)
    data = buffer.getvalue()
    write(name, data[:cut] if cut else data)


chapter = '<html><body><h1>Chapter</h1>' + '<p>Serotonin safety text of one chapter.</p>\n' * 24_000 + '</body></html>'
book('spine-repeats-a-chapter.epub', {'c': chapter}, ['c'] * 2000)
book('unpacks-to-180mb.epub', {'c': '<html><body>' + '<p>aaaa aaaa aaaa aaaa.</p>' * 7_200_000 + '</body></html>'}, ['c'])
book('truncated.epub', {'a': '<html><body><h1>One</h1><p>Text.</p></body></html>', 'b': chapter}, ['a', 'b'], cut=3000)
write('no-extension', 'An article without an extension\n\nIt is not read, and is said to be skipped.\n')
write('damaged.pdf', b'%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
chain = os.path.join(folder, 'chain')
os.makedirs(chain, exist_ok=True)
write('chain/link-0.md', '# End of a chain of links\n\nForty-five links lead here.\n')
for i in range(1, 46):
    path = os.path.join(chain, f'link-{i}.md')
    if not os.path.lexists(path):
        os.symlink(f'link-{i - 1}.md', path)

# PDFs that lay out huge from a few kilobytes (one shared, compressed content stream).
import subprocess
here = os.path.dirname(os.path.abspath(__file__))
subprocess.run([sys.executable, os.path.join(here, 'dense_pdf.py'), os.path.join(folder, 'dense-one-page.pdf'), '300000', '1'], check=True)
subprocess.run([sys.executable, os.path.join(here, 'dense_pdf.py'), os.path.join(folder, 'dense-forty-pages.pdf'), '20000', '40'], check=True)
