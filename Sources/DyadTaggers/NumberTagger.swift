import DyadCore
import DyadText
import Foundation

/// Numbers, ordinals, percents and money, from `<lang>/numbers.tsv` and `<lang>/money.tsv`.
///
/// Numbers are digits with the separators of the language (`1 000 000`, `1,000,000`, `30,4`,
/// `1.000.000` in French), or number words (`quatre-vingt-dix-sept`, `one hundred twenty`),
/// possibly with a scale (`1,5 milliard`, `$22bln`), a fraction (`deux tiers`, `one and a half`)
/// or a sign. Money is an amount with a currency before or after it (`US$5 million`,
/// `800 millions de dollars`), with `approx`/`mod` from the words before it (`près d'un milliard
/// de dollars`). Priorities: number 0, ordinal 1, money and percent 2.
public struct NumberTagger: MentionTagger {
    public let lang: String
    let lex: NumberLexicon

    public init(lang: String) {
        self.lang = lang
        self.lex = NumberLexicon.shared(lang)
    }

    // MARK: Public parsing API (also used by the date tagger)

    /// A number written with digits or words starting at token `i`: its value and the token after it.
    /// Slashes are left to the caller (`1/4` is a day and a month there, not a quarter); digits glued
    /// to a unit still read (`3heures` → 3, ending before `heures`).
    public func parseNumber(_ a: TextAnalysis, at i: Int) -> (value: Double, end: Int)? {
        guard i < a.tokens.count, let r = lex.parse(a, i, slashes: false), r.kind != .ordinal else { return nil }
        return (r.value, r.end)
    }

    /// An ordinal (`66e`, `1er`, `troisième`, `vingt et unième`, `21st`, `third`) starting at token `i`.
    public func parseOrdinal(_ a: TextAnalysis, at i: Int) -> (value: Int, end: Int)? {
        guard i < a.tokens.count else { return nil }
        if a.tokens[i].kind == .word, a.tokens[i].isCapitalized, let v = lex.romanOrdinal(a, i) { return (v, i + 1) }
        guard let r = lex.parse(a, i), r.kind == .ordinal, r.value >= 0, r.value < 1e15 else { return nil }
        return (Int(r.value), r.end)
    }

    // MARK: Tagging

    public func tag(_ ctx: TagContext, into mentions: inout [Mention]) {
        let a = ctx.analysis
        let toks = a.tokens
        let n = toks.count
        var context = CurrencyContext()
        var i = 0
        while i < n {
            let t = toks[i]
            var bits: Int32
            switch t.kind {
            case .number:
                bits = StartBits.number.rawValue
            case .word:
                bits = lex.starters.get(t.hash)
                if bits < 0 {
                    if t.isCapitalized, let v = lex.romanOrdinal(a, i) {
                        mentions.append(Mention(kind: .ordinal, start: t.start, end: t.end, value: .number(Double(v)),
                                                source: "ordinal-roman", priority: 1))
                    }
                    i += 1
                    continue
                }
            case .punct:
                bits = max(0, lex.starters.get(t.hash))
                if i + 1 < n, toks[i + 1].kind == .number, a.numGlued(i + 1),
                   a.numPunct(i, 45) || a.numPunct(i, 46) || a.numPunct(i, 44) { bits |= StartBits.number.rawValue }
                if bits == 0 { i += 1; continue }
            }
            let next = handle(a, i, StartBits(rawValue: bits), &mentions, &context)
            i = max(next, i + 1)
        }
    }

    /// Which currencies the article names unambiguously, to read `¥` as yuan or yen; and the
    /// last amount of money, whose currency a following `dont 67 milliards` carries on.
    struct CurrencyContext {
        var codes: Set<Int32>? = nil
        var lastMoneyEnd = -1
        var lastMoneyCode: String? = nil
    }

