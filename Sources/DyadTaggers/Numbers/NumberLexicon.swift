import DyadData
import DyadText
import Foundation

/// What a number word does in a number (see `<lang>/numbers.tsv`).
enum NumRole: UInt8, Sendable {
    case card, article, hundred, dozen, scale, digitScale, ordinal, ordSuffix, fraction
    case and, point, over, outOf, ratioIn, minus, of, percent, blocker, skip, url
}

struct NumFlags: OptionSet, Sendable {
    let rawValue: UInt16
    /// May stand with no number before it (`mille`, `cent`, `half`).
    static let alone = NumFlags(rawValue: 1)
    /// A plural ordinal (`fifths`): a fraction's denominator, never an ordinal by itself.
    static let plural = NumFlags(rawValue: 2)
    /// An ordinal that is never a denominator (`premier`, `second`).
    static let noFraction = NumFlags(rawValue: 4)
    /// Only inside a compound (`unième` in `vingt et unième`).
    static let compoundOnly = NumFlags(rawValue: 8)
    /// The token must be written with a capital (`10M`, `1MM`).
    static let capsOnly = NumFlags(rawValue: 16)
    /// Only inside an amount of money (`€3m`).
    static let moneyOnly = NumFlags(rawValue: 32)
    /// Only after two digits or more (`10G`, not the `5G` of networks).
    static let twoDigits = NumFlags(rawValue: 64)
    /// Never right after digits (`cents`: `34 cents` is money, `deux cents` is 200).
    static let noDigits = NumFlags(rawValue: 128)
    /// A percent word that may come before its number (`percent of 10`).
    static let prefix = NumFlags(rawValue: 256)
    /// Either flag of `capsOnly` / `moneyOnly` suffices.
    static let capsOrMoney = NumFlags(rawValue: 512)
}

struct NumWord: Sendable {
    var role: NumRole
    var value: Double
    var flags: NumFlags
}

enum AmountModifier: UInt8, Sendable { case approx, more, less, carry }

/// One spelling of a currency, with the codes it may stand for (the first by default).
struct CurrencyForm: Sendable {
    var codes: [Int32]
    var factor: Double
    /// May stand before the amount (`$`, `US$`, `EUR`).
    var prefix: Bool
    /// May stand with no amount (`dollar` in *multibillion-dollar deal*).
    var bare: Bool
    /// Before an amount or alone, the text must be written in capitals (1: first letter,
    /// 2: all letters), as in the data: `ILS` is a code, `ils` a pronoun; `a $5` is no `A$`.
    var caseRule: UInt8
    /// Some spelling in the data has spaces between its tokens (`US $`); otherwise the tokens
    /// must touch (`A$`).
    var spacedOK: Bool
}

/// Bits of `NumberLexicon.starters`: what a token may begin.
struct StartBits: OptionSet, Sendable {
    let rawValue: Int32
    static let number = StartBits(rawValue: 1)
    static let currency = StartBits(rawValue: 2)
    static let percentWord = StartBits(rawValue: 4)
    static let other = StartBits(rawValue: 8)
}

/// The number, ordinal, percent and money knowledge of one language, built once from
/// `<lang>/numbers.tsv` and `<lang>/money.tsv` and shared by every tagger of that language.
final class NumberLexicon: Sendable {
    let lang: String
    /// `1,5` is one and a half (fr, es, vi, ru); in English the comma groups thousands.
    let decimalComma: Bool
    /// Roman numerals with an ordinal suffix are ordinals (`XXIe siècle`).
    let romanOrdinals: Bool
    let words: NumTokenTrie
    let entries: [NumWord]
    /// Modifiers, stored reversed to be read leftwards from an amount.
    let modifiers: NumTokenTrie
    let modifierKinds: [AmountModifier]
    let currencies: NumTokenTrie
    let currencyForms: [CurrencyForm]
    let codes: [String?]
    /// First token hash → `StartBits`.
    let starters: NumHashMap

    static let hyphenHash = fnv1a(Array("-".utf8))

