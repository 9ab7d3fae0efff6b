import Foundation

/// Character classes the tokenizer needs, decided once per scalar value.
public enum CharClass: UInt8, Sendable {
    case letter, digit, space, newline, punct, mark
}

/// Case- and accent-folding of scalars to bytes, built once.
/// Latin letters fold to ASCII (`Đ`→`d`, `œ`→`oe`), typographic apostrophes, quotes, dashes and
/// spaces fold to their ASCII forms; other scripts are lower-cased and kept as UTF-8.
public final class FoldTable: Sendable {
    public static let shared = FoldTable()

    /// Scalars below this value are looked up in the tables; above, computed on the fly.
    public static let tableSize = 0x2200
    let folded: [[UInt8]]
    let classes: [CharClass]
    let upper: [Bool]

    private init() {
        var folded = [[UInt8]](repeating: [], count: FoldTable.tableSize)
        var classes = [CharClass](repeating: .punct, count: FoldTable.tableSize)
        var upper = [Bool](repeating: false, count: FoldTable.tableSize)
        let special: [UInt32: String] = [
            0x2019: "'", 0x2018: "'", 0x0060: "'", 0x00B4: "'", 0x02BC: "'", 0x02B9: "'", 0x2032: "'",
            0x00AB: "\"", 0x00BB: "\"", 0x201C: "\"", 0x201D: "\"", 0x201E: "\"", 0x2039: "\"", 0x203A: "\"",
            0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2015: "-", 0x2212: "-", 0x00AD: "",
            0x2026: "...", 0x0110: "d", 0x0111: "d", 0x0152: "oe", 0x0153: "oe", 0x00C6: "ae", 0x00E6: "ae",
            0x00D8: "o", 0x00F8: "o", 0x0141: "l", 0x0142: "l", 0x0131: "i", 0x00DF: "ss", 0x00D0: "d", 0x00F0: "d",
            0x00DE: "th", 0x00FE: "th", 0x0401: "\u{0435}", 0x0451: "\u{0435}", 0x0419: "\u{0438}", 0x0439: "\u{0438}",
        ]
        for v in 0..<UInt32(FoldTable.tableSize) {
            guard let s = Unicode.Scalar(v) else { continue }
            let i = Int(v)
            if let sp = special[v] {
                folded[i] = Array(sp.utf8)
                classes[i] = (sp.first?.isLetter ?? false) ? .letter : .punct
                if v == 0x00AD { classes[i] = .mark }
                upper[i] = s.properties.isUppercase
                continue
            }
            let (f, c, u) = FoldTable.compute(s)
            folded[i] = f; classes[i] = c; upper[i] = u
        }
        self.folded = folded
        self.classes = classes
        self.upper = upper
        var flat: [UInt8] = []
        var offsets: [Int32] = [0]
        for f in folded { flat.append(contentsOf: f); offsets.append(Int32(flat.count)) }
        self.flat = flat
        self.offsets = offsets
    }

    /// All folded forms end to end, and where each scalar's form starts: no per-scalar arrays.
    let flat: [UInt8]
    let offsets: [Int32]

    /// Appends the folded bytes of a scalar and tells its class and case — the tokenizer's hot path.
    @inline(__always)
    public func append(_ v: UInt32, to out: inout [UInt8]) -> (cls: CharClass, upper: Bool) {
        if v < 0x80 {
            let b = UInt8(v)
            switch b {
            case 0x61...0x7A: out.append(b); return (.letter, false)
            case 0x41...0x5A: out.append(b + 32); return (.letter, true)
            case 0x30...0x39: out.append(b); return (.digit, false)
            case 0x20, 0x09: out.append(0x20); return (.space, false)
            case 0x0A, 0x0D: out.append(0x20); return (.newline, false)
            default: break
            }
        }
        if v < UInt32(FoldTable.tableSize) {
            let i = Int(v)
            let a = Int(offsets[i]), b = Int(offsets[i + 1])
            var k = a
            while k < b { out.append(flat[k]); k += 1 }
            return (classes[i], upper[i])
        }
        let (f, c, u) = lookup(v)
        out.append(contentsOf: f)
        return (c, u)
    }

    static func compute(_ s: Unicode.Scalar) -> ([UInt8], CharClass, Bool) {
        let v = s.value
        if v < 0x80 {
            let b = UInt8(v)
            switch b {
            case 0x41...0x5A: return ([b + 32], .letter, true)
            case 0x61...0x7A: return ([b], .letter, false)
            case 0x30...0x39: return ([b], .digit, false)
            case 0x0A, 0x0D: return ([0x20], .newline, false)
            case 0x20, 0x09, 0x0B, 0x0C: return ([0x20], .space, false)
            default: return ([b], b < 0x20 ? .space : .punct, false)
            }
        }
        let p = s.properties
        if p.isWhitespace || v == 0x00A0 || v == 0x202F || v == 0x2009 || v == 0x200B || v == 0xFEFF {
            return ([0x20], v == 0x2028 || v == 0x2029 || v == 0x85 ? .newline : .space, false)
        }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return ([], .mark, false)
        default: break
        }
        if p.isAlphabetic {
            let f = String(s).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
            let bytes = Array(f.utf8)
            return (bytes.isEmpty ? Array(String(s).utf8) : bytes, .letter, p.isUppercase)
        }
        if p.numericType != nil, p.generalCategory == .decimalNumber {
            return (Array(String(s).utf8), .letter, false)
        }
        return (Array(String(s).utf8), .punct, false)
    }

    @inline(__always)
    public func lookup(_ v: UInt32) -> (folded: [UInt8], cls: CharClass, upper: Bool) {
        if v < UInt32(FoldTable.tableSize) {
            let i = Int(v)
            return (folded[i], classes[i], upper[i])
        }
        guard let s = Unicode.Scalar(v) else { return ([], .punct, false) }
        return FoldTable.compute(s)
    }

    /// Folds a whole string (for lexicon keys and comparisons).
    public func fold(_ s: String) -> String {
        var out = [UInt8]()
        for u in s.unicodeScalars { out.append(contentsOf: lookup(u.value).folded) }
        return String(decoding: out, as: UTF8.self)
    }
}