    /// Reads what starts at token `i`; returns the token to go on from.
    private func handle(_ a: TextAnalysis, _ i: Int, _ bits: StartBits, _ mentions: inout [Mention],
                        _ context: inout CurrencyContext) -> Int {
        let toks = a.tokens
        let n = toks.count
        if toks[i].kind == .word, let w = lex.word(toks, i) {
            switch w.w.role {
            case .url:
                var k = i + 1
                while k < n, !toks[k].spaceBefore { k += 1 }
                return k
            case .skip:
                return w.end
            default: break
            }
        }

        // Currency before the amount: $22 billion, US$5 million, €3m, EUR 1000, MAUD 60.
        if bits.contains(.currency), let c = lex.currency(a, i, standing: true) {
            let form = c.form
            if form.prefix, c.end < n, !toks[c.end].flags.contains(.newlineBefore),
               toks[c.end].kind == .number || toks[c.end].kind == .word || lex.isDecimalStart(a, c.end),
               let r = lex.parse(a, c.end, money: true), r.kind != .ordinal, !r.attachedLetters {
                var value = r.value * form.factor
                var end = r.end
                guard value.isFinite else { return end }
                let code = currencyCode(form, a, &context)
                if !r.endsWithScale && form.factor == 1 { addSubunit(a, &value, &end) }
                emitMoney(a, start: i, end: end, value: value, code: code, &mentions, &context)
                return end
            }
        }

        if bits.contains(.number) {
            if var r = lex.parse(a, i) {
                if r.attachedLetters, let m = lex.parse(a, i, money: true), m.usedMoneySuffix, currencyAfter(a, m) != nil { r = m }
                return classify(a, r, &mentions, &context)
            }
        }

        // percent of 10, pourcentage de vingt; a bare % or percentage.
        if bits.contains(.percentWord), let w = lex.word(toks, i), w.w.role == .percent {
            if w.w.flags.contains(.prefix), w.end < n, let o = lex.word(toks, w.end), o.w.role == .of,
               let r = lex.parse(a, o.end), r.kind != .ordinal, !r.attachedLetters, r.value.isFinite {
                emitPercent(a, start: i, end: r.end, value: r.value, &mentions)
                return r.end
            }
            if w.end == i + 1 {
                mentions.append(Mention(kind: .percent, start: toks[i].start, end: toks[i].end, source: "percent-word", priority: 0))
                return w.end
            }
        }

        // A currency named with no amount: *multibillion-dollar deal*.
        if bits.contains(.currency), let c = lex.currency(a, i, standing: true) {
            let form = c.form
            if form.bare && bareCurrencyHolds(a, i, c.end) {
                mentions.append(Mention(kind: .money, start: toks[i].start, end: toks[c.end - 1].end, source: "currency-name", priority: 0))
                return c.end
            }
        }
        return i + 1
    }

    /// A currency name alone is written in lower case, or capitalised only to open a sentence
    /// (`Dollar: 143,80 yens`); capitalised elsewhere it is part of a name (`Hưng Yên`).
    private func bareCurrencyHolds(_ a: TextAnalysis, _ i: Int, _ end: Int) -> Bool {
        let toks = a.tokens
        guard toks[i].isCapitalized else { return true }
        let opens = i == 0 || toks[i].flags.contains(.newlineBefore) || a.numPunct(i - 1, 46) || a.numPunct(i - 1, 33)
            || a.numPunct(i - 1, 63) || a.numPunct(i - 1, 34)
        guard opens else { return false }
        return !(end < toks.count && toks[end].kind == .word && toks[end].isCapitalized)
    }

    /// Emits what a number read at its start turns out to be: ordinal, percent, money or number.
    private func classify(_ a: TextAnalysis, _ r: NumResult, _ mentions: inout [Mention], _ context: inout CurrencyContext) -> Int {
        let toks = a.tokens
        let n = toks.count
        guard r.value.isFinite else { return r.end }
        if r.kind == .ordinal {
            mentions.append(Mention(kind: .ordinal, start: toks[r.start].start, end: toks[r.end - 1].end,
                                     value: .number(r.value.rounded()), source: r.wordCount > 0 ? "ordinal-words" : "ordinal-digits", priority: 1))
            return r.end
        }
        // 12,5 %, 10 pour cent, fifteen per cent
        if r.end < n, let p = lex.word(toks, r.end), p.w.role == .percent {
            emitPercent(a, start: r.start, end: p.end, value: r.value, &mentions)
            return p.end
        }
        if let c = currencyAfter(a, r) {
            let form = c.form
            var value = r.value * form.factor
            var end = c.end
            // 75 USD million
            if !r.endsWithScale, end < n, let s = lex.word(toks, end), s.w.role == .scale {
                value *= s.w.value
                end = s.end
            } else if !r.endsWithScale && form.factor == 1 {
                addSubunit(a, &value, &end)
            }
            let code = currencyCode(form, a, &context)
            emitMoney(a, start: r.start, end: end, value: value, code: code, &mentions, &context)
            return end
        }
        if r.attachedLetters { return r.end }
        // ... 95 milliards d'USD, dont 67 milliards des importations: the currency carries on.
        if r.endsWithScale, context.lastMoneyEnd >= 0, r.start - context.lastMoneyEnd <= 12,
           let m = lex.modifiers.longestBackward(toks, before: r.start), lex.modifierKinds[Int(m.payload)] == .carry,
           !sentenceBreak(a, from: context.lastMoneyEnd, to: m.start) {
            mentions.append(Mention(kind: .money, start: toks[r.start].start, end: toks[r.end - 1].end,
                                    value: .money(tidy(r.value), currency: context.lastMoneyCode), source: "money-carried", priority: 2))
            context.lastMoneyEnd = r.end
            return r.end
        }
        // A320, G7, H5N1: digits glued to letters before them are part of a name.
        if r.start > 0, toks[r.start].kind == .number, a.numGlued(r.start), toks[r.start - 1].kind == .word { return r.end }
        // "the one you mentioned": a pronoun.
        if r.isLoneOne, r.start > 0, let b = lex.word(toks, r.start - 1), b.w.role == .blocker, b.end == r.start { return r.end }
        mentions.append(Mention(kind: .number, start: toks[r.start].start, end: toks[r.end - 1].end, value: .number(tidy(r.value)),
                                source: r.wordCount > 0 ? "number-words" : "digits", priority: 0))
        return r.end
    }

