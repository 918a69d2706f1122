/// BibTeX entries. Values are braced; the characters TeX treats specially are written as TeX
/// commands, and braces are never left unbalanced (BibTeX counts them even after a backslash).
public enum BibTeX {
    public static func entry(_ record: BibliographicRecord, key: String? = nil) -> String {
        var fields: [(String, String)] = []
        var names = record.authors.map { escape($0.inverted) }
        if record.moreAuthors { names.append("others") }
        if !names.isEmpty { fields.append(("author", names.joined(separator: " and "))) }
        // Double braces keep the title's capitals as written.
        fields.append(("title", "{" + escape(record.title) + "}"))
        if let venue = record.venue {
            fields.append((record.kind == .article ? "journal" : record.kind == .book ? "publisher" : "howpublished", escape(venue)))
        }
        if let year = record.year { fields.append(("year", String(year))) }
        if record.dateParts.count > 1 { fields.append(("month", String(record.dateParts[1]))) }
        if let doi = record.doi { fields.append(("doi", escape(doi))) }
        if let url = record.url { fields.append(("url", escape(url))) }
        let body = fields.map { "  \($0.0) = {\($0.1)}" }.joined(separator: ",\n")
        return "@\(record.kind.names.bibtex){\(key ?? record.key),\n\(body)\n}\n"
    }

    /// `text` safe inside a braced value.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\textbackslash{}"
            case "{": out += "\\textbraceleft{}"
            case "}": out += "\\textbraceright{}"
            case "&", "%", "$", "#", "_": out += "\\\(character)"
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            case "@": out += "{@}"
            default: out.append(character.isNewline ? " " : character)
            }
        }
        return out
    }
}

/// RIS, the tagged format reference managers import: a tag, two spaces, a dash, a space, the value.
public enum RIS {
    public static func entry(_ record: BibliographicRecord) -> String {
        var lines = [("TY", record.kind.names.ris)]
        lines += record.authors.map { ("AU", $0.inverted) }
        lines.append(("TI", record.title))
        if let venue = record.venue { lines.append((record.kind == .book ? "PB" : "T2", venue)) }
        if let year = record.year { lines.append(("PY", String(year))) }
        if record.dateParts.count > 1 {
            lines.append(("DA", record.dateParts.map { $0 < 10 ? "0\($0)" : String($0) }.joined(separator: "/") + "/"))
        }
        if let doi = record.doi { lines.append(("DO", doi)) }
        if let url = record.url { lines.append(("UR", url)) }
        lines.append(("ER", ""))
        return lines.map { "\($0.0)  - \($0.1.split(whereSeparator: \.isNewline).joined(separator: " "))" }.joined(separator: "\n") + "\n"
    }
}
