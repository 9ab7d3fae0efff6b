import DyadCore

/// Chooses among overlapping candidates: higher priority first, then the longer span, then the
/// earlier one. The result never overlaps and is in text order.
public enum MentionResolver {
    public static func resolve(_ candidates: [Mention]) -> [Mention] {
        // Sort compact integer keys, not the mentions themselves (copying a mention retains its strings).
        var keys: [(priority: Int, length: Int, start: Int, index: Int)] = []
        keys.reserveCapacity(candidates.count)
        for (i, m) in candidates.enumerated() { keys.append((m.priority, m.length, m.start, i)) }
        keys.sort { x, y in
            if x.priority != y.priority { return x.priority > y.priority }
            if x.length != y.length { return x.length > y.length }
            if x.start != y.start { return x.start < y.start }
            return x.index < y.index
        }
        let order = keys.map(\.index)
        // Occupied scalars, so each candidate is checked in time proportional to its length.
        let extent = candidates.reduce(0) { max($0, $1.end) }
        var taken = [Bool](repeating: false, count: extent)
        var keptIndices: [Int] = []
        keptIndices.reserveCapacity(candidates.count)
        for i in order {
            let start = candidates[i].start, end = candidates[i].end
            guard end > start, start >= 0 else { continue }
            var free = true
            for k in start..<end where taken[k] { free = false; break }
            guard free else { continue }
            for k in start..<end { taken[k] = true }
            keptIndices.append(i)
        }
        keptIndices.sort { candidates[$0].start != candidates[$1].start ? candidates[$0].start < candidates[$1].start : candidates[$0].end < candidates[$1].end }
        return keptIndices.map { candidates[$0] }
    }
}
