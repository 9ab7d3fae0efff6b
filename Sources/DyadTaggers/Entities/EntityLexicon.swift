import DyadCore
import DyadData
import DyadText
import Foundation

/// People, places and organisations known by name, from `common/{people,places,organizations}.tsv`.
/// The same in every language, so built once and shared.
final class Gazetteer: @unchecked Sendable {
    /// Plain data (the role as a number: `roleId.name` is its name).
    struct RoleSpan: Sendable {
        var from: Int
        var to: Int
        var roleId: Role
        init(role: String, from: Int, to: Int) { self.from = from; self.to = to; roleId = Role(role) }
    }
    struct Person: Sendable {
        var code: String
        var name: String
        var roles: [RoleSpan]
        /// The first form in Cyrillic, for articles that inflect it (`Владимиром Путиным`).
        var native: String? = nil
    }
    struct Place: Sendable { var code: String; var kind: String; var name: String; var native: String? = nil }
    struct Org: Sendable {
        var code: String?
        var kind: String
        var name: String
        var orgKind: OrgKind
        init(code: String?, kind: String, name: String) { self.code = code; self.kind = kind; self.name = name; orgKind = OrgKind(kind) }
    }

    enum Kind: Int32 { case person = 0, alias = 1, place = 2, org = 3 }
    static let kindShift: Int32 = 24
    static let indexMask: Int32 = (1 << 24) - 1

    let people: [Person]
    let places: [Place]
    let orgs: [Org]
    /// Every name, alias and abbreviation; payload = kind << 24 | index.
    let trie: FastTrie
    /// Phonetic key of full names and aliases → person index (transliteration variants).
    let phonetic: PhoneticIndex
    /// Hashes of the first token of every name, and a filter over them.
    let firstTokens: Set<UInt64>
    let firstFilter: HashFilter

    static let shared = Gazetteer()

    static func payload(_ k: Kind, _ i: Int) -> Int32 { (k.rawValue << kindShift) | Int32(i) }
    static func decode(_ p: Int32) -> (Kind, Int) { (Kind(rawValue: p >> kindShift) ?? .person, Int(p & indexMask)) }

    /// The first form written in Cyrillic: the nominative, as `common/` lists it first.
    static func cyrillicForm(_ names: [String]) -> String? {
        guard let f = names.first(where: { $0.unicodeScalars.contains { $0.value >= 0x400 && $0.value <= 0x4FF } }) else { return nil }
        return f.hasPrefix("?") ? String(f.dropFirst()) : f
    }

