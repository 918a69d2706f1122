#!/usr/bin/env python3
"""Writes starting inputs for the fuzz targets whose input is not an article: scripts/fuzz-seeds.py TARGET DIR.

epub: small books (EPUB 2 with an NCX, EPUB 3 with a navigation document, a spine naming one chapter
twice); annotations: annotation files as `tract bookmarks export --format annotation` writes them, with
escapes and outside sources; cache: a kept PDF reading and a library's summaries (first byte: which,
and whether the header is put in front; see FuzzTarget.cache)."""
import io, json, os, sys, zipfile


def epub(chapters, nav, spine_repeat=1):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr("META-INF/container.xml", '<?xml version="1.0"?><container><rootfiles>'
                      '<rootfile full-path="OEBPS/content.opf"/></rootfiles></container>')
        items = "".join(f'<item id="c{i}" href="c{i}.xhtml"/>' for i in range(len(chapters)))
        refs = "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapters))) * spine_repeat
        toc = '<item id="nav" href="nav.xhtml" properties="nav"/>' if nav else '<item id="ncx" href="toc.ncx"/>'
        book.writestr("OEBPS/content.opf", '<package><metadata><dc:title>Seed</dc:title><dc:creator>A. Writer</dc:creator>'
                      f'</metadata><manifest>{items}{toc}</manifest><spine toc="ncx">{refs}</spine></package>')
        for i, text in enumerate(chapters):
            book.writestr(f"OEBPS/c{i}.xhtml", f"<html><body><h1>Chapter {i + 1}</h1><p>{text}</p></body></html>")
        links = "".join(f'<li><a href="c{i}.xhtml">Part {i + 1}</a></li>' for i in range(len(chapters)))
        book.writestr("OEBPS/nav.xhtml", f"<html><body><nav><ol>{links}</ol></nav></body></html>")
        points = "".join(f'<navPoint><navLabel><text>Part {i + 1}</text></navLabel><content src="c{i}.xhtml"/></navPoint>'
                         for i in range(len(chapters)))
        book.writestr("OEBPS/toc.ncx", f"<ncx><navMap>{points}</navMap></ncx>")
    return buffer.getvalue()


def annotation(exact, note, source):
    return {"type": "Annotation", "created": "2026-12-07T10:00:00Z", "body": {"type": "TextualBody", "value": note},
            "target": {"source": {"id": source, "file": source},
                       "selector": [{"type": "TextQuoteSelector", "exact": exact, "prefix": "", "suffix": ""},
                                    {"type": "TextPositionSelector", "start": 8, "end": 8 + len(exact)}]}}


def seeds(target):
    if target == "epub":
        return {"ncx.epub": epub(["Serotonin syndrome is a risk.", "It releases serotonin."], nav=False),
                "nav.epub": epub(["Blood pressure rises.", "It helps <b>some</b> patients."], nav=True),
                "repeated.epub": epub(["One chapter named twice."], nav=True, spine_repeat=2)}
    if target == "annotations":
        plain = annotation("Serotonin syndrome is a risk.", "a note", "file:///library/a.txt")
        hostile = annotation("Sero\u001b]0;title\u0007tonin\u202e", "\u009b2J\u0000note", "file:///etc/passwd")
        page = {"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": [plain, hostile]}}
        return {"list.json": json.dumps([plain]).encode(), "collection.json": json.dumps(page).encode()}
    if target == "cache":
        reading = ("meta\t=A paper\t=2024\t=A. Writer\t-\t=10.1000/x\t40\tA. Writer; B. Reader\n"
                   "S\t0\t1\t-\nP\t1\tparagraph\t0-5,6-9s\tSerotonin syndrome is a risk.\n"
                   "S\t1\t5\t=Methods\nP\t6\tlistItem\t\tIt releases\\tserotonin.\n")
        summary = "/library/a.pdf\t1234\t1700000000.5\t42\tpdf\t-\t3\t900\t40\t1,0,2\tA. Writer\tA. Writer\t\t\t2024\t\tA paper\n"
        return {"reading.bin": b"\x00" + reading.encode(), "reading-bare.bin": b"\x02" + b"tract reading 2\n" + reading.encode(),
                "summaries.bin": b"\x01" + summary.encode(), "summaries-bare.bin": b"\x03" + summary.encode()}
    raise SystemExit(f"no seeds for {target}")


target, folder = sys.argv[1], sys.argv[2]
os.makedirs(folder, exist_ok=True)
for name, data in seeds(target).items():
    with open(os.path.join(folder, name), "wb") as out:
        out.write(data)
