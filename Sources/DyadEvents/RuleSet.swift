import DyadCore
import DyadData
import DyadText

/// One line of `<lang>/events.tsv`: a trigger and what it builds. A class, so each trigger
/// reads its rule without copying its lists.
public final class EventRule: @unchecked Sendable {
    public var id: String
    public var type: String
    /// `type`, as a byte.
    public let kind: EventKind
    init(id: String, type: String) { self.id = id; self.type = type; kind = EventKind(type) }
    /// Fixed attributes (`stage=signed`, `mode=air`, …) and fixed status/subtype.
    public var fixed: [(String, String)] = []
    /// How parties are found: directed, symmetric or invite (see PartyFinder).
    public var shape: String?
    /// Each of these must be present in the window: `@class`, `money`, `ordinal`, `number`, `date`.
    public var needs: [String] = []
    /// None of these classes may stand just before the trigger.
    public var nots: [String] = []
    /// None of these classes may be anywhere in the window.
    public var excludes: [String] = []
    /// Lookup tables searched around the trigger (topic, domain, level, …).
    public var lookups: [String] = []
    /// One event per person met (`meets X, Y and Z`).
    public var eachPerson = false
    /// One event per agreement noun phrase with a topic or count of its own.
    public var eachAgreement = false
    /// One event per amount (`exports reached X, imports Y`).
    public var eachMoney = false
    /// One event per destination listed (`se rendra au Sénégal, au Mali et en Guinée`).
    public var eachDestination = false
    /// Tokens around the trigger searched for needs and lookups.
    public var window = 12
    /// Class masks of `needs`, `nots` and `excludes` (0 where the entry is not a class).
    public var needMasks: [UInt64] = []
    public var notMasks: [UInt64] = []
    public var excludeMasks: [UInt64] = []

    // Compiled once when loaded, so building an event parses no option strings.
    /// `alone=yes`: the event stands only where its sentence reports no other (statements).
    public var standsAlone = false
    /// `ref=…`: the trigger always refers back to an event already told.
    var isReference = false
    var fixedStatus: String?
    var fixedSubtype: String?
    var fixedAttributes: [(String, JSON)] = []
    /// `needs`, read.
    var needChecks: [NeedCheck] = []
    /// How far before the trigger each `nots` class is looked for (`@class/N`, default 3).
    var notReach: [Int] = []
    /// `lang.id`, the provenance written on each event.
    var qualifiedID = ""

    /// How the parties are found: `shape=`, else the type's default.
    var partyShape: PartyShape = .directed
    enum PartyShape { case directed, symmetric, invite, passive, speaker }

    /// What one `need=` entry asks of the trigger's window.
    enum NeedCheck {
        case money, ordinal, date, destination, rank, partyAfter, domain, party
        case wordClass(UInt64)
    }

    /// Derives the compiled fields from the option fields.
    func compile(lang: String) {
        standsAlone = fixed.contains { $0 == ("alone", "yes") }
        isReference = fixed.contains { $0.0 == "ref" }
        fixedAttributes = []
        for (k, v) in fixed {
            switch k {
            case "ref", "alone": break
            case "status": fixedStatus = v
            case "subtype": fixedSubtype = v
            default:
                if let i = fixedAttributes.firstIndex(where: { $0.0 == k }) { fixedAttributes[i].1 = .string(v) } else { fixedAttributes.append((k, .string(v))) }
            }
        }
        needChecks = needs.enumerated().map { ni, need in
            switch need {
            case "money": return .money
            case "ordinal": return .ordinal
            case "date": return .date
            case "dest": return .destination
            case "rank": return .rank
            case "party_after": return .partyAfter
            case "domain": return .domain
            case "party": return .party
            default: return .wordClass(needMasks[ni])
            }
        }
        notReach = nots.map { n in n.split(separator: "/").dropFirst().first.flatMap { Int($0) } ?? 3 }
        qualifiedID = "\(lang).\(id)"
        switch shape {
        case "symmetric"?: partyShape = .symmetric
        case "invite"?: partyShape = .invite
        case "passive"?: partyShape = .passive
        case "speaker"?: partyShape = .speaker
        case "directed"?: partyShape = .directed
        default: partyShape = EventExtractor.defaultShape(kind)
        }
    }
}

/// A phrase found in the article: tokens [start, end) and what it is.
public struct Hit: Sendable {
    public var start: Int
    public var end: Int
    public var payload: Int32
}

/// What a phrase of the rule data stands for.
public enum PhraseMeaning: Sendable {
    case trigger(rule: Int)
    case wordClass(String)
    case lookup(table: String, value: String)
    case status(String)
    case attribution
    case preposition(String)
}

