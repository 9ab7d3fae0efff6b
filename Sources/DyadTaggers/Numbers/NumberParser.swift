import DyadText
import Foundation

enum NumKind: Sendable, Equatable { case cardinal, ordinal, fraction }

/// A number read from the tokens.
struct NumResult: Sendable {
    var value: Double
    /// First token (its sign included) and the token after the number.
    var start: Int
    var end: Int
    var kind: NumKind
    /// Ends with a scale word (`800 millions`): French then wants `de` before a currency.
    var endsWithScale = false
    /// Used a suffix that only an amount of money allows (`3m` in `€3m`).
    var usedMoneySuffix = false
    /// Digits glued to letters that are no suffix (`29km`, `3heures`): not a number by itself.
    var attachedLetters = false
    /// Number words read (0 for a digit literal alone).
    var wordCount = 0
    /// Made of the single word `one`/`un` alone.
    var isLoneOne = false
}

/// Folded-byte tests on tokens, without building Strings.
extension TextAnalysis {
    @inline(__always)
    func numPunct(_ j: Int, _ b: UInt8) -> Bool {
        let t = tokens[j]
        return t.kind == .punct && t.fEnd - t.fStart == 1 && folded[Int(t.fStart)] == b
    }

    /// Value and length of a digit token.
    @inline(__always)
    func numDigits(_ j: Int) -> (value: Double, count: Int) {
        let t = tokens[j]
        var v = 0.0
        var k = Int(t.fStart)
        let e = Int(t.fEnd)
        while k < e { v = v * 10 + Double(folded[k] &- 48); k += 1 }
        return (v, e - Int(t.fStart))
    }

    /// Whether token `j` touches the one before it (no space between).
    @inline(__always)
    func numGlued(_ j: Int) -> Bool { j < tokens.count && !tokens[j].spaceBefore }
}

private enum Last: Equatable {
    case none, article, unit, teen(Double), ten(Double), hundred, dozen, scale(Double), digits, fraction
}

private struct State {
    var total = 0.0
    /// The group below the last scale word, and its part after the last hundred.
    var current = 0.0
    var small = 0.0
    var last: Last = .none
    var hasHundred = false
    var lastScale = Double.infinity
    var end: Int
    var kind: NumKind = .cardinal
    var endsWithScale = false
    var usedMoney = false
    var attached = false
    var words = 0
    /// A digit literal was read (no ordinal or fraction word compounds with digits).
    var hadDigits = false
    /// Value of the single word read, when only one (for `un`/`one`).
    var firstWordValue = -1.0
}

extension NumberLexicon {
    private static let minus: UInt8 = 45, dot: UInt8 = 46, comma: UInt8 = 44, slash: UInt8 = 47, caret: UInt8 = 94, plus: UInt8 = 43

    // MARK: Digit literals

    struct Literal {
        var value: Double
        var end: Int
        var integer: Bool
        var ordinalSuffix = false
        var usedMoney = false
        var attached = false
        var scaled = false
        var scale = 1.0
    }