    private init() {
        let trie = FastTrie(capacity: 32_768)
        var pending = PendingNames()
        var people: [Person] = []
        var byName: [String: Int] = [:]
        let phonetic = PhoneticIndex()
        var foldScratch: [UInt8] = []
        var keyScratch: [UInt8] = []
        for row in FastTSV.rows("common/people.tsv") where row.count >= 4 {
            let code = row[0], role = row[1]
            let (from, to) = Gazetteer.years(Substring(row[2]))
            let names = FastTSV.forms(row[3])
            guard let first = names.first else { continue }
            let bareFirst = marked(first) ? String(first.dropFirst()) : first
            let key = code + "\t" + bareFirst
            let index: Int
            if let i = byName[key] {
                index = i
                people[i].roles.append(RoleSpan(role: role, from: from, to: to))
            } else {
                index = people.count
                byName[key] = index
                people.append(Person(code: code, name: bareFirst, roles: [RoleSpan(role: role, from: from, to: to)],
                                     native: Gazetteer.cyrillicForm(names)))
            }
            for n in names {
                pending.add(n, Gazetteer.payload(.person, index))
                let scalars = n.unicodeScalars
                NameKey.bytes(marked(n) ? scalars.dropFirst() : scalars[...], folded: &foldScratch, into: &keyScratch)
                phonetic.addIfAbsent(keyScratch, index)
            }
            if row.count >= 5 {
                for n in FastTSV.forms(row[4]) {
                    pending.add(n, Gazetteer.payload(.alias, index))
                    if !marked(n) {
                        NameKey.bytes(n.unicodeScalars, folded: &foldScratch, into: &keyScratch)
                        phonetic.addIfAbsent(keyScratch, index)
                    }
                }
            }
        }
        var places: [Place] = []
        for row in FastTSV.rows("common/places.tsv") where row.count >= 3 {
            let names = FastTSV.forms(row[2])
            guard let first = names.first else { continue }
            let index = places.count
            places.append(Place(code: row[0], kind: row[1], name: marked(first) ? String(first.dropFirst()) : first,
                                native: Gazetteer.cyrillicForm(names)))
            for n in names { pending.add(n, Gazetteer.payload(.place, index)) }
        }
        var orgs: [Org] = []
        for row in FastTSV.rows("common/organizations.tsv") where row.count >= 3 {
            let code = row[0]
            let names = FastTSV.forms(row[2])
            guard let first = names.first else { continue }
            let index = orgs.count
            orgs.append(Org(code: code == "-" || code.isEmpty ? nil : code, kind: row[1],
                            name: marked(first) ? String(first.dropFirst()) : first))
            for n in names { pending.add(n, Gazetteer.payload(.org, index)) }
        }
        let firsts = pending.insert(into: trie)
        trie.finish()
        self.people = people
        self.places = places
        self.orgs = orgs
        self.trie = trie
        self.phonetic = phonetic
        self.firstTokens = firsts
        var filter = HashFilter(log2Bits: 18)
        for h in firsts { filter.insert(h) }
        self.firstFilter = filter
    }


    /// `2019-`, `2016-2021`, `2024`, or empty.
    static func years(_ s: Substring) -> (Int, Int) {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false).map { Int(trimmed($0)) }
        if parts.count == 1 { if let y = parts[0] { return (y, y) } else { return (0, 9999) } }
        return (parts[0] ?? 0, parts.count > 1 ? (parts[1] ?? 9999) : 9999)
    }

    /// The person's role in a year: the span that contains it (the most senior when several do),
    /// else the nearest span; the latest when the year is unknown.
    func role(of p: Int, year: Int?) -> Role? {
        let spans = people[p].roles
        guard var best = spans.first else { return nil }
        guard let y = year else {
            for s in spans.dropFirst() where s.to > best.to || (s.to == best.to && s.roleId.rank < best.roleId.rank) { best = s }
            return best.roleId
        }
        var inside: RoleSpan? = nil
        for s in spans where s.from <= y && y <= s.to {
            if inside == nil || s.roleId.rank < inside!.roleId.rank { inside = s }
        }
        if let i = inside { return i.roleId }
        for s in spans.dropFirst() where Gazetteer.distance(s, y) < Gazetteer.distance(best, y) { best = s }
        return best.roleId
    }

    static func distance(_ s: RoleSpan, _ y: Int) -> Int { y < s.from ? s.from - y : y - s.to }

}

/// Reads the data's TSV files as bytes: far cheaper than splitting Strings for the gazetteers'
/// tens of thousands of names.
enum FastTSV {
    /// Data rows (comments and blank lines dropped), fields trimmed.
    static func rows(_ path: String) -> [[String]] {
        guard let text = DataFiles.text(path) else { return [] }
        var out: [[String]] = []
        var utf8 = text
        utf8.withUTF8 { buf in
            let n = buf.count
            var i = 0
            while i < n {
                var e = i
                while e < n, buf[e] != 0x0A { e += 1 }
                var le = e
                if le > i, buf[le - 1] == 0x0D { le -= 1 }
                if le > i, buf[i] != 0x23 {
                    var fields: [String] = []
                    var fs = i
                    var k = i
                    while k <= le {
                        if k == le || buf[k] == 0x09 {
                            var a = fs, b = k
                            while a < b, buf[a] == 0x20 { a += 1 }
                            while b > a, buf[b - 1] == 0x20 { b -= 1 }
                            fields.append(String(decoding: UnsafeBufferPointer(rebasing: buf[a..<b]), as: UTF8.self))
                            fs = k + 1
                        }
                        k += 1
                    }
                    out.append(fields)
                }
                i = e + 1
            }
        }
        return out
    }

