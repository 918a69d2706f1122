import CArchive
import Foundation

/// Small PDF and EPUB files made on the spot for the format tests (real ones are scored by
/// scripts/score on ../shared/corpus/formats).
enum FormatFiles {
    /// A PDF in the standard fonts: a page per list of lines (a title, bold headings, body text), each
    /// page with a running header and its number at the foot when `furniture` is set.
    static func pdf(lines: [(font: String, size: Int, text: String)], morePages: [[(font: String, size: Int, text: String)]] = [],
                    furniture: Bool = false, encrypted: Bool = false) -> [UInt8] {
        let pages = [lines] + morePages
        var objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [\(pages.indices.map { "\(5 + $0 * 2) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
        ]
        for (number, page) in pages.enumerated() {
            var content = furniture ? "BT /R 9 Tf 72 770 Td (Journal of Sleep Studies) Tj ET\nBT /R 9 Tf 300 30 Td (\(number + 1)) Tj ET\n" : ""
            var y = 720
            for line in page {
                content += "BT /\(line.font) \(line.size) Tf 72 \(y) Td (\(line.text)) Tj ET\n"
                y -= line.size + 10
            }
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents \(6 + number * 2) 0 R "
                           + "/Resources << /Font << /R 3 0 R /B 4 0 R >> >> >>")
            objects.append("<< /Length \(content.utf8.count) >>\nstream\n\(content)endstream")
        }
        if encrypted {
            objects.append("<< /Filter /Standard /V 1 /R 2 /O <\(String(repeating: "ab", count: 32))> /U <\(String(repeating: "cd", count: 32))> /P -4 >>")
        }
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (number, body) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(number + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { out += String(format: "%010d 00000 n \n", offset) }
        let encrypt = encrypted ? " /Encrypt \(objects.count) 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]" : ""
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(encrypt) >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }

    /// A zip (an EPUB when given an EPUB's files), stored through libarchive.
    static func zip(_ files: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 4 * 1024 * 1024)
        var used = 0
        let archive = archive_write_new()
        archive_write_set_format_zip(archive)
        buffer.withUnsafeMutableBytes { raw in
            _ = archive_write_open_memory(archive, raw.baseAddress, raw.count, &used)
            for file in files {
                let entry = archive_entry_new()
                archive_entry_set_pathname(entry, file.name)
                archive_entry_set_size(entry, la_int64_t(file.bytes.count))
                archive_entry_set_filetype(entry, 0o100000)  // a regular file (AE_IFREG, a macro Swift does not import)
                archive_entry_set_perm(entry, 0o644)
                archive_write_header(archive, entry)
                var offset = 0
                while offset < file.bytes.count {
                    let chunk = min(1 << 20, file.bytes.count - offset)
                    file.bytes.withUnsafeBytes { _ = archive_write_data(archive, $0.baseAddress! + offset, chunk) }
                    offset += chunk
                }
                archive_entry_free(entry)
            }
            archive_write_close(archive)
        }
        archive_write_free(archive)
        return Array(buffer[0..<used])
    }

    /// A two-chapter EPUB 3 whose chapters have no headings of their own (titles from the nav document);
    /// `spine` replaces its spine's entries, `extra` adds files.
    static func epub(spine: String = "<itemref idref=\"a\"/><itemref idref=\"b\"/>",
                     extra: [(name: String, bytes: [UInt8])] = []) -> [UInt8] {
        let chapter = { (text: String) in
            Array("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>\(text)</p></body></html>".utf8)
        }
        return zip([
            ("mimetype", Array("application/epub+zip".utf8)),
            ("META-INF/container.xml", Array("""
                <?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">
                <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>
                """.utf8)),
            ("OEBPS/content.opf", Array("""
                <?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">
                <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Essays on Sleep</dc:title>
                <dc:creator>Ada Lovelace</dc:creator><dc:creator>Mary Somerville</dc:creator><dc:publisher>Night Press</dc:publisher>
                <dc:identifier>urn:isbn:9780000000000</dc:identifier><dc:identifier>doi:10.4321/sleep.essays</dc:identifier>
                <dc:date>1843-07-01</dc:date></metadata>
                <manifest><item id="nav" href="nav.xhtml" properties="nav" media-type="application/xhtml+xml"/>
                <item id="b" href="text/b.xhtml" media-type="application/xhtml+xml"/>
                <item id="a" href="text/a.xhtml" media-type="application/xhtml+xml"/></manifest>
                <spine>\(spine)</spine></package>
                """.utf8)),
            ("OEBPS/nav.xhtml", Array("""
                <?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><nav><ol>
                <li><a href="text/a.xhtml">On Rest</a></li><li><a href="text/b.xhtml#start">On Dreams</a></li></ol></nav></body></html>
                """.utf8)),
            ("OEBPS/text/a.xhtml", chapter("Rest comes first, and sleep follows it.")),
            ("OEBPS/text/b.xhtml", chapter("Dreams are what the night leaves behind.")),
        ] + extra)
    }
}