    /// Digits with separators, decimals, exponents, slash fractions and glued suffixes, at `i`.
    /// `slashes`: read `3/4` and `2 1/4` as fractions (not for the date tagger: `1/4` is a day).
    func literal(_ a: TextAnalysis, _ i: Int, money: Bool, suffixes: Bool = true, slashes: Bool = true) -> Literal? {
        let toks = a.tokens
        let n = toks.count
        var value: Double
        var end: Int
        var integer = true
        var plain = true
        let decimalChar = decimalComma ? NumberLexicon.comma : NumberLexicon.dot
        let thousandsChar = decimalComma ? NumberLexicon.dot : NumberLexicon.comma
        if toks[i].kind == .punct {
            // .25 / ,08
            guard i + 1 < n, toks[i + 1].kind == .number, a.numGlued(i + 1), a.numPunct(i, decimalChar),
                  i == 0 || toks[i].spaceBefore || toks[i - 1].kind != .number else { return nil }
            let d = a.numDigits(i + 1)
            value = d.value / pow(10, Double(d.count))
            end = i + 2
            integer = false
            plain = false
        } else {
            guard toks[i].kind == .number else { return nil }
            let first = a.numDigits(i)
            value = first.value
            end = i + 1
            // Inside a dotted chain (192.168.1.2) every later part is a plain integer.
            let chained = i >= 2 && a.numGlued(i) && toks[i - 1].kind == .punct && a.numGlued(i - 1) && toks[i - 2].kind == .number
                && (a.numPunct(i - 1, NumberLexicon.dot) || a.numPunct(i - 1, NumberLexicon.comma))
            if !chained, i + 1 < n, startsGroup(a, i + 1) {
                var groups: [(sep: UInt8, tok: Int)] = []
                var onlySpaces = true
                var k = i + 1
                while k < n {
                    let t = toks[k]
                    if t.kind == .punct, !t.spaceBefore, k + 1 < n, toks[k + 1].kind == .number, a.numGlued(k + 1),
                       a.numPunct(k, NumberLexicon.dot) || a.numPunct(k, NumberLexicon.comma) {
                        groups.append((a.folded[Int(t.fStart)], k + 1)); k += 2; onlySpaces = false; continue
                    }
                    if t.kind == .number, t.spaceBefore, !t.flags.contains(.newlineBefore), a.digitCount(k) == 3,
                       onlySpaces, groups.isEmpty ? first.count <= 3 : true {
                        groups.append((32, k)); k += 1; continue
                    }
                    break
                }
                if !groups.isEmpty {
                    plain = false
                    var idx = 0
                    var intVal = first.value
                    while idx < groups.count, groups[idx].sep == 32 { intVal = intVal * 1000 + a.numDigits(groups[idx].tok).value; idx += 1 }
                    let spaceCount = idx
                    value = intVal
                    end = spaceCount > 0 ? groups[spaceCount - 1].tok + 1 : i + 1
                    if spaceCount < groups.count {
                        let rest = groups[spaceCount...]
                        let lastSep = rest.last!.sep
                        let nLast = rest.reduce(0) { $0 + ($1.sep == lastSep ? 1 : 0) }
                        let three = { (g: (sep: UInt8, tok: Int)) in a.digitCount(g.tok) == 3 }
                        func indian(_ gs: ArraySlice<(sep: UInt8, tok: Int)>) -> Bool {
                            guard !decimalComma, spaceCount == 0, first.count <= 2, let l = gs.last, a.digitCount(l.tok) == 3 else { return false }
                            return gs.dropLast().allSatisfy { a.digitCount($0.tok) == 2 }
                        }
                        var done = false
                        if nLast < rest.count {
                            // Two kinds: the last one, used once, is the decimal mark.
                            let others = rest.dropLast()
                            let othersOK = others.allSatisfy { $0.sep != lastSep } && nLast == 1
                                && ((others.allSatisfy(three) && (first.count <= 3 || spaceCount > 0)) || indian(others))
                            if othersOK {
                                var v = intVal
                                for g in others { let d = a.numDigits(g.tok); v = v * pow(10, Double(d.count)) + d.value }
                                let d = a.numDigits(rest.last!.tok)
                                value = v + d.value / pow(10, Double(d.count))
                                end = rest.last!.tok + 1
                                integer = false
                                done = true
                            }
                        } else if rest.count == 1 {
                            let g = rest.first!
                            let d = a.numDigits(g.tok)
                            if spaceCount == 0 && d.count == 3 && first.count <= 3 && g.sep == thousandsChar {
                                value = intVal * 1000 + d.value
                            } else {
                                value = intVal + d.value / pow(10, Double(d.count))
                                integer = false
                            }
                            end = g.tok + 1
                            done = true
                        } else if spaceCount == 0 && first.count <= 3 && rest.allSatisfy(three) {
                            var v = intVal
                            for g in rest { v = v * 1000 + a.numDigits(g.tok).value }
                            value = v; end = rest.last!.tok + 1; done = true
                        } else if lastSep == NumberLexicon.comma && indian(rest) {
                            var v = intVal
                            for g in rest { let d = a.numDigits(g.tok); v = v * pow(10, Double(d.count)) + d.value }
                            value = v; end = rest.last!.tok + 1; done = true
                        }
                        if !done {
                            // A chain that is no single number: keep its readable head.
                            var v = intVal
                            end = spaceCount > 0 ? groups[spaceCount - 1].tok + 1 : i + 1
                            if decimalComma && spaceCount == 0 && first.count <= 3 {
                                for g in rest {
                                    guard g.sep == NumberLexicon.dot, a.digitCount(g.tok) == 3 else { break }
                                    v = v * 1000 + a.numDigits(g.tok).value
                                    end = g.tok + 1
                                }
                            }
                            value = v
                        }
                    }
                }
            }
        }
        var lit = Literal(value: value, end: end, integer: integer)
        // Glued suffixes.
        guard suffixes, end < n, a.numGlued(end) else {
            if integer && plain && slashes { mixedFraction(a, &lit) }
            return lit
        }
        let t = toks[end]
        if t.kind == .punct {
            if a.numPunct(end, NumberLexicon.caret) {
                // 1,1^23 ; 2,5^-1 ; 1.1^--23
                var k = end + 1
                var neg = false
                while k < n, a.numGlued(k), a.numPunct(k, NumberLexicon.minus) || a.numPunct(k, NumberLexicon.plus) {
                    if a.numPunct(k, NumberLexicon.minus) { neg.toggle() }
                    k += 1
                }
                if k < n, toks[k].kind == .number, a.numGlued(k), let e = literal(a, k, money: false, suffixes: false) {
                    lit.value = pow(value, neg ? -e.value : e.value)
                    lit.end = e.end
                    lit.integer = false
                }
                return lit
            }
            if slashes, a.numPunct(end, NumberLexicon.slash), integer, plain, a.digitCount(i) <= 3, end + 1 < n,
               toks[end + 1].kind == .number, a.numGlued(end + 1), a.digitCount(end + 1) <= 3,
               !(end + 2 < n && a.numGlued(end + 2) && a.numPunct(end + 2, NumberLexicon.slash)),
               !(i > 0 && a.numGlued(i) && a.numPunct(i - 1, NumberLexicon.slash)) {
                // 3/4, but not 22/8 (a day and a month)
                let d = a.numDigits(end + 1).value
                if d > 0 && value < d { lit.value = value / d; lit.end = end + 2; lit.integer = false }
                return lit
            }
            if let w = word(toks, end), w.w.role == .card, w.w.value > 0, w.w.value < 1, integer {
                lit.value = value + w.w.value; lit.end = w.end; lit.integer = false
            }
            return lit
        }
        if t.kind == .word {
            // 1e10, -12e-1, 12,32e+14
            if a.token(end, is: "e"), end + 1 < n, a.numGlued(end + 1) {
                var k = end + 1
                var neg = false
                if a.numPunct(k, NumberLexicon.minus) || a.numPunct(k, NumberLexicon.plus) { neg = a.numPunct(k, NumberLexicon.minus); k += 1 }
                if k < n, toks[k].kind == .number, a.numGlued(k) {
                    let e = a.numDigits(k).value
                    lit.value = value * pow(10, neg ? -e : e)
                    lit.end = k + 1
                    lit.integer = lit.value == lit.value.rounded()
                    return lit
                }
            }
            // 1.3x10^6
            if a.token(end, is: "x"), end + 3 < n, a.numGlued(end + 1), a.token(end + 1, is: "10"), a.numGlued(end + 2),
               a.numPunct(end + 2, NumberLexicon.caret) {
                var k = end + 3
                var neg = false
                if a.numGlued(k), a.numPunct(k, NumberLexicon.minus) || a.numPunct(k, NumberLexicon.plus) { neg = a.numPunct(k, NumberLexicon.minus); k += 1 }
                if k < n, toks[k].kind == .number, a.numGlued(k) {
                    let e = a.numDigits(k).value
                    lit.value = value * pow(10, neg ? -e : e)
                    lit.end = k + 1
                    lit.integer = false
                    return lit
                }
            }
            if let w = word(toks, end) {
                switch w.w.role {
                case .digitScale:
                    if digitScaleFits(w.w, a, end, value: value, money: money) {
                        lit.value = value * w.w.value
                        lit.end = w.end
                        lit.scaled = true
                        lit.scale = w.w.value
                        lit.usedMoney = w.w.flags.contains(.moneyOnly) && !(w.w.flags.contains(.capsOrMoney) && toks[end].isCapitalized)
                        if lit.end < n, a.numGlued(lit.end), toks[lit.end].kind == .word, currencies.longest(toks, at: lit.end) == nil {
                            return Literal(value: value, end: end, integer: integer, attached: true)
                        }
                        return lit
                    }
                case .ordSuffix:
                    if integer && plain && !(w.end < n && a.numGlued(w.end) && toks[w.end].kind != .punct) {
                        lit.end = w.end
                        lit.ordinalSuffix = true
                        return lit
                    }
                case .scale:
                    return lit  // 22bln, 5mln: read by the caller
                default: break
                }
            }
            lit.attached = true
        }
        return lit
    }