    /// The `|`-separated forms of a field, trimmed, empty ones dropped.
    static func forms(_ field: String) -> [String] {
        var out: [String] = []
        var f = field
        f.withUTF8 { buf in
            var s = 0
            for k in 0...buf.count where k == buf.count || buf[k] == 0x7C {
                var a = s, b = k
                while a < b, buf[a] == 0x20 || buf[a] == 0x09 { a += 1 }
                while b > a, buf[b - 1] == 0x20 || buf[b - 1] == 0x09 { b -= 1 }
                if b > a { out.append(String(decoding: UnsafeBufferPointer(rebasing: buf[a..<b]), as: UTF8.self)) }
                s = k + 1
            }
        }
        return out
    }
}

/// Names waiting to go into a trie, tokenized together in one `TextAnalysis` (one name a
/// paragraph) instead of one analysis per name.
struct PendingNames {
    var names: [String] = []
    var payloads: [Int32] = []
    var ambiguous: [Bool] = []

    mutating func add(_ form: String, _ payload: Int32) {
        var f = Substring(form)
        let amb = marked(form)
        if amb { f = f.dropFirst() }
        // A name on several lines would break the one-paragraph-per-name alignment.
        guard !f.isEmpty, !f.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return }
        names.append(String(f))
        payloads.append(payload)
        ambiguous.append(amb)
    }

    /// Inserts every name, in order; returns the hashes of their first tokens. Names are analysed
    /// a batch at a time (one text each): the batches' memory is reused, where one text of every
    /// name would be fresh memory.
    func insert(into trie: FastTrie) -> Set<UInt64> {
        var firsts = Set<UInt64>(minimumCapacity: names.count)
        let batch = 1024
        var lo = 0
        var groups: [Range<Int>] = []
        while lo < names.count {
            let hi = min(names.count, lo + batch)
            let a = TextAnalysis(names[lo..<hi].joined(separator: "\n\n"))
            groups.removeAll(keepingCapacity: true)
            var start = 0
            for (i, t) in a.tokens.enumerated() where i > 0 && t.flags.contains(.paragraphBefore) {
                groups.append(start..<i)
                start = i
            }
            if !a.tokens.isEmpty { groups.append(start..<a.tokens.count) }
            if groups.count == hi - lo {
                for (k, g) in groups.enumerated() {
                    firsts.insert(trie.insert(tokens: a.tokens[g], payload: payloads[lo + k], ambiguous: ambiguous[lo + k]))
                }
            } else {
                // Some name made no token: one analysis per name (the same tokens, the same trie).
                for k in lo..<hi {
                    firsts.insert(trie.insert((ambiguous[k] ? "?" : "") + names[k], payload: payloads[k]))
                }
            }
            lo = hi
        }
        return firsts
    }
}

/// A cue file of one language: `kind<TAB>forms` rows matched as phrases, plus fast sets for
/// one-token forms. Kinds are looked up once (`id`) and used as small integers after.
final class CueLexicon: @unchecked Sendable {
    let trie = FastTrie()
    @exclusivity(unchecked) private(set) var kinds: [String] = []
    /// One-token forms: hash → bit per kind.
    @exclusivity(unchecked) private var singles = TokenMaskMap(capacity: 64)
    /// Per kind: hashes of the first token of every form.
    @exclusivity(unchecked) private var firstsByKind: [Set<UInt64>] = []
    /// Hashes of the first token of every form, all kinds.
    @exclusivity(unchecked) private(set) var firsts = Set<UInt64>()

    init() {}

    /// Rows `kind<TAB>forms` (or `kind<TAB>position<TAB>forms` when `kindColumns` is 2).
    convenience init(path: String, kindColumns: Int = 1) {
        self.init()
        for row in DataFiles.rows(path) where row.count > kindColumns {
            let kind = row[0..<kindColumns].map { trimmed($0) }.joined(separator: ":")
            add(kind: kind, forms: row[kindColumns].split(separator: "|").map(String.init))
        }
        trie.finish()
    }

