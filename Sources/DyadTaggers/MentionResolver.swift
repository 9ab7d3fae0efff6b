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
        // Occupied scalars, so each candidate is checked in time proportional to its length.
        let extent = candidates.reduce(0) { max($0, $1.end) }
        var taken = [Bool](repeating: false, count: extent)
        var kept: [Mention] = []
        kept.reserveCapacity(candidates.count)
        for i in order {
            let m = candidates[i]
            guard m.end > m.start, m.start >= 0 else { continue }
            var free = true
            for k in m.start..<m.end where taken[k] { free = false; break }
            guard free else { continue }
            for k in m.start..<m.end { taken[k] = true }
            kept.append(m)
        }
        return kept.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end < $1.end }
    }
}