/// All event knowledge of one language, compiled once: rules, word classes, lookup tables,
/// modality and attribution cues, prepositions — one trie for all phrases.
public final class RuleSet: @unchecked Sendable {
    public let lang: String
    // Constants once built: reading them needs no exclusivity checks in the hot path.
    public let rules: [EventRule]
    public let meanings: [PhraseMeaning]
    let trie: PhraseTrie
    /// Status cues that are word endings (`~eront`), with words they must not match (`!retrait`).
    public let suffixCues: [(suffix: [UInt8], status: String)]
    /// Indices of `suffixCues` by the suffix's last byte, in file order, so a word is compared
    /// only with the cues that end like it.
    let suffixCuesByLastByte: [[Int]]
    public let suffixExceptions: Set<UInt64>
    let classes: [String: [String]]
    /// A bit per word class (at most 64), for per-token class masks.
    public let classBit: [String: Int]
    /// Per meaning: what kind it is, and the index of its class, table or preposition kind, so
    /// an article's hits are sorted by integer, not by string.
    let meaningKind: [UInt8]
    let meaningSlot: [Int32]
    /// Lookup table names by slot: a dozen short names, compared faster than hashed.
    let tableNames: [String]
    func tableSlot(_ name: String) -> Int32? { tableNames.firstIndex(of: name).map { Int32($0) } }
    let prepositionKinds: [String]
    static let kindTrigger: UInt8 = 0, kindClass: UInt8 = 1, kindLookup: UInt8 = 2, kindStatus: UInt8 = 3, kindAttribution: UInt8 = 4, kindPreposition: UInt8 = 5

    public init(lang: String) {
        self.lang = lang
        var b = Builder()
        b.load(lang)
        rules = b.rules; meanings = b.meanings
        b.trie.freeze()
        trie = b.trie
        suffixCues = b.suffixCues
        var buckets = [[Int]](repeating: [], count: 256)
        for (i, c) in b.suffixCues.enumerated() { if let last = c.suffix.last { buckets[Int(last)].append(i) } }
        suffixCuesByLastByte = buckets
        suffixExceptions = b.suffixExceptions; classes = b.classes
        classBit = b.classBit
        var kinds: [UInt8] = [], slots: [Int32] = []
        var tables: [String: Int] = [:], preps: [String] = []
        for m in b.meanings {
            switch m {
            case let .trigger(r): kinds.append(RuleSet.kindTrigger); slots.append(Int32(r))
            case let .wordClass(c): kinds.append(RuleSet.kindClass); slots.append(Int32(b.classBit[c] ?? -1))
            case let .lookup(t, _):
                if tables[t] == nil { tables[t] = tables.count }
                kinds.append(RuleSet.kindLookup); slots.append(Int32(tables[t]!))
            case .status: kinds.append(RuleSet.kindStatus); slots.append(0)
            case .attribution: kinds.append(RuleSet.kindAttribution); slots.append(0)
            case let .preposition(p):
                if !preps.contains(p) { preps.append(p) }
                kinds.append(RuleSet.kindPreposition); slots.append(Int32(preps.firstIndex(of: p)!))
            }
        }
        meaningKind = kinds; meaningSlot = slots; prepositionKinds = preps
        var names = [String](repeating: "", count: tables.count)
        for (t, i) in tables { names[i] = t }
        tableNames = names
    }

    /// `@class` expansion with this language's classes.
    func expand(_ field: String) -> [String] {
        var b = Builder()
        b.classes = classes
        return b.expand(field)
    }

    /// Collects the data files of a language into the rule set's tables.
    struct Builder {
        var rules: [EventRule] = []
        var meanings: [PhraseMeaning] = []
        var trie = PhraseTrie()
        var suffixCues: [(suffix: [UInt8], status: String)] = []
        var suffixExceptions: Set<UInt64> = []
        var classes: [String: [String]] = [:]
        var classBit: [String: Int] = [:]

        /// The mask of a class name (`@name` or `name`, optionally `/N`), 0 when unknown.
        func mask(_ ref: String) -> UInt64 {
            var name = Substring(ref)
            if name.hasPrefix("@") { name = name.dropFirst() }
            if let slash = name.firstIndex(of: "/") { name = name[..<slash] }
            guard let bit = classBit[String(name)] else { return 0 }
            return 1 << UInt64(bit)
        }

