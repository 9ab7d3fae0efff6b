import DyadCore

/// Chooses among overlapping candidates: higher priority first, then the longer span, then the
/// earlier one. The result never overlaps and is in text order.
public enum MentionResolver {
    public static func resolve(_ candidates: [Mention]) -> [Mention] {
        let order = candidates.indices.sorted { a, b in
            let x = candidates[a], y = candidates[b]
            if x.priority != y.priority { return x.priority > y.priority }
            if x.length != y.length { return x.length > y.length }
            if x.start != y.start { return x.start < y.start }
            return a < b
        }
        var taken: [Mention] = []
        // Occupancy by interval list; mentions are few per article, so a sorted scan is enough.
        var spans: [(Int, Int)] = []
        for i in order {
            let m = candidates[i]
            guard m.end > m.start else { continue }
            // Binary search the first span ending after m.start.
            var lo = 0, hi = spans.count
            while lo < hi { let mid = (lo + hi) / 2; if spans[mid].1 <= m.start { lo = mid + 1 } else { hi = mid } }
            if lo < spans.count, spans[lo].0 < m.end { continue }
            spans.insert((m.start, m.end), at: lo)
            taken.append(m)
        }
        return taken.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end < $1.end }
    }
}