    func add(kind: String, forms: [String]) {
        var id = kinds.firstIndex(of: kind) ?? -1
        if id < 0 { id = kinds.count; kinds.append(kind); firstsByKind.append([]) }
        for f in forms {
            let form = trimmed(f)
            guard !form.isEmpty else { continue }
            trie.insert(form, payload: Int32(id))
            var bare = Substring(form)
            if bare.hasPrefix("?") { bare = bare.dropFirst() }
            let a = TextAnalysis(String(bare))
            if a.tokens.count == 1, id < 64 { singles.insert(a.tokens[0].hash, bits: 1 << UInt64(id)) }
            if let f = a.tokens.first { firsts.insert(f.hash); firstsByKind[id].insert(f.hash) }
        }
    }

    /// The id of a kind, or -1 when the file has none (then nothing matches it).
    func id(_ kind: String) -> Int { kinds.firstIndex(of: kind) ?? -1 }

    /// Whether a single token is a one-token form of `kind` (case ignored).
    @inline(__always) func has(_ hash: UInt64, _ kind: Int) -> Bool { kind >= 0 && kind < 64 && singles.bits(hash) & (1 << UInt64(kind)) != 0 }

    /// First-token hashes of the forms of a kind.
    func firstTokens(of kind: Int) -> Set<UInt64> { firstsByKind[kind] }

    /// The longest phrase of `kind` at token `i` (case rules of the data applied): its end.
    /// Callers check first that a phrase of that kind may start there (`EntityLexicon.firstMap`).
    func match(_ a: TextAnalysis, _ i: Int, _ kind: Int) -> Int? {
        guard kind >= 0, i < a.tokens.count else { return nil }
        return trie.longest(a, i, payload: Int32(kind), maxTokens: 8)
    }

    /// The longest phrase of any kind at `i`: its end and trie node (kinds: the node's entries
    /// that fit the case of token `i`), without building an array.
    @inline(__always)
    func longestNode(_ a: TextAnalysis, _ i: Int) -> (end: Int, node: Int32)? {
        guard i < a.tokens.count else { return nil }
        return trie.longest(a, i, maxTokens: 8)
    }
}

/// Kind ids of `<lang>/person-cues.tsv`.
struct PersonCueKinds: Sendable {
    let honorific, particle, stop, filler, facilityBefore, facilityAfter, definite, joiner, posting, conjunction, function: Int
    init(_ c: CueLexicon) {
        honorific = c.id("honorific"); particle = c.id("particle"); stop = c.id("stop"); filler = c.id("filler")
        facilityBefore = c.id("facility-before"); facilityAfter = c.id("facility-after"); definite = c.id("definite")
        joiner = c.id("joiner"); posting = c.id("posting"); conjunction = c.id("conjunction"); function = c.id("function")
    }
}

/// Kind ids of `<lang>/place-cues.tsv` and `<lang>/portfolios.tsv`.
struct PlaceCueKinds: Sendable {
    let before, after, direction, notplace: Int
    init(_ c: CueLexicon) { before = c.id("before"); after = c.id("after"); direction = c.id("direction"); notplace = c.id("notplace") }
}

struct PortfolioKinds: Sendable {
    let word, foreign: Int
    init(_ c: CueLexicon) { word = c.id("word"); foreign = c.id("foreign") }
}

/// An `org-cues.tsv` kind id split into the organisation kind and the head position.
struct OrgCue: Sendable {
    enum Position: UInt8, Sendable { case prefix, whole, suffix, other }
    /// The kind id's position, decoded once (plain data: read in the hot loop).
    var pos: Position = .other
    var orgKind: OrgKind = .other
    var isMinistry = false
    /// The id of `<kind>:whole` in the org cues, or -1.
    var wholeId = -1
}

