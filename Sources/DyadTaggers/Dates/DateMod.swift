/// An expression's modifier (`before`, `since`, `start`, `before-end` …) as one byte: a relation
/// in the low nibble, a part in the high one. Kept out of `String` so that `DateExpr` holds no
/// references and its many copies while parsing cost no reference counting.
enum DateMod {
    private static let relations = ["before", "after", "since", "until", "approx", "more", "less"]
    private static let parts = ["start", "mid", "end"]

    /// The code of a modifier as written by the grammar (0 for none).
    static func code(_ s: String?) -> UInt8 {
        guard let s = s else { return 0 }
        if let k = parts.firstIndex(of: s) { return UInt8(k + 1) << 4 }
        if let k = relations.firstIndex(of: s) { return UInt8(k + 1) }
        if let dash = s.firstIndex(of: "-"),
           let r = relations.firstIndex(of: String(s[..<dash])),
           let p = parts.firstIndex(of: String(s[s.index(after: dash)...])) {
            return UInt8(p + 1) << 4 | UInt8(r + 1)
        }
        preconditionFailure("unknown date modifier \(s)")
    }

    /// The modifier of a code, as the grammar wrote it.
    static func text(_ c: UInt8) -> String? {
        let r = Int(c & 15), p = Int(c >> 4)
        switch (r, p) {
        case (0, 0): return nil
        case (0, _): return parts[p - 1]
        case (_, 0): return relations[r - 1]
        default: return relations[r - 1] + "-" + parts[p - 1]
        }
    }
}
