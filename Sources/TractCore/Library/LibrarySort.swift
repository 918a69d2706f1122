/// The orders the library can be listed in: as the files are named (the default), by title, by first
/// author, by year, or last read first.
public enum LibrarySort: String, CaseIterable, Sendable {
    case name, title, author, year, read

    /// The order after this one, for the key that cycles through them.
    public var next: LibrarySort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// How the status line names it.
    public var label: String {
        switch self {
        case .name: return "file name"
        case .title: return "title"
        case .author: return "first author"
        case .year: return "year"
        case .read: return "last read"
        }
    }

    /// The articles' indices in this order. Articles that lack what is sorted on (no author, no year,
    /// never read) come last, in file-name order; ties keep file-name order too. `readOrder` counts
    /// up with each article opened, by the article's `paths` entry.
    public func order(_ articles: [Article], paths: [String], readOrder: [String: Int]) -> [Int] {
        let indices = Array(articles.indices)
        switch self {
        case .name:
            return indices
        case .title:
            return sorted(indices) { SearchFold.fold(articles[$0].title) }
        case .author:
            return sorted(indices) { articles[$0].firstAuthorFamily.map(SearchFold.fold) }
        case .year:
            return sorted(indices) { Article.year(articles[$0].date) }
        case .read:
            // Most recent first: the key is the count below the largest, so smaller sorts first.
            let top = (readOrder.values.max() ?? 0) + 1
            return sorted(indices) { index in paths.indices.contains(index) ? readOrder[paths[index]].map { String(top - $0).leftPadded(12) } : nil }
        }
    }

    private func sorted(_ indices: [Int], by key: (Int) -> String?) -> [Int] {
        let keys = indices.map(key)
        return indices.sorted { left, right in
            switch (keys[left], keys[right]) {
            case let (a?, b?): return a != b ? a < b : left < right
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return left < right
            }
        }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(width - count, 0)) + self }
}