/// A role name (`head_of_state`, `ambassador`, …) as a small number: titles and entities copy
/// and compare roles without Strings. The roles the code sets have fixed numbers; other names
/// from the data get theirs when first read.
struct Role: Equatable, Sendable {
    let id: Int32

    /// Fixed numbers, in `RoleNames.fixed` order.
    static var leader: Role { Role(id: 0) }
    static var diplomat: Role { Role(id: 1) }
    static var counterpart: Role { Role(id: 2) }
    static var official: Role { Role(id: 3) }
    static var partyLeader: Role { Role(id: 4) }
    static var headOfState: Role { Role(id: 5) }
    static var headOfGovernment: Role { Role(id: 6) }
    static var parliamentSpeaker: Role { Role(id: 7) }
    static var foreignMinister: Role { Role(id: 8) }
    static var minister: Role { Role(id: 9) }
    static var deputyMinister: Role { Role(id: 10) }
    static var ambassador: Role { Role(id: 11) }
    static var governor: Role { Role(id: 12) }
    static var mayor: Role { Role(id: 13) }

    init(id: Int32) { self.id = id }
    init(_ name: String) { id = RoleNames.shared.id(name) }

    var name: String { RoleNames.shared.name(id) }

    /// leader, diplomat, counterpart: words that refer back without fixing a role.
    var isReferring: Bool { id <= 2 }

    /// Seniority, for people who held two offices at once (the party chief who is also president).
    var rank: Int {
        switch id {
        case 4: return 0
        case 5: return 1
        case 6: return 2
        case 7: return 3
        case 8: return 4
        case 9: return 5
        case 10: return 6
        case 11: return 7
        case 12: return 8
        case 13: return 9
        default: return 10
        }
    }
}

/// Role names by number (see `Role`).
final class RoleNames: @unchecked Sendable {
    static let fixed = ["leader", "diplomat", "counterpart", "official", "party_leader", "head_of_state", "head_of_government",
                        "parliament_speaker", "foreign_minister", "minister", "deputy_minister", "ambassador", "governor", "mayor"]
    static let shared = RoleNames()
    private let lock = NSLock()
    private var names: [String] = RoleNames.fixed
    private var ids: [String: Int32] = Dictionary(uniqueKeysWithValues: RoleNames.fixed.enumerated().map { ($1, Int32($0)) })

    func id(_ name: String) -> Int32 {
        lock.lock(); defer { lock.unlock() }
        if let i = ids[name] { return i }
        let i = Int32(names.count)
        names.append(name)
        ids[name] = i
        return i
    }

    func name(_ id: Int32) -> String {
        lock.lock(); defer { lock.unlock() }
        return names[Int(id)]
    }
}

/// What a title row says, as plain data (no Strings: copied freely in the hot loop).
struct TitleInfo: Sendable {
    var role: Role
    var chair: Bool
    var portfolio: Bool
    var posted: Bool
    var generic: Bool
    /// `EntityAnalysis.packedCode` of the row's country, 0 when none.
    var countryKey: UInt64
}

/// One row of `<lang>/titles.tsv`.
struct TitleRecord: Sendable {
    var role: String
    var chair: Bool
    var portfolio: Bool
    var posted: Bool
    var country: String?
    /// `role` as a number.
    var roleId: Role = .official
    /// leader, diplomat, counterpart: words that refer back without fixing a role.
    var isGeneric: Bool { roleId.isReferring }
}

/// Bits of `EntityLexicon.firstMap`: 0–23 person cue kinds, 24–31 place cue kinds, then these.
enum FirstBits {
    static let personCues: UInt64 = (1 << 24) - 1
    static let placeCue0: UInt64 = 24
    static let org: UInt64 = 1 << 32
    static let title: UInt64 = 1 << 33
    static let gazetteer: UInt64 = 1 << 34
    static let cues: UInt64 = (1 << 34) - 1
    /// From bit 35: the person-cue trie's first step for the token (`FastTrie.rootCode`), and
    /// from bit 48 the title trie's, when `EntityLexicon.rootsInMap`.
    static let cueRoot0: UInt64 = 35
    static let titleRoot0: UInt64 = 48
}