    /// A currency right after a number: `10 $`, `100元`, `800 millions de dollars`, `one-yen`, `12-cent`.
    private func currencyAfter(_ a: TextAnalysis, _ r: NumResult) -> (form: CurrencyForm, end: Int)? {
        let toks = a.tokens
        let n = toks.count
        var k = r.end
        guard k < n, !toks[k].flags.contains(.paragraphBefore) else { return nil }
        if toks[k].hash == NumberLexicon.hyphenHash, a.numGlued(k), k + 1 < n, a.numGlued(k + 1), toks[k + 1].kind == .word {
            k += 1
        } else if r.endsWithScale, let o = lex.word(toks, k), o.w.role == .of,
                  let c = lex.currency(a, o.end, standing: false), !gluedToDigits(a, c.end) {
            return c
        }
        guard let c = lex.currency(a, k, standing: false), !gluedToDigits(a, c.end) else { return nil }
        return c
    }

    /// `USD50` after `3` belongs to the 50, not the 3.
    @inline(__always)
    private func gluedToDigits(_ a: TextAnalysis, _ k: Int) -> Bool {
        k < a.tokens.count && a.numGlued(k) && a.tokens[k].kind == .number
    }

    /// Cents after a main amount: `15 dollars et 15 cents`, `3 dollars 50`, `c $ 100 and fifty`.
    private func addSubunit(_ a: TextAnalysis, _ value: inout Double, _ end: inout Int) {
        let toks = a.tokens
        let n = toks.count
        guard value == value.rounded(), value < 1e7 else { return }
        var k = end
        var sawAnd = false
        if k < n, let w = lex.word(toks, k), w.w.role == .and { k = w.end; sawAnd = true }
        guard k < n, !toks[k].flags.contains(.newlineBefore), toks[k].kind == .number || toks[k].kind == .word,
              var m = lex.parse(a, k), m.kind == .cardinal, !m.attachedLetters else { return }
        // quarante-cinq cents: the sub-unit, not a hundred
        if m.value >= 100, m.wordCount > 1, let c = lex.currency(a, m.end - 1, standing: false), c.form.factor == 0.01,
           c.end == m.end, m.value.truncatingRemainder(dividingBy: 100) == 0 {
            m.value /= 100
            m.end -= 1
        }
        guard m.value >= 1, m.value <= 99, m.value == m.value.rounded() else { return }
        if m.end < n, let c = lex.currency(a, m.end, standing: false) {
            let sub = c.form
            guard sub.factor == 0.01 else { return }
            value += m.value / 100
            end = c.end
            return
        }
        // No sub-unit named: only two digits or words, and nothing more to the amount.
        if m.wordCount == 0 && a.digitCount(k) != 2 { return }
        if !sawAnd && m.wordCount == 0 && toks[k].flags.contains(.newlineBefore) { return }
        if m.end < n, toks[m.end].kind == .word, !(lex.word(toks, m.end).map { $0.w.role == .and } ?? false) { return }
        value += m.value / 100
        end = m.end
    }