    mutating func load(_ lang: String) {
        for row in DataFiles.rows("\(lang)/classes.tsv") where row.count >= 2 {
            classes[String(row[0]), default: []].append(contentsOf: row[1].split(separator: "|").map(String.init))
        }
        for (i, name) in classes.keys.sorted().prefix(64).enumerated() { classBit[name] = i }
        for (name, phrases) in classes { for p in phrases { add(p, .wordClass(name)) } }
        for row in DataFiles.rows("\(lang)/lookups.tsv") where row.count >= 3 {
            for p in expand(String(row[2])) { add(p, .lookup(table: String(row[0]), value: String(row[1]))) }
        }
        for row in DataFiles.rows("\(lang)/status.tsv") where row.count >= 2 {
            let status = String(row[0])
            for p in row[1].split(separator: "|") {
                if p.hasPrefix("~") { suffixCues.append((Array(FoldTable.shared.fold(String(p.dropFirst())).utf8), status)) }
                else if p.hasPrefix("!") { suffixExceptions.insert(fnv1a(Array(FoldTable.shared.fold(String(p.dropFirst())).utf8))) }
                else { add(String(p), .status(status)) }
            }
        }
        for row in DataFiles.rows("\(lang)/attribution.tsv") where row.count >= 1 {
            for p in expand(String(row[row.count - 1])) { add(p, .attribution) }
        }
        for row in DataFiles.rows("\(lang)/prepositions.tsv") where row.count >= 2 {
            for p in row[1].split(separator: "|") { add(String(p), .preposition(String(row[0]))) }
        }
        for row in DataFiles.rows("\(lang)/events.tsv") where row.count >= 3 {
            let rule = EventRule(id: String(row[0]), type: String(row[1]))
            if row.count >= 4 {
                for opt in row[3].split(separator: " ") {
                    guard let eq = opt.firstIndex(of: "=") else { if opt == "each=person" { rule.eachPerson = true }; continue }
                    let k = String(opt[..<eq]), v = String(opt[opt.index(after: eq)...])
                    switch k {
                    case "shape": rule.shape = v
                    case "need": rule.needs.append(contentsOf: v.split(separator: ",").map(String.init))
                    case "not": rule.nots.append(contentsOf: v.split(separator: ",").map(String.init))
                    case "exclude": rule.excludes.append(contentsOf: v.split(separator: ",").map(String.init))
                    case "lookup": rule.lookups.append(contentsOf: v.split(separator: ",").map(String.init))
                    case "each":
                        rule.eachPerson = v == "person"; rule.eachAgreement = v == "agreement"; rule.eachMoney = v == "money"
                        rule.eachDestination = v == "destination"
                    case "window": rule.window = Int(v) ?? rule.window
                    default: rule.fixed.append((k, v))
                    }
                }
            }
            rule.needMasks = rule.needs.map { mask($0) }
            rule.notMasks = rule.nots.map { mask($0) }
            rule.excludeMasks = rule.excludes.map { mask($0) }
            rule.compile(lang: lang)
            let index = rules.count
            rules.append(rule)
            for p in expand(String(row[2])) { add(p, .trigger(rule: index)) }
        }
    }

    /// Expands `@class` references inside a `|` list of phrases, and inside phrases
    /// (`@signer un accord` → every form of signer followed by `un accord`).
    func expand(_ field: String) -> [String] {
        var out: [String] = []
        for alt in field.split(separator: "|") {
            var variants = [""]
            for word in alt.split(separator: " ") {
                let forms: [String]
                if word.hasPrefix("@"), let cls = classes[String(word.dropFirst())] { forms = cls } else { forms = [String(word)] }
                var next: [String] = []
                for v in variants { for f in forms { next.append(v.isEmpty ? f : v + " " + f) } }
                variants = next
            }
            out.append(contentsOf: variants)
        }
        return out
    }

    mutating func add(_ phrase: String, _ meaning: PhraseMeaning) {
        let payload = Int32(meanings.count)
        meanings.append(meaning)
        trie.insert(phrase, payload: payload, caseSensitive: false)
    }
    }

    /// Every phrase of the rule data found in the article, in token order.
    public func scan(_ a: TextAnalysis) -> [Hit] {
        var hits: [Hit] = []
        let toks = a.tokens
        hits.reserveCapacity(toks.count / 2)
        for i in toks.indices {
            trie.forEachPayload(in: a, at: i) { end, payload in hits.append(Hit(start: i, end: end, payload: payload)) }
        }
        return hits
    }

    /// Cached packs per language.
    nonisolated(unsafe) private static var cache: [String: RuleSet] = [:]
    private static let lock = NSLockShim()
    public static func rules(for lang: String) -> RuleSet {
        lock.lock(); defer { lock.unlock() }
        if let r = cache[lang] { return r }
        let r = RuleSet(lang: lang)
        cache[lang] = r
        return r
    }
}