    init(lang: String) {
        self.lang = lang
        var decimalComma = lang != "en"
        var romanOrdinals = false
        var words = NumTokenTrie()
        var entries: [NumWord] = []
        var modifiers = NumTokenTrie()
        var modifierKinds: [AmountModifier] = []
        var starters = NumHashMap(capacity: 512)

        func hashes(_ form: String) -> [UInt64] { TextAnalysis(form).tokens.map(\.hash) }
        func mark(_ h: UInt64, _ bits: StartBits) {
            let old = starters.get(h)
            starters.set(h, (old < 0 ? 0 : old) | bits.rawValue)
        }
        func addWord(_ form: String, _ w: NumWord) {
            let hs = hashes(form)
            guard !hs.isEmpty else { return }
            let node = words.node(for: hs)
            let existing = words.payloads[Int(node)]
            if existing >= 0 {
                // Same form twice: flags add up (a percent word also usable as prefix).
                if entries[Int(existing)].role == w.role { entries[Int(existing)].flags.formUnion(w.flags) }
                if w.role == .percent && w.flags.contains(.prefix) { mark(hs[0], .percentWord) }
                return
            }
            words.setPayload(node, Int32(entries.count))
            entries.append(w)
            switch w.role {
            case .card, .article, .hundred, .scale, .ordinal, .fraction, .minus, .skip, .url, .dozen:
                mark(hs[0], .number)
            case .percent:
                if w.flags.contains(.prefix) || (hs.count == 1 && form == "%") { mark(hs[0], .percentWord) }
            default: break
            }
        }

        for row in DataFiles.rows("\(lang)/numbers.tsv") where row.count >= 3 {
            let roleName = String(row[0]).trimmingCharacters(in: .whitespaces)
            if roleName == "option" {
                if row[1] == "decimal" { decimalComma = row[2].trimmingCharacters(in: .whitespaces) == "," }
                if row[1] == "roman" { romanOrdinals = row[2].trimmingCharacters(in: .whitespaces) == "yes" }
                continue
            }
            let value = Double(row[1].trimmingCharacters(in: .whitespaces)) ?? 0
            var flags: NumFlags = []
            if row.count >= 4 {
                for f in row[3].split(separator: "|") {
                    switch f.trimmingCharacters(in: .whitespaces) {
                    case "alone": flags.insert(.alone)
                    case "plural": flags.insert(.plural)
                    case "nofrac": flags.insert(.noFraction)
                    case "compound": flags.insert(.compoundOnly)
                    case "caps": flags.insert(.capsOnly)
                    case "money": flags.insert(.moneyOnly)
                    case "2digits": flags.insert(.twoDigits)
                    case "nodigits": flags.insert(.noDigits)
                    default: break
                    }
                }
                if flags.contains(.capsOnly) && flags.contains(.moneyOnly) { flags.insert(.capsOrMoney) }
            }
            let forms = row[2].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let modifier: AmountModifier?
            switch roleName {
            case "approx": modifier = .approx
            case "more": modifier = .more
            case "less": modifier = .less
            case "carry": modifier = .carry
            default: modifier = nil
            }
            if let m = modifier {
                for f in forms {
                    let hs = hashes(f)
                    guard !hs.isEmpty else { continue }
                    let node = modifiers.node(for: hs.reversed())
                    if modifiers.payloads[Int(node)] < 0 {
                        modifiers.setPayload(node, Int32(modifierKinds.count))
                        modifierKinds.append(m)
                    }
                }
                continue
            }
            let role: NumRole
            switch roleName {
            case "card": role = .card
            case "article": role = .article
            case "hundred": role = .hundred
            case "dozen": role = .dozen
            case "scale": role = .scale
            case "digitscale": role = .digitScale
            case "ordinal": role = .ordinal
            case "ordsuffix": role = .ordSuffix
            case "fraction": role = .fraction
            case "and": role = .and
            case "point": role = .point
            case "over": role = .over
            case "outof": role = .outOf
            case "ratioin": role = .ratioIn
            case "minus": role = .minus
            case "of": role = .of
            case "percent": role = .percent
            case "percentprefix": role = .percent; flags.insert(.prefix)
            case "blocker": role = .blocker
            case "skip": role = .skip
            case "url": role = .url
            default: continue
            }
            for f in forms {
                let w = NumWord(role: role, value: value, flags: flags)
                addWord(f, w)
                if f.contains(" ") { addWord(f.replacingOccurrences(of: " ", with: "-"), w) }
                if role == .ordinal && !f.hasSuffix("s") {
                    var p = w
                    p.flags.insert(.plural)
                    addWord(f + "s", p)
                    if f.contains(" ") { addWord(f.replacingOccurrences(of: " ", with: "-") + "s", p) }
                }
            }
        }

        // Currencies.
        var currencies = NumTokenTrie()
        var forms: [CurrencyForm] = []
        var codes: [String?] = []
        var codeIndex: [String: Int32] = [:]
        func code(_ c: String) -> Int32 {
            if let i = codeIndex[c] { return i }
            let i = Int32(codes.count)
            codes.append(c == "-" ? nil : c)
            codeIndex[c] = i
            return i
        }
        func addCurrency(_ raw: String, code c: Int32, factor: Double, prefix: Bool, bare: Bool) {
            let hs = hashes(raw)
            guard !hs.isEmpty else { return }
            let letters = raw.unicodeScalars.filter { $0.properties.isAlphabetic }
            let caseRule: UInt8 = letters.isEmpty || !letters.contains(where: { $0.properties.isUppercase }) ? 0
                : letters.count >= 2 && letters.allSatisfy({ $0.properties.isUppercase }) ? 2 : 1
            let spaced = raw.contains(" ")
            let node = currencies.node(for: hs)
            let p = currencies.payloads[Int(node)]
            if p >= 0 {
                var f = forms[Int(p)]
                if !f.codes.contains(c) { f.codes.append(c) }
                f.prefix = f.prefix || prefix
                f.bare = f.bare || bare
                f.caseRule = min(f.caseRule, caseRule)
                f.spacedOK = f.spacedOK || spaced
                forms[Int(p)] = f
            } else {
                currencies.setPayload(node, Int32(forms.count))
                forms.append(CurrencyForm(codes: [c], factor: factor, prefix: prefix, bare: bare, caseRule: caseRule, spacedOK: spaced))
            }
            if prefix || bare { mark(hs[0], .currency) }
        }
        for row in DataFiles.rows("\(lang)/money.tsv") where row.count >= 2 {
            let c = code(row[0].trimmingCharacters(in: .whitespaces))
            let factor = row.count >= 3 ? Double(row[2].trimmingCharacters(in: .whitespaces)) ?? 1 : 1
            for rawForm in row[1].split(separator: "|") {
                var f = rawForm.trimmingCharacters(in: .whitespaces)
                guard !f.isEmpty else { continue }
                var ambiguous = false
                if f.hasPrefix("?") { ambiguous = true; f.removeFirst() }
                let letters = f.unicodeScalars.filter { $0.properties.isAlphabetic }
                let nonLetters = f.unicodeScalars.contains { !$0.properties.isAlphabetic && $0 != " " }
                let allCaps = letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
                let prefix = !ambiguous && (nonLetters || allCaps)
                let bare = !ambiguous && !nonLetters && factor == 1
                addCurrency(f, code: c, factor: factor, prefix: prefix, bare: bare)
                // 30 MUSD, MEUR 120: an ISO code with M before it counts millions.
                if allCaps && letters.count == 3 && !nonLetters {
                    addCurrency("M" + f, code: c, factor: factor * 1e6, prefix: true, bare: false)
                }
            }
        }

        self.decimalComma = decimalComma
        self.romanOrdinals = romanOrdinals
        self.words = words
        self.entries = entries
        self.modifiers = modifiers
        self.modifierKinds = modifierKinds
        self.currencies = currencies
        self.currencyForms = forms
        self.codes = codes
        self.starters = starters
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: NumberLexicon] = [:]

