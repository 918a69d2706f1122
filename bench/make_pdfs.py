#!/usr/bin/env python3
"""Writes a library of distinct PDF papers for the benchmarks: `make_pdfs.py COUNT FOLDER [SOURCES]`.

Each paper is made from one of the real corpus's articles (SOURCES, default ../shared/corpus/real):
a title, authors with affiliation marks, a footnote, an abstract, the article's sections under numbered
headings (paragraphs shuffled and trimmed per paper, so no two papers are alike), and a numbered
reference list; one column or two, 6 to 14 pages. The text is set in the standard Times fonts with
their own encoding, "fi" and "fl" as the fonts' ligature glyphs, so a reader has ligatures to join.
The PDF writer is this file's own: uncompressed content streams, one font object per face, an xref
table. For benchmarks only; Tract never writes a PDF.
"""
import os
import random
import re
import sys
import unicodedata

PAGE_W, PAGE_H, MARGIN = 612, 792, 54
FONTS = {"R": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic"}
# StandardEncoding codes for the ligatures (octal 256 and 257).
LIGATURES = {"fi": b"\xae", "fl": b"\xaf"}
SURNAMES = ["Keeper", "Tagger", "Reader", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva", "Novak", "Haddad",
            "Petrov", "Nakamura", "Brennan", "Costa", "Weber", "Ivanova", "Mensah", "Larsen", "Rossi", "Kowalski"]
GIVEN = ["Anna", "Carl", "Eve", "Ngozi", "Lars", "Claire", "Hiro", "Paulo", "Jana", "Omar", "Irina", "Kenji",
         "Siobhan", "Rui", "Greta", "Olga", "Kwame", "Mette", "Luca", "Ewa"]
JOURNALS = ["Journal of Clinical Benchmarks", "Annals of Made-up Medicine", "Reports in Synthetic Pharmacology"]


def ascii_text(text):
    """The text in the characters StandardEncoding has (accents dropped, dashes and quotes plain)."""
    text = text.replace("\u2013", "-").replace("\u2014", " - ").replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if 32 <= ord(c) < 127)


def sections_of(path):
    """(heading, [paragraphs]) pairs of an article: Markdown headings, else short lines without a full stop."""
    sections, heading, paragraphs, block = [], None, [], []

    def flush_block():
        if block:
            paragraphs.append(" ".join(block))
            block.clear()

    for line in open(path, encoding="utf-8").read().splitlines():
        stripped = line.strip()
        is_heading = stripped.startswith("#") or (path.endswith(".txt") and 0 < len(stripped) < 60
                                                 and not stripped.endswith((".", ":", ",")) and not block)
        if is_heading:
            flush_block()
            if paragraphs:
                sections.append((heading, paragraphs))
            heading, paragraphs = ascii_text(stripped.lstrip("#").strip()), []
        elif stripped:
            block.append(ascii_text(stripped.lstrip("*-> ")))
        else:
            flush_block()
    flush_block()
    if paragraphs:
        sections.append((heading, paragraphs))
    return [(h, [p for p in ps if len(p) > 40]) for h, ps in sections if any(len(p) > 40 for p in ps)]


def width(text, size):
    """A line's width in points, near enough for Times (capitals and m/w wider, i/l/t narrower)."""
    wide = sum(1 for c in text if c.isupper() or c in "mwMW")
    thin = sum(1 for c in text if c in "iljtf.,;:'! ")
    return size * (0.5 * len(text) + 0.2 * wide - 0.22 * thin)


def wrap(text, size, measure):
    lines, line = [], ""
    for word in text.split():
        candidate = word if not line else line + " " + word
        if width(candidate, size) > measure and line:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def encoded(text):
    """The text as PDF string bytes: escaped, with the ligatures as their glyphs."""
    out = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")
    for pair, glyph in LIGATURES.items():
        out = out.replace(pair.encode(), glyph)
    return out


class Layout:
    """Lines placed on pages, column by column."""

    def __init__(self, columns):
        self.columns = columns
        gap = 18
        self.measure = (PAGE_W - 2 * MARGIN - gap * (columns - 1)) / columns
        self.lefts = [MARGIN + i * (self.measure + gap) for i in range(columns)]
        self.pages = []
        self.new_page()

    def new_page(self):
        self.pages.append([])
        self.column = 0
        self.y = PAGE_H - MARGIN
        self.bottom = MARGIN + 40  # room for the page number and footnotes

    def advance(self, height):
        if self.y - height < self.bottom:
            self.column += 1
            if self.column >= self.columns:
                self.new_page()
            else:
                self.y = self.top_of_columns
        self.y -= height

    def put(self, text, font, size, x=None, full=False):
        self.pages[-1].append((font, size, x if x is not None else self.lefts[0 if full else self.column], self.y, text))

    def paragraph(self, text, font="R", size=10, before=4, full=False):
        measure = PAGE_W - 2 * MARGIN if full else self.measure
        self.y -= before
        for line in wrap(text, size, measure):
            self.advance(size * 1.25)
            self.put(line, font, size, full=full)