    /// Whether a token after `startGroup` could extend a digit run (separator or 3-digit group).
    @inline(__always)
    private func startsGroup(_ a: TextAnalysis, _ k: Int) -> Bool {
        let t = a.tokens[k]
        if t.kind == .number { return t.spaceBefore && a.digitCount(k) == 3 }
        return t.kind == .punct && !t.spaceBefore && (a.numPunct(k, NumberLexicon.dot) || a.numPunct(k, NumberLexicon.comma))
    }

    /// `2 1/4`: an integer, a space, then a proper slash fraction.
    private func mixedFraction(_ a: TextAnalysis, _ lit: inout Literal) {
        let toks = a.tokens
        let k = lit.end
        guard k + 2 < toks.count, toks[k].kind == .number, toks[k].spaceBefore, a.numGlued(k + 1), a.numPunct(k + 1, NumberLexicon.slash),
              toks[k + 2].kind == .number, a.numGlued(k + 2), a.digitCount(k) <= 3, a.digitCount(k + 2) <= 3,
              !(k + 3 < toks.count && a.numGlued(k + 3) && (toks[k + 3].kind != .punct || a.numPunct(k + 3, NumberLexicon.slash))) else { return }
        let num = a.numDigits(k).value, den = a.numDigits(k + 2).value
        guard den > 0, num < den else { return }
        lit.value += num / den
        lit.end = k + 3
        lit.integer = false
    }