    /// The code of a currency form: its first code, unless the article names another of its codes.
    private func currencyCode(_ form: CurrencyForm, _ a: TextAnalysis, _ context: inout CurrencyContext) -> String? {
        guard form.codes.count > 1 else { return lex.codes[Int(form.codes[0])] }
        if context.codes == nil {
            var seen = Set<Int32>()
            let toks = a.tokens
            var k = 0
            while k < toks.count {
                if lex.currencies.startsWith(toks[k].hash), let c = lex.currency(a, k, standing: false) {
                    let f = c.form
                    if f.codes.count == 1 { seen.insert(f.codes[0]) }
                    k = c.end
                } else { k += 1 }
            }
            context.codes = seen
        }
        let seen = context.codes!
        if !seen.contains(form.codes[0]), let other = form.codes.dropFirst().first(where: { seen.contains($0) }) {
            return lex.codes[Int(other)]
        }
        return lex.codes[Int(form.codes[0])]
    }

    /// The modifier words before an amount (`près d'`, `about`, `plus de`), if any.
    private func modifier(_ a: TextAnalysis, before start: Int) -> (kind: AmountModifier, start: Int)? {
        guard let m = lex.modifiers.longestBackward(a.tokens, before: start), lex.modifierKinds[Int(m.payload)] != .carry else { return nil }
        return (lex.modifierKinds[Int(m.payload)], m.start)
    }

    /// A sentence end (. ! ? or a line break) between tokens `from` and `to`.
    private func sentenceBreak(_ a: TextAnalysis, from: Int, to: Int) -> Bool {
        let toks = a.tokens
        var k = max(0, from)
        while k < min(to, toks.count) {
            if toks[k].flags.contains(.newlineBefore) && k > from { return true }
            if a.numPunct(k, 46) || a.numPunct(k, 33) || a.numPunct(k, 63) || a.numPunct(k, 59) { return true }
            k += 1
        }
        return false
    }

    private func emitMoney(_ a: TextAnalysis, start: Int, end: Int, value: Double, code: String?, _ mentions: inout [Mention],
                           _ context: inout CurrencyContext) {
        let toks = a.tokens
        context.lastMoneyEnd = end
        context.lastMoneyCode = code
        let (s, approx, mod) = modified(a, start)
        mentions.append(Mention(kind: .money, start: toks[s].start, end: toks[end - 1].end, value: .money(tidy(value), currency: code),
                                approx: approx, mod: mod, source: "money", priority: 2))
    }

    /// Where an amount starts once a modifier before it joins it (`près de`, `more than`), and
    /// what the modifier says.
    private func modified(_ a: TextAnalysis, _ start: Int) -> (start: Int, approx: Bool, mod: String?) {
        guard let m = modifier(a, before: start) else { return (start, false, nil) }
        switch m.kind {
        case .approx: return (m.start, true, nil)
        case .more: return (m.start, false, "more")
        case .less: return (m.start, false, "less")
        case .carry: return (m.start, false, nil)
        }
    }

    private func emitPercent(_ a: TextAnalysis, start: Int, end: Int, value: Double, _ mentions: inout [Mention]) {
        let toks = a.tokens
        let (s, approx, mod) = modified(a, start)
        mentions.append(Mention(kind: .percent, start: toks[s].start, end: toks[end - 1].end, value: .number(tidy(value)),
                                approx: approx, mod: mod, source: "percent", priority: 2))
    }
}

private let powersOfTen: [Double] = (0...40).map { pow(10, Double($0)) }

/// Rounds away the binary noise of decimal arithmetic (528.3 × 1e6 = 528299999.99999994)
/// by keeping 12 significant digits.
@inline(__always)
private func tidy(_ v: Double) -> Double {
    guard v != 0, v.isFinite else { return v }
    let digits = Int(floor(log10(abs(v))))
    let k = 11 - digits
    guard k > -28, k < 28 else { return v }
    if k >= 0 { let p = powersOfTen[k]; return (v * p).rounded() / p }
    let p = powersOfTen[-k]
    return (v / p).rounded() * p
}

extension NumberLexicon {
    /// `.5` / `,5` at `k`.
    @inline(__always)
    func isDecimalStart(_ a: TextAnalysis, _ k: Int) -> Bool {
        k + 1 < a.tokens.count && a.tokens[k + 1].kind == .number && a.numGlued(k + 1)
            && a.numPunct(k, decimalComma ? 44 : 46)
    }
}
