extension Array {
    /// The first index whose element satisfies `predicate`, for a sorted array whose elements satisfy it
    /// from some index on (binary search); `count` when none does. With `{ $0 > x } - 1` it is the last
    /// element at or before `x` — the paragraph or block an offset falls in.
    public func partitionIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