/// Everything the entity tagger reads for one language, built once per language.
final class EntityLexicon: @unchecked Sendable {
    let lang: String
    let gazetteer: Gazetteer
    let titles: FastTrie
    let titleRecords: [TitleRecord]
    /// `titleRecords` as plain data.
    let titleInfo: [TitleInfo]
    let isEnglish: Bool
    let isFrench: Bool
    let cues: CueLexicon
    let orgCues: CueLexicon
    let placeCues: CueLexicon
    let portfolios: CueLexicon
    /// Folded hashes of the language's function words (`stopwords.txt`).
    let stopwords: TokenMaskMap
    let ck: PersonCueKinds
    let pk: PlaceCueKinds
    let fk: PortfolioKinds
    /// Org cue kind ids → kind and position.
    let orgCueInfo: [OrgCue]

    /// First token hash → which phrases may start there (bits: `FirstBits`).
    let firstMap: TokenMaskMap
    /// `firstMap` carries the first steps of the person-cue and title tries.
    let rootsInMap: Bool

    init(lang: String) {
        self.lang = lang
        gazetteer = Gazetteer.shared
        let titles = FastTrie()
        var records: [TitleRecord] = []
        var firsts = Set<UInt64>()
        for row in DataFiles.rows("\(lang)/titles.tsv") where row.count >= 2 {
            let options = row.count >= 3 ? row[2].split(separator: ",").map { trimmed($0) } : []
            var rec = TitleRecord(role: trimmed(row[0]), chair: options.contains("chair"),
                                  portfolio: options.contains("portfolio"), posted: options.contains("posted"), country: nil)
            for o in options where o.hasPrefix("country=") { rec.country = String(o.dropFirst(8)) }
            rec.roleId = Role(rec.role)
            let id = Int32(records.count)
            records.append(rec)
            for f in row[1].split(separator: "|") {
                titles.insert(String(f), payload: id)
                if let t = TextAnalysis(String(f)).tokens.first { firsts.insert(t.hash) }
            }
        }
        titles.finish()
        self.titles = titles
        titleRecords = records
        titleInfo = records.map {
            TitleInfo(role: $0.roleId, chair: $0.chair, portfolio: $0.portfolio, posted: $0.posted, generic: $0.isGeneric,
                      countryKey: $0.country.map(EntityAnalysis.packedCode) ?? 0)
        }
        isEnglish = lang == "en"
        isFrench = lang == "fr"
        cues = CueLexicon(path: "\(lang)/person-cues.tsv")
        orgCues = CueLexicon(path: "\(lang)/org-cues.tsv", kindColumns: 2)
        placeCues = CueLexicon(path: "\(lang)/place-cues.tsv")
        portfolios = CueLexicon(path: "\(lang)/portfolios.tsv")
        var stop = TokenMaskMap(capacity: 64)
        for w in LanguagePack.words("\(lang)/stopwords.txt") {
            let a = TextAnalysis(w)
            if a.tokens.count == 1 { stop.insert(a.tokens[0].hash, bits: 1) }
        }
        stopwords = stop
        // Collected first, so that the table is sized to its keys (small enough to stay in cache).
        var bitsByHash: [UInt64: UInt64] = [:]
        for k in 0..<min(cues.kinds.count, 24) { for h in cues.firstTokens(of: k) { bitsByHash[h, default: 0] |= 1 << UInt64(k) } }
        for k in 0..<min(placeCues.kinds.count, 8) { for h in placeCues.firstTokens(of: k) { bitsByHash[h, default: 0] |= 1 << UInt64(24 + k) } }
        for h in orgCues.firsts { bitsByHash[h, default: 0] |= FirstBits.org }
        for h in firsts { bitsByHash[h, default: 0] |= FirstBits.title }
        // The first steps of the person-cue and title tries, where both tries are small enough.
        var roots = true
        for (h, b) in bitsByHash {
            guard let c = cues.trie.rootCode(h), let t = titles.rootCode(h) else { roots = false; break }
            bitsByHash[h] = b | c << FirstBits.cueRoot0 | t << FirstBits.titleRoot0
        }
        if !roots {
            for (h, b) in bitsByHash { bitsByHash[h] = b & ((1 << FirstBits.cueRoot0) - 1) }
        }
        rootsInMap = roots
        var map = TokenMaskMap(capacity: bitsByHash.count + 1, spread: 2)
        for (h, b) in bitsByHash { map.insert(h, bits: b) }
        map.buildFilter()
        firstMap = map
        ck = PersonCueKinds(cues)
        pk = PlaceCueKinds(placeCues)
        fk = PortfolioKinds(portfolios)
        let oc = orgCues
        orgCueInfo = oc.kinds.map { k in
            let p = k.split(separator: ":")
            let kind = String(p.first ?? ""), position = p.count > 1 ? String(p[1]) : ""
            var c = OrgCue()
            switch position {
            case "prefix": c.pos = .prefix
            case "whole": c.pos = .whole
            case "suffix": c.pos = .suffix
            default: c.pos = .other
            }
            c.orgKind = OrgKind(kind)
            c.isMinistry = kind == "ministry"
            c.wholeId = oc.id("\(kind):whole")
            return c
        }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: EntityLexicon] = [:]