    /// The lexicon of a language, built on first use.
    static func shared(_ lang: String) -> NumberLexicon {
        lock.lock(); defer { lock.unlock() }
        if let l = cache[lang] { return l }
        let l = NumberLexicon(lang: lang)
        cache[lang] = l
        return l
    }

    /// The currency form at token `i`. `standing`: before an amount or alone, where the form's
    /// case matters; after an amount only its spacing does.
    func currency(_ a: TextAnalysis, _ i: Int, standing: Bool) -> (form: CurrencyForm, end: Int)? {
        let toks = a.tokens
        guard let m = currencies.longest(toks, at: i) else { return nil }
        let f = currencyForms[Int(m.payload)]
        if !f.spacedOK {
            var k = i + 1
            while k < m.end { if toks[k].spaceBefore { return nil }; k += 1 }
        }
        if standing {
            switch f.caseRule {
            case 1: if !toks[i].isCapitalized { return nil }
            case 2: if !(toks[i].flags.contains(.allCaps) || (toks[i].isCapitalized && toks[i].fEnd - toks[i].fStart == 1)) { return nil }
            default: break
            }
        }
        return (f, m.end)
    }

    /// The number word (or phrase) at token `i`.
    @inline(__always)
    func word(_ toks: [Token], _ i: Int) -> (w: NumWord, end: Int)? {
        guard let m = words.longest(toks, at: i) else { return nil }
        return (entries[Int(m.payload)], m.end)
    }
}
