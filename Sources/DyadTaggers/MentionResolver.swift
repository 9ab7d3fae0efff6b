import DyadCore

/// Chooses among overlapping candidates: higher priority first, then the longer span, then the
/// earlier one. The result never overlaps and is in text order.
public enum MentionResolver {
    public static func resolve(_ candidates: consuming [Mention]) -> [Mention] {
        let order = precedence(candidates)
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
        // Kept spans are disjoint and not empty, so their starts differ: start then index is
        // the (start, end) order, and packs into one integer when small enough.
        if extent < 1 << 32, candidates.count < 1 << 32 {
            var keys = keptIndices.map { UInt64(candidates[$0].start) << 32 | UInt64($0) }
            keys.sort()
            for (k, key) in keys.enumerated() { keptIndices[k] = Int(key & 0xFFFF_FFFF) }
        } else {
            keptIndices.sort { candidates[$0].start != candidates[$1].start ? candidates[$0].start < candidates[$1].start : candidates[$0].end < candidates[$1].end }
        }
        // Move the kept mentions out instead of copying them (a copy retains their strings);
        // an empty mention takes each one's place so the list stays whole.
        var out: [Mention] = []
        out.reserveCapacity(keptIndices.count)
        candidates.withUnsafeMutableBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            for i in keptIndices {
                out.append((base + i).move())
                (base + i).initialize(to: Mention(kind: .date, start: 0, end: 0))
            }
        }
        return out
    }

    /// Candidate indices, best first. Small fields pack into one integer key sorted as is;
    /// otherwise the fields are compared one by one.
    static func precedence(_ candidates: [Mention]) -> [Int] {
        var packable = candidates.count < 1 << 20
        for i in candidates.indices where packable {
            let p = candidates[i].priority, s = candidates[i].start, l = candidates[i].end - s
            packable = p >= 0 && p < 16 && s >= 0 && s < 1 << 20 && l >= 0 && l < 1 << 20
        }
        if packable {
            // Priority and length descending: stored as their complements.
            var keys: [UInt64] = []
            keys.reserveCapacity(candidates.count)
            for i in candidates.indices {
                let p = candidates[i].priority, s = candidates[i].start, l = candidates[i].end - s
                keys.append(UInt64(15 - p) << 60 | UInt64((1 << 20) - 1 - l) << 40 | UInt64(s) << 20 | UInt64(i))
            }
            keys.sort()
            return keys.map { Int($0 & 0xFFFFF) }
        }
        var keys: [(priority: Int, length: Int, start: Int, index: Int)] = []
        keys.reserveCapacity(candidates.count)
        for (i, m) in candidates.enumerated() { keys.append((m.priority, m.length, m.start, i)) }
        keys.sort { x, y in
            if x.priority != y.priority { return x.priority > y.priority }
            if x.length != y.length { return x.length > y.length }
            if x.start != y.start { return x.start < y.start }
            return x.index < y.index
        }
        return keys.map(\.index)
    }
}