    static func shared(_ lang: String) -> EntityLexicon {
        lock.lock(); defer { lock.unlock() }
        if let l = cache[lang] { return l }
        let l = EntityLexicon(lang: lang)
        cache[lang] = l
        return l
    }
}

/// A spelling-tolerant key for names written in several transliterations
/// (Tokaïev / Tokayev, Joumanguarine / Zhumangarin, Yermek / Ermek). Works on folded bytes.
enum NameKey {
    static func key(_ s: String) -> String {
        var f: [UInt8] = []
        var out: [UInt8] = []
        bytes(s.unicodeScalars, folded: &f, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The key's bytes of a run of scalars, into `out` (cleared first); `folded` is scratch.
    @inline(__always)
    static func bytes<S: Sequence>(_ scalars: S, folded f: inout [UInt8], into out: inout [UInt8]) where S.Element == Unicode.Scalar {
        f.removeAll(keepingCapacity: true)
        let table = FoldTable.shared
        for u in scalars { _ = table.append(u.value, to: &f) }
        fromFolded(f, into: &out)
    }

    /// The key's bytes of text already folded (`FoldTable`), into `out` (cleared first).
    static func fromFolded(_ f: [UInt8], into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        var i = 0
        let n = f.count
        while i < n {
            while i < n, !isLetter(f[i]) { i += 1 }
            var j = i
            while j < n, isLetter(f[j]) { j += 1 }
            if j > i {
                if !out.isEmpty { out.append(0x20) }
                word(f, i, j, into: &out)
            }
            i = j
        }
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || b >= 0x80 }

    /// One word `f[from..<to]` of letters, rewritten and appended to `out` (runs of one byte
    /// written once; a final `e` dropped from words longer than three).
    static func word(_ f: [UInt8], _ from: Int, _ to: Int, into out: inout [UInt8]) {
        // ye → e at the start (Yermek / Ermek).
        let b0 = to - from > 2 && f[from] == 0x79 && f[from + 1] == 0x65 ? from + 1 : from
        let start = out.count
        @inline(__always) func emit(_ b: UInt8) {
            if out.count == start || out[out.count - 1] != b { out.append(b) }
        }
        var k = b0
        while k < to {
            let c = f[k], d: UInt8 = k + 1 < to ? f[k + 1] : 0
            switch (c, d) {
            case (0x6F, 0x75): emit(0x75); k += 2; continue                   // ou → u
            case (0x7A, 0x68), (0x64, 0x6A): emit(0x6A); k += 2; continue    // zh, dj → j
            case (0x73, 0x68): emit(0x63); emit(0x68); k += 2; continue      // sh → ch
            case (0x6B, 0x68): emit(0x68); k += 2; continue                   // kh → h
            case (0x67, 0x75): emit(0x67); k += 2; continue                   // gu → g
            case (0x63, 0x6B): emit(0x6B); k += 2; continue                   // ck → k
            default: break
            }
            if c == 0x74, d == 0x63, k + 2 < to, f[k + 2] == 0x68 { emit(0x63); emit(0x68); k += 3; continue } // tch → ch
            switch c {
            case 0x79: emit(0x69)                     // y → i
            case 0x77: emit(0x76)                     // w → v
            case 0x71: emit(0x6B)                     // q → k
            case 0x78: emit(0x6B); emit(0x73)         // x → ks
            default: emit(c)
            }
            k += 1
        }
        if out.count - start > 3, out.last == 0x65 { out.removeLast() }
    }
}

/// Phonetic keys (`NameKey`) of the gazetteer's people → person index, keyed by a hash of the
/// key's bytes and checked against the bytes themselves: no String per look-up. Keys whose hash
/// collides with another key's (never seen, but possible) go to a dictionary instead.
final class PhoneticIndex: @unchecked Sendable {
    @exclusivity(unchecked) private var index = HashIndex(capacity: 8192)
    @exclusivity(unchecked) private var pool: [UInt8] = []
    /// Per entry: offset and length in `pool`, person.
    @exclusivity(unchecked) private var entries: [(Int32, Int32, Int32)] = []
    @exclusivity(unchecked) private var collided = HashIndex(capacity: 8)
    @exclusivity(unchecked) private var fallback: [String: Int] = [:]

    @inline(__always) static func hash(_ k: [UInt8]) -> UInt64 { fnv1a(k) }

    private func same(_ entry: Int, _ k: [UInt8]) -> Bool {
        let (off, len, _) = entries[entry]
        guard Int(len) == k.count else { return false }
        var i = 0
        while i < k.count { if pool[Int(off) + i] != k[i] { return false }; i += 1 }
        return true
    }

    /// Records `person` for the key unless the key already has one.
    func addIfAbsent(_ k: [UInt8], _ person: Int) {
        let h = PhoneticIndex.hash(k)
        if collided.get(h) >= 0 {
            let s = String(decoding: k, as: UTF8.self)
            if fallback[s] == nil { fallback[s] = person }
            return
        }
        let e = index.get(h)
        if e < 0 {
            index.set(h, entries.count)
            entries.append((Int32(pool.count), Int32(k.count), Int32(person)))
            pool.append(contentsOf: k)
            return
        }
        if same(e, k) { return }
        // Two keys, one hash: both by name from now on.
        collided.set(h, 1)
        let (off, len, p) = entries[e]
        fallback[String(decoding: pool[Int(off)..<Int(off + len)], as: UTF8.self)] = Int(p)
        let s = String(decoding: k, as: UTF8.self)
        if fallback[s] == nil { fallback[s] = person }
    }

    /// The person of a key, or -1.
    func lookup(_ k: [UInt8]) -> Int {
        let h = PhoneticIndex.hash(k)
        if collided.count > 0, collided.get(h) >= 0 { return fallback[String(decoding: k, as: UTF8.self)] ?? -1 }
        let e = index.get(h)
        guard e >= 0, same(e, k) else { return -1 }
        return Int(entries[e].2)
    }
}

/// A form marked ambiguous in the data (`?` first): `hasPrefix("?")`, with a byte test first.
@inline(__always)
func marked(_ s: String) -> Bool { s.utf8.first == 0x3F && s.hasPrefix("?") }

/// A field without surrounding spaces, tabs or carriage return (cheap: no Foundation).
@inline(__always)
func trimmed<S: StringProtocol>(_ s: S) -> String {
    var sub = Substring(s)
    while let f = sub.first, f == " " || f == "\t" { sub.removeFirst() }
    while let l = sub.last, l == " " || l == "\t" || l == "\r" { sub.removeLast() }
    return String(sub)
}