    @inline(__always)
    private func digitScaleFits(_ w: NumWord, _ a: TextAnalysis, _ j: Int, value: Double, money: Bool) -> Bool {
        let capital = a.tokens[j].isCapitalized
        if w.flags.contains(.capsOrMoney) { if !(capital || money) { return false } }
        else {
            if w.flags.contains(.capsOnly) && !capital { return false }
            if w.flags.contains(.moneyOnly) && !money { return false }
        }
        if w.flags.contains(.twoDigits) && value < 10 { return false }
        return true
    }

    // MARK: Roman ordinals

    /// `XXIe siècle`, `XIIIe Congrès`, `Ve République`, `Ier`: capital Roman digits glued to an
    /// ordinal suffix of the language, in one word token. One-letter numerals only for I, V, X
    /// (`Ce`, `Le`, `De`, `Me` are words).
    func romanOrdinal(_ a: TextAnalysis, _ i: Int) -> Int? {
        guard romanOrdinals else { return nil }
        let t = a.tokens[i]
        let len = Int(t.fEnd - t.fStart)
        guard t.kind == .word, t.isCapitalized, len >= 2, len <= 12, t.end - t.start == len else { return nil }
        let f = Int(t.fStart)
        var k = 0
        var value = 0
        var prev = 0
        while k < len {
            let u = a.scalars[t.start + k].value
            let v: Int
            switch u {
            case 73: v = 1      // I
            case 86: v = 5      // V
            case 88: v = 10     // X
            case 76: v = 50     // L
            case 67: v = 100    // C
            case 68: v = 500    // D
            case 77: v = 1000   // M
            default: v = 0
            }
            if v == 0 { break }
            value += v
            if prev > 0 && prev < v { value -= 2 * prev }
            prev = v
            k += 1
        }
        guard k > 0, k < len, value > 0, value < 4000 else { return nil }
        if k == 1, !(prev == 1 || prev == 5 || prev == 10) { return nil }
        // The suffix: the rest of the token, an ordinal suffix of the language.
        let h = fnv1a(a.folded[(f + k)..<(f + len)])
        let p = words.longestHash(h)
        guard p >= 0, entries[Int(p)].role == .ordSuffix else { return nil }
        // Roman ordinals take only `e`/`ème`, and `er`/`re` for 1 (`Ier`): `Inde` is no `I`+`nde`.
        let suffix = Array(a.folded[(f + k)..<(f + len)])
        let generic = suffix == Array("e".utf8) || suffix == Array("eme".utf8)
        let first = (suffix == Array("er".utf8) || suffix == Array("re".utf8)) && value == 1
        guard generic || first else { return nil }
        // Canonical spelling only (no IIII, no VX).
        guard romanSpelling(value) == Array(a.folded[f..<(f + k)]) else { return nil }
        return value
    }