def paper(number, sources, rng):
    source = sources[number % len(sources)]
    sections = [(h, list(ps)) for h, ps in sections_of(source)]
    for _, paragraphs in sections:
        rng.shuffle(paragraphs)
        del paragraphs[max(1, len(paragraphs) * 2 // 3):]
    name = os.path.splitext(os.path.basename(source))[0].replace("-", " ")
    title = f"On {name.title()}: Study {number} of a Benchmark Library"
    authors = [(rng.choice(GIVEN), rng.choice(SURNAMES)) for _ in range(rng.randint(2, 5))]
    layout = Layout(columns=2 if number % 2 else 1)
    layout.paragraph(title, "B", 17, before=10, full=True)
    byline = ", ".join(f"{g} {s}{i + 1}" for i, (g, s) in enumerate(authors))
    layout.paragraph(byline, "R", 11, before=8, full=True)
    for i in range(len(authors)):
        layout.paragraph(f"{i + 1} Department {i + 1}, Institute of Benchmarks, City {i + 1}", "I", 8, before=1, full=True)
    year = 2000 + number % 24
    layout.paragraph(f"{rng.choice(JOURNALS)} {year}; {number % 40 + 1}: {number}. https://doi.org/10.5555/bench.{number}",
                     "R", 8, before=6, full=True)
    abstract = " ".join(p for _, ps in sections[:2] for p in ps[:1])[:900]
    layout.paragraph("Abstract", "B", 11, before=10, full=True)
    layout.paragraph(abstract, "R", 10, before=2, full=True)
    layout.top_of_columns = layout.y - 12
    layout.y -= 12
    footnote = f"* Corresponding author: {authors[0][0].lower()}@example.org. Received {year - 1}; published {year}."
    layout.pages[-1].append(("R", 7, MARGIN, MARGIN + 22, footnote))
    cited, index = 0, 0
    # A short article is gone through again (other paragraphs first) until the paper has six pages.
    while index == 0 or (len(layout.pages) < 6 and index < 60):
        for heading, paragraphs in sections:
            index += 1
            layout.paragraph(f"{index}. {heading or 'Introduction'}", "B", 11, before=10)
            for paragraph in paragraphs:
                cited += 1
                layout.paragraph(paragraph + f" [{cited % 30 + 1}]", "R", 10)
            if len(layout.pages) >= 13:
                break
        for _, paragraphs in sections:
            paragraphs.reverse()
    layout.paragraph("References", "B", 11, before=12)
    for ref in range(1, 31):
        g, s = rng.choice(GIVEN), rng.choice(SURNAMES)
        layout.paragraph(f"{ref}. {s} {g[0]}, {rng.choice(SURNAMES)} {rng.choice(GIVEN)[0]}. A finding of study {ref} "
                         f"in the field. {rng.choice(JOURNALS)}. {1990 + ref}; {ref}: {ref * 7}-{ref * 7 + 9}.", "R", 8, before=2)
    return layout.pages


def pdf_bytes(pages):
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    fonts = {key: add(f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} >>".encode()) for key, base in FONTS.items()}
    font_dict = " ".join(f"/F{key} {ref} 0 R" for key, ref in fonts.items())
    pages_ref = len(objects) + 1 + 2 * len(pages)  # written after every page and its content
    kids = []
    for number, lines in enumerate(pages, start=1):
        stream = bytearray()
        for font, size, x, y, text in lines + [("R", 9, PAGE_W / 2 - 5, MARGIN - 10, str(number))]:
            stream += f"BT /F{font} {size} Tf {x:.1f} {y:.1f} Td (".encode() + encoded(text) + b") Tj ET\n"
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + bytes(stream) + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {pages_ref} 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
                        f"/Resources << /Font << {font_dict} >> >> /Contents {content} 0 R >>".encode()))
    assert add(f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()) == pages_ref
    catalog = add(f"<< /Type /Catalog /Pages {pages_ref} 0 R >>".encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)


def main():
    count, folder = int(sys.argv[1]), sys.argv[2]
    root = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus", "real")
    sources = sorted(os.path.join(root, f) for f in os.listdir(root) if re.search(r"\.(md|txt)$", f) and f != "SOURCES.md")
    os.makedirs(folder, exist_ok=True)
    pages = 0
    for number in range(count):
        path = os.path.join(folder, f"paper-{number:05d}.pdf")
        if os.path.exists(path):
            continue
        made = paper(number, sources, random.Random(number))
        pages += len(made)
        with open(path, "wb") as out:
            out.write(pdf_bytes(made))
    print(f"{count} papers in {folder} ({pages} pages written now)")


if __name__ == "__main__":
    main()
