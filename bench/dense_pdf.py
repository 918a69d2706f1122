"""Writes a small PDF whose text lays out huge: one compressed content stream of LINES tiny runs, shared
by PAGES pages (a 72 KB file laid out as 56 MB of XML). Usage: dense_pdf.py OUT LINES PAGES"""
import zlib, sys
def pdf(path, lines, pages=1):
    content = "".join(f"BT /F1 2 Tf 20 {10 + (i % 380) * 2 + (i // 380) * 0.001:.3f} Td (w{i}) Tj ET\n" for i in range(lines)).encode()
    stream = zlib.compress(content, 9)
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [" + " ".join(f"{5+i} 0 R" for i in range(pages)) + f"] /Count {pages} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    body = [None]
    out = b"%PDF-1.4\n"; offs = []
    allobjs = objs + [None] + [f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>" for _ in range(pages)]
    for n, o in enumerate(allobjs, 1):
        offs.append(len(out))
        if n == 4:
            out += f"4 0 obj\n<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream + b"\nendstream\nendobj\n"
        else:
            out += f"{n} 0 obj\n{o}\nendobj\n".encode()
    x = len(out)
    out += f"xref\n0 {len(allobjs)+1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(allobjs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    open(path, "wb").write(out)
pdf(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