    private func romanSpelling(_ n: Int) -> [UInt8] {
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
                                      (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var n = n
        var out: [UInt8] = []
        for (v, s) in table { while n >= v { out.append(contentsOf: s.utf8); n -= v } }
        return out
    }

    // MARK: Numbers

    /// A number (digits or words, with its sign) starting at token `i`.
    func parse(_ a: TextAnalysis, _ i: Int, money: Bool = false, slashes: Bool = true) -> NumResult? {
        let toks = a.tokens
        let n = toks.count
        guard i < n else { return nil }
        var j = i
        var sign = 1.0
        if a.numPunct(i, NumberLexicon.minus) {
            guard i + 1 < n, toks[i + 1].kind == .number, a.numGlued(i + 1),
                  i == 0 || toks[i].spaceBefore || toks[i - 1].kind == .punct else { return nil }
            if i > 0, a.numGlued(i), a.numPunct(i - 1, NumberLexicon.minus) { return nil }
            sign = -1; j = i + 1
        } else if toks[i].kind == .word, let w = word(toks, i), w.w.role == .minus {
            guard w.end < n, toks[w.end].kind == .number || word(toks, w.end).map({ $0.w.role == .card }) == true else { return nil }
            sign = -1; j = w.end
        }
        guard var r = magnitude(a, j, money: money, afterAnd: false, depth: 0, slashes: slashes) else { return nil }
        if sign < 0 { r.value = -r.value; r.start = i }
        return r
    }

    @inline(__always)
    private func atom(_ v: Double) -> Last {
        if v > 0 && v < 1 { return .fraction }
        if v < 10 { return .unit }
        if v < 20 { return .teen(v) }
        return .ten(v)
    }

    @inline(__always)
    private func canAdd(_ last: Last, _ v: Double) -> Bool {
        switch last {
        case let .ten(t): return (v >= 1 && v <= 9) || ((t == 60 || t == 80) && v >= 10 && v <= 19)
        case let .teen(t): return t == 10 && v >= 7 && v <= 9
        case .hundred: return v >= 1 && v <= 99
        case let .scale(m): return v >= 1 && v < m
        default: return false
        }
    }

    /// Whether the word at `j` can continue a number (for hyphens between number words).
    @inline(__always)
    private func continuesNumber(_ toks: [Token], _ j: Int) -> Bool {
        guard j < toks.count, toks[j].kind == .word, let w = word(toks, j) else { return false }
        switch w.w.role {
        case .card, .ordinal, .hundred, .scale, .fraction, .dozen: return true
        default: return false
        }
    }

    /// The words after `point`/`virgule` read digit by digit: `zero three` → .03, `seventy-one` → .71.
    private func decimalWords(_ a: TextAnalysis, _ i: Int) -> (value: Double, end: Int)? {
        let toks = a.tokens
        var j = i
        var digits = 0.0
        var count = 0
        while j < toks.count {
            if toks[j].kind == .number, count == 0 || toks[j].spaceBefore {
                let d = a.numDigits(j)
                digits = digits * pow(10, Double(d.count)) + d.value; count += d.count; j += 1; continue
            }
            guard let w = word(toks, j), w.w.role == .card, w.w.value >= 0, w.w.value < 100, w.w.value == w.w.value.rounded() else { break }
            var v = w.w.value
            var e = w.end
            if v >= 20 {
                var k = e
                if k < toks.count, toks[k].hash == NumberLexicon.hyphenHash { k += 1 }
                if let u = word(toks, k), u.w.role == .card, u.w.value >= 1, u.w.value <= 9 { v += u.w.value; e = u.end }
            }
            let nd = v >= 10 ? 2 : 1
            digits = digits * pow(10, Double(nd)) + v
            count += nd
            j = e
        }
        guard count > 0 else { return nil }
        return (digits / pow(10, Double(count)), j)
    }

    /// A denominator at `j`: an ordinal (`cinquième`, `fifths`), a compound of tens and an ordinal
    /// (`vingt-cinquième`, `twenty-firsts`, `vingt et unième`), or a fraction word (`tiers`, `half`).
    private func denominator(_ toks: [Token], _ j: Int) -> (value: Double, end: Int, plural: Bool, ordinalWord: Bool)? {
        guard let w = word(toks, j) else { return nil }
        switch w.w.role {
        case .fraction:
            return (w.w.value, w.end, w.w.flags.contains(.plural), false)
        case .ordinal:
            guard !w.w.flags.contains(.noFraction), !w.w.flags.contains(.compoundOnly) else { return nil }
            return (w.w.value, w.end, w.w.flags.contains(.plural), true)
        case .card:
            let t = w.w.value
            guard t >= 20, t <= 90, t.truncatingRemainder(dividingBy: 10) == 0 else { return nil }
            var k = w.end
            if k < toks.count, toks[k].hash == NumberLexicon.hyphenHash { k += 1 }
            else if k < toks.count, let c = word(toks, k), c.w.role == .and { k = c.end }
            guard let o = word(toks, k), o.w.role == .ordinal, o.w.value >= 1, o.w.value <= 9 else { return nil }
            return (t + o.w.value, o.end, o.w.flags.contains(.plural), true)
        default:
            return nil
        }
    }

    /// Whether `un cinquième` / `a fifth` reads as a fraction: yes before punctuation, the end,
    /// or `of`/`de`; no before a noun (`un quatrième mandat`, `a fifth term`).
    @inline(__always)
    private func fractionOfOne(_ toks: [Token], _ end: Int) -> Bool {
        guard end < toks.count, toks[end].kind == .word else { return true }
        if let w = word(toks, end), w.w.role == .of { return true }
        return false
    }

    /// The value part of a number (no sign) starting at `i`. `afterAnd` reads the fraction
    /// after *and*/*et* (`and a half`, `et demi`, `and three fifths`): no scale words there.
    /// `depth` bounds the nesting of *and* fractions and *over* denominators (each nests once).
    private func magnitude(_ a: TextAnalysis, _ i: Int, money: Bool, afterAnd: Bool, depth: Int, slashes: Bool = true) -> NumResult? {
        let toks = a.tokens
        let n = toks.count
        var s = State(end: i)
        var snap: State? = nil
        var j = i

        func result(_ st: State) -> NumResult? {
            switch st.last {
            case .none, .article: return nil
            default: break
            }
            var r = NumResult(value: st.total + st.current, start: i, end: st.end, kind: st.kind)
            r.endsWithScale = st.endsWithScale
            r.usedMoneySuffix = st.usedMoney
            r.attachedLetters = st.attached
            r.wordCount = st.words
            r.isLoneOne = st.words == 1 && st.firstWordValue == 1 && st.kind == .cardinal
            return r
        }
        func makeFraction(_ st: inout State, over d: Double, end: Int) {
            st.current = (st.total + st.current) / d
            st.total = 0
            st.small = st.current
            st.kind = .fraction
            st.end = end
            st.last = .fraction
            st.words += 1
            st.lastScale = .infinity
        }

        loop: while j < n {
            let t = toks[j]
            if j > i && t.flags.contains(.paragraphBefore) { break }

            // Hyphen between number words: vingt-deux, fifty - two, demi-million.
            if j > i, t.hash == NumberLexicon.hyphenHash {
                switch s.last {
                case .none, .digits: break loop
                default: if continuesNumber(toks, j + 1) { j += 1; continue loop } else { break loop }
                }
            }

            if t.kind == .number || (j == i && t.kind == .punct && s.last == .none && toks.count > j + 1 && toks[j + 1].kind == .number) {
                switch s.last {
                case .none:
                    guard let lit = literal(a, j, money: money, slashes: slashes) else { break loop }
                    if lit.ordinalSuffix {
                        var r = NumResult(value: lit.value, start: i, end: lit.end, kind: .ordinal)
                        r.wordCount = 0
                        return r
                    }
                    s.current = lit.value
                    s.small = lit.value
                    s.last = .digits
                    s.hadDigits = true
                    s.usedMoney = lit.usedMoney
                    s.attached = lit.attached
                    if lit.scaled {
                        s.total = lit.value; s.current = 0; s.small = 0
                        s.last = .scale(lit.scale); s.endsWithScale = true; s.lastScale = lit.scale
                    }
                    if !lit.integer && lit.value < 1 && lit.value > 0 && !lit.scaled { s.kind = .fraction }
                    s.end = lit.end
                    j = lit.end
                    if lit.attached { break loop }
                    continue loop
                case .hundred, .scale:
                    // 4 thousand 3 hundred, 3 hundred and 21
                    guard a.digitCount(j) <= 3, let lit = literal(a, j, money: false), lit.integer, !lit.ordinalSuffix, !lit.attached else {
                        if snap != nil { s = snap! }
                        break loop
                    }
                    let limit: Double
                    if case let .scale(m) = s.last { limit = m } else { limit = 100 }
                    guard lit.value >= 1, lit.value < limit else {
                        if snap != nil { s = snap! }
                        break loop
                    }
                    s.current += lit.value
                    s.small = lit.value
                    s.last = .digits
                    s.hadDigits = true
                    s.end = lit.end
                    j = lit.end
                    continue loop
                default:
                    if snap != nil { s = snap! }
                    break loop
                }
            }

            guard let (w, e) = word(toks, j) else { break loop }
            switch w.role {
            case .card:
                let v = w.value
                if s.last == .none {
                    s.current = v; s.small = v; s.last = atom(v)
                    if v > 0 && v < 1 { s.kind = .fraction }
                    s.firstWordValue = v
                } else if canAdd(s.last, v) {
                    s.current += v; s.small += v; s.last = atom(v)
                } else {
                    if snap != nil { s = snap!; break loop }
                    // un vingt-cinquième, three twenty-firsts, a twenty-first
                    if let d = denominator(toks, j), d.ordinalWord {
                        let one = s.total + s.current == 1 && s.words <= 1
                        if d.plural || !one || fractionOfOne(toks, d.end) {
                            if s.last == .article { s.current = 1; s.last = .unit }
                            makeFraction(&s, over: d.value, end: d.end); j = d.end
                            continue loop
                        }
                    }
                    break loop
                }
            case .article:
                if s.last == .none {
                    s.current = 1; s.small = 1; s.last = .article
                } else if s.last == .fraction, let nx = word(toks, e), nx.w.role == .scale || nx.w.role == .dozen {
                    j = e; continue loop  // half a dozen, half a million
                } else { break loop }
            case .hundred:
                switch s.last {
                case .none:
                    guard w.flags.contains(.alone) else { break loop }
                    s.current = 100
                case .article:
                    s.current = 100
                case .digits:
                    if w.flags.contains(.noDigits) { break loop }
                    if s.hasHundred {
                        if snap != nil { s = snap! }
                        break loop
                    }
                    s.current *= 100
                case .unit, .teen, .ten:
                    if s.hasHundred || s.current >= 100 {
                        if snap != nil { s = snap! }
                        break loop
                    }
                    s.current *= 100
                default:
                    if snap != nil { s = snap! }
                    break loop
                }
                s.small = 0; s.hasHundred = true; s.last = .hundred
            case .dozen:
                switch s.last {
                case .none: break loop
                case .article, .unit, .teen, .ten, .digits, .fraction:
                    let base = s.last == .article ? 1 : s.small
                    s.current = s.current - s.small + base * 12
                    s.small = 0; s.last = .dozen
                default:
                    if snap != nil { s = snap! }
                    break loop
                }
            case .scale:
                if afterAnd { break loop }
                let m = w.value
                switch s.last {
                case .none:
                    guard w.flags.contains(.alone) else { break loop }
                    s.total = m; s.lastScale = m
                case let .scale(prev):
                    // mille milliards, three lakh crore
                    guard m > prev, s.current == 0 else {
                        if snap != nil { s = snap! }
                        break loop
                    }
                    s.total *= m; s.lastScale = s.total
                default:
                    let base = s.last == .article ? 1 : s.current
                    guard m < s.lastScale else {
                        if snap != nil { s = snap! }
                        break loop
                    }
                    s.total += base * m; s.lastScale = m
                }
                s.current = 0; s.small = 0; s.hasHundred = false; s.last = .scale(m); s.endsWithScale = true
                if s.kind == .fraction && s.total == s.total.rounded() { s.kind = .cardinal }
            case .digitScale:
                // 2,33 k ; 1,674.5 G
                guard s.last == .digits, s.words == 0, digitScaleFits(w, a, j, value: s.current, money: money),
                      !(e < n && a.numGlued(e) && toks[e].kind == .word) else { break loop }
                s.current *= w.value
                if w.flags.contains(.moneyOnly) && !(w.flags.contains(.capsOrMoney) && toks[j].isCapitalized) { s.usedMoney = true }
                s.last = .scale(w.value); s.lastScale = w.value; s.endsWithScale = true
                s.total += s.current; s.current = 0; s.small = 0
                if s.kind == .fraction { s.kind = .cardinal }
            case .ordinal:
                let v = w.value
                let plural = w.flags.contains(.plural)
                switch s.last {
                case .none:
                    if plural || w.flags.contains(.compoundOnly) || afterAnd { break loop }
                    return NumResult(value: v, start: i, end: e, kind: .ordinal, wordCount: 1)
                default:
                    if s.last == .fraction || s.last == .dozen || s.hadDigits {
                        if snap != nil { s = snap! }
                        break loop
                    }
                    // one hundred thirty-fifths: a hyphen binds the tens to a plural ordinal
                    if plural, case let .ten(t) = s.last, j > 0, toks[j - 1].hash == NumberLexicon.hyphenHash,
                       a.numGlued(j), s.total + s.current - t > 0 {
                        s.current -= t
                        makeFraction(&s, over: t + v, end: e); j = e
                        continue loop
                    }
                    let numerator = s.last == .article ? 1 : s.total + s.current
                    let one = numerator == 1 && s.words <= 1
                    if v >= 100 && !w.flags.contains(.compoundOnly) {
                        // deux centième = 200th; un centième, quatre centièmes = fractions
                        if plural || one {
                            if !plural && one && !afterAnd && !fractionOfOne(toks, e) { break loop }
                            if s.last == .article { s.current = 1; s.last = .unit }
                            makeFraction(&s, over: v, end: e); j = e
                            continue loop
                        }
                        if s.last == .article { break loop }
                        return NumResult(value: numerator * v, start: i, end: e, kind: .ordinal, wordCount: s.words + 1)
                    }
                    if !plural && canAdd(s.last, v) {
                        // cent vingt-cinquième, vingt et unième
                        return NumResult(value: s.total + s.current + v, start: i, end: e, kind: .ordinal, wordCount: s.words + 1)
                    }
                    if let sn = snap { s = sn; break loop }
                    guard let d = denominator(toks, j) else { break loop }
                    // one-third stake: the hyphen makes it a fraction whatever follows
                    let hyphened = j > 1 && toks[j - 1].hash == NumberLexicon.hyphenHash && a.numGlued(j) && a.numGlued(j - 1)
                    if !d.plural && one && !afterAnd && !hyphened && !fractionOfOne(toks, d.end) { break loop }
                    if s.last == .article { s.current = 1; s.last = .unit }
                    makeFraction(&s, over: d.value, end: d.end); j = d.end
                    continue loop
                }
            case .fraction:
                let d = w.value
                switch s.last {
                case .none:
                    var k = e
                    if k < n, toks[k].hash == NumberLexicon.hyphenHash { k += 1 }
                    let scaleNext = word(toks, k).map { $0.w.role == .scale } ?? false
                    let articleScale: Bool = {
                        guard let ar = word(toks, k), ar.w.role == .article, let sc = word(toks, ar.end) else { return false }
                        return sc.w.role == .scale || sc.w.role == .dozen
                    }()
                    guard scaleNext || articleScale || w.flags.contains(.alone) || afterAnd else { break loop }
                    s.current = 1 / d; s.small = s.current; s.last = .fraction; s.kind = .fraction
                case .article, .unit, .teen, .ten, .hundred, .digits:
                    let numerator = s.last == .article ? 1 : s.total + s.current
                    s.total = 0; s.current = numerator / d; s.small = s.current
                    s.last = .fraction; s.kind = .fraction
                default:
                    if snap != nil { s = snap! }
                    break loop
                }
            case .and:
                switch s.last {
                case .none, .article: break loop
                default: break
                }
                // and a half, et demi, and three fifths, et un cinquième
                if depth < 2, e < n, let f = magnitude(a, e, money: false, afterAnd: true, depth: depth + 1), f.kind == .fraction {
                    var k = f.end
                    if k < n, toks[k].hash == NumberLexicon.hyphenHash { k += 1 }
                    if let sw = word(toks, k), sw.w.role == .scale, sw.w.value < s.lastScale, !afterAnd {
                        if case .scale = s.last {
                            // one billion and a half million
                            s.total += f.value * sw.w.value
                            s.lastScale = sw.w.value
                            s.last = .scale(sw.w.value)
                            s.end = sw.end; j = sw.end; s.words += 2
                            continue loop
                        }
                        // five and a half million
                        s.current += f.value; s.small += f.value; s.last = .fraction
                        s.end = f.end; j = f.end; s.words += 1
                        continue loop
                    }
                    if case let .scale(m) = s.last { s.total += f.value * m } else { s.current += f.value }
                    s.kind = (s.total + s.current).rounded() == s.total + s.current ? s.kind : .fraction
                    s.last = .fraction
                    s.end = f.end; j = f.end; s.words += 1
                    continue loop
                }
                guard e < n else { break loop }
                let nextIsCard: Bool = {
                    if toks[e].kind == .number { return true }
                    guard let c = word(toks, e) else { return false }
                    return c.w.role == .card || (c.w.role == .ordinal && c.w.flags.contains(.compoundOnly))
                }()
                guard nextIsCard else { break loop }
                switch s.last {
                case .hundred, .scale:
                    if snap == nil { snap = s }
                    j = e
                    continue loop
                case .ten:
                    if toks[e].kind == .number { break loop }
                    if snap == nil { snap = s }
                    j = e
                    continue loop
                default:
                    break loop
                }
            case .point:
                switch s.last {
                case .none, .article, .scale, .fraction, .dozen: break loop
                default: break
                }
                guard let d = decimalWords(a, e) else { break loop }
                s.current += d.value
                s.small += d.value
                s.last = .digits
                if d.value != 0 { s.kind = .fraction }
                s.end = d.end; j = d.end; s.words += 1
                continue loop
            case .of:
                // two thirds of a million
                if s.last == .fraction, let ar = word(toks, e), ar.w.role == .article, let sc = word(toks, ar.end),
                   sc.w.role == .scale || sc.w.role == .dozen {
                    j = ar.end; continue loop
                }
                break loop
            default:
                break loop
            }
            s.words += 1
            s.end = e
            j = e
        }

        guard var r = result(s) else { return nil }
        if afterAnd { return r }
        // n over m, un sur trois, one out of three, 1 in twenty-one
        if r.kind != .ordinal, r.end < n, let op = word(toks, r.end) {
            switch op.w.role {
            case .over, .outOf, .ratioIn:
                if depth < 1, let m = magnitude(a, op.end, money: false, afterAnd: false, depth: depth + 1), m.kind == .cardinal, m.value != 0 {
                    let ok: Bool
                    switch op.w.role {
                    case .over: ok = !(m.end < n && toks[m.end].kind == .word && !toks[m.end].flags.contains(.newlineBefore))
                    case .outOf: ok = r.value < m.value
                    default: ok = r.value == 1 && m.value > 1 && m.wordCount > 0
                    }
                    if ok {
                        r.value /= m.value
                        r.end = m.end
                        r.kind = .fraction
                        r.isLoneOne = false
                        r.endsWithScale = false
                        r.wordCount += m.wordCount + 1
                    }
                }
            default: break
            }
        }
        return r
    }
}
