import DyadCore
import DyadText

/// A country code interned for the article (index into `EntityAnalysis.codes`): plain data,
/// cheap to copy and compare.
typealias Code = Int16

/// Kinds of organisations (`common/organizations.tsv`, `<lang>/org-cues.tsv`); the kind of a
/// title's complement decides the role (`président du Sénat` → parliament_speaker).
enum OrgKind: UInt8 {
    case party, parliament, government, local, ministry, foreignMinistry, io, company, airline, agency, media, other
    init(_ s: String) {
        switch s {
        case "party": self = .party
        case "parliament": self = .parliament
        case "government": self = .government
        case "local": self = .local
        case "ministry": self = .ministry
        case "io": self = .io
        case "company": self = .company
        case "airline": self = .airline
        case "agency": self = .agency
        case "media": self = .media
        default: self = .other
        }
    }
}

/// Token ranges of a name shown without the words between them.
struct DisplayName {
    var headS: Int32, headE: Int32, restS: Int32, restE: Int32
}

/// Per-token facts of the analysis (-1: none).
struct TokInfo {
    // Every field is stored so that all-zero bytes mean "none" (index fields hold index + 1):
    // the per-token array starts as one `memset`. The properties read and write plain indexes.
    var sentenceOf: Int32 = 0
    private var countryAt1: Int32 = 0
    private var gazAt1: Int32 = 0
    private var gazEndAt1: Int32 = 0
    private var titleLong1: Int32 = 0
    private var placeAt1: Int32 = 0
    private var placeCueAt1: Int32 = 0
    private var placeEndAt1: Int32 = 0
    private var orgNameAt1: Int32 = 0
    private var orgAt1: Int32 = 0
    private var orgCover1: Int32 = 0
    private var taken1: Int32 = 0
    var titleEndHere = false
    var blocked = false
    var claimed = false
    /// Where the title trie's walk for `titleLong` ended (valid when `titleLong >= 0`).
    var titleNode: Int32 = 0

    @inline(__always) var countryAt: Int32 { get { countryAt1 &- 1 } set { countryAt1 = newValue &+ 1 } }
    @inline(__always) var gazAt: Int32 { get { gazAt1 &- 1 } set { gazAt1 = newValue &+ 1 } }
    @inline(__always) var gazEndAt: Int32 { get { gazEndAt1 &- 1 } set { gazEndAt1 = newValue &+ 1 } }
    @inline(__always) var titleLong: Int32 { get { titleLong1 &- 1 } set { titleLong1 = newValue &+ 1 } }
    @inline(__always) var placeAt: Int32 { get { placeAt1 &- 1 } set { placeAt1 = newValue &+ 1 } }
    @inline(__always) var placeCueAt: Int32 { get { placeCueAt1 &- 1 } set { placeCueAt1 = newValue &+ 1 } }
    @inline(__always) var placeEndAt: Int32 { get { placeEndAt1 &- 1 } set { placeEndAt1 = newValue &+ 1 } }
    @inline(__always) var orgNameAt: Int32 { get { orgNameAt1 &- 1 } set { orgNameAt1 = newValue &+ 1 } }
    @inline(__always) var orgAt: Int32 { get { orgAt1 &- 1 } set { orgAt1 = newValue &+ 1 } }
    @inline(__always) var orgCover: Int32 { get { orgCover1 &- 1 } set { orgCover1 = newValue &+ 1 } }
    @inline(__always) var taken: Int32 { get { taken1 &- 1 } set { taken1 = newValue &+ 1 } }
    // `taken`: index into `spans` of the span covering the token, -2 for a reference added later.
}

/// A country or demonym mention as a token range.
struct CountryHit {
    var s: Int
    var e: Int
    var code: Code
    var demonym: Bool
}

/// A gazetteer match: the readings of the same token range (first index of each kind, -1 none).
struct GazHit {
    var s: Int
    var e: Int
    var person: Int32 = -1
    var alias: Int32 = -1
    var place: Int32 = -1
    var org: Int32 = -1
    var ambiguousPerson = false
    var ambiguousPlace = false
    var hasPerson: Bool { person >= 0 || alias >= 0 }
    var hasPlace: Bool { place >= 0 }
    var hasOrg: Bool { org >= 0 }
    /// The person, by full name first, else by alias.
    var anyPerson: Int { Int(person >= 0 ? person : alias) }
}

/// A span the analysis proposes as a mention, before overlaps are settled.
struct Span {
    enum Source: String {
        case title, apposition, honorific, gazetteer, surname, titleRef
        case orgGazetteer, orgPattern, abbreviation, placeGazetteer, placePattern

        /// The `source` of the mention (`entity.title`, …), without building a string each time.
        var mentionSource: String {
            switch self {
            case .title: return "entity.title"
            case .apposition: return "entity.apposition"
            case .honorific: return "entity.honorific"
            case .gazetteer: return "entity.gazetteer"
            case .surname: return "entity.surname"
            case .titleRef: return "entity.titleRef"
            case .orgGazetteer: return "entity.orgGazetteer"
            case .orgPattern: return "entity.orgPattern"
            case .abbreviation: return "entity.abbreviation"
            case .placeGazetteer: return "entity.placeGazetteer"
            case .placePattern: return "entity.placePattern"
            }
        }
    }
    // Stored narrow (token indexes fit in 32 bits): spans are copied and moved a lot, and
    // half the bytes is half the traffic. The `Int` properties below read and write them.
    var kind: MentionKind
    var source: Source
    /// Replaced by a longer reading (indexes cleared).
    var dead: Bool
    var orgKind: OrgKind?
    var code: Code?
    private var s32, e32, nameS32, nameE32, priority32, gaz32, title32, cueS32, entity32: Int32
    /// A name to show instead of the text: head and portfolio without the adjective between
    /// (`ministère des Affaires étrangères` for `ministère kazakh des Affaires étrangères`).
    var display: DisplayName?
    /// Identity of a pattern organisation's name (hash of its name tokens), 0 when none.
    var keyHash: UInt64

    init(kind: MentionKind, s: Int, e: Int, nameS: Int, nameE: Int, source: Source, priority: Int, gaz: Int = -1,
         code: Code? = nil, orgKind: OrgKind? = nil, title: Int = -1, cueS: Int = -1, entity: Int = -1,
         display: DisplayName? = nil, keyHash: UInt64 = 0, dead: Bool = false) {
        self.kind = kind
        self.source = source
        self.dead = dead
        self.orgKind = orgKind
        self.code = code
        s32 = Int32(s); e32 = Int32(e); nameS32 = Int32(nameS); nameE32 = Int32(nameE)
        priority32 = Int32(priority); gaz32 = Int32(gaz); title32 = Int32(title); cueS32 = Int32(cueS); entity32 = Int32(entity)
        self.display = display
        self.keyHash = keyHash
    }

    /// Mention tokens.
    var s: Int { get { Int(s32) } set { s32 = Int32(newValue) } }
    var e: Int { get { Int(e32) } set { e32 = Int32(newValue) } }
    /// Tokens of the full name (organisations and places: with the complement that names their
    /// country, `ministère des Affaires étrangères de la République tchèque`).
    var nameS: Int { get { Int(nameS32) } set { nameS32 = Int32(newValue) } }
    var nameE: Int { get { Int(nameE32) } set { nameE32 = Int32(newValue) } }
    var priority: Int { get { Int(priority32) } set { priority32 = Int32(newValue) } }
    var gaz: Int { get { Int(gaz32) } set { gaz32 = Int32(newValue) } }
    /// For people: the title that introduced the name.
    var title: Int { get { Int(title32) } set { title32 = Int32(newValue) } }
    /// For places: first token of the cue (`province de`), so title complements can take it whole.
    var cueS: Int { get { Int(cueS32) } set { cueS32 = Int32(newValue) } }
    var entity: Int { get { Int(entity32) } set { entity32 = Int32(newValue) } }
}

/// A role title and what its complements say.
struct TitleParse {
    var s: Int
    var headS: Int
    var headE: Int
    var e: Int
    var record: Int
    var role: Role
    var country: Code?
    var postedTo: Code?
    var definite: Bool
    var detS: Int
    var names = NameList()
    /// Used as an apposition after a name (`Petr Vrublevskiy, Ambassador of Ukraine`).
    var apposition = false
    /// The title is in an international body (`secrétaire général de l'ONU`): no country by context.
    var international = false
}

/// The names a title introduces: almost always none or one, so the first two are kept inline
/// and more go to the analysis' `nameOverflow` (a title's extra names are written one after the
/// other there). Plain data: titles copy without reference counting.
struct NameList {
    private var n0s: Int32 = 0, n0e: Int32 = 0, n1s: Int32 = 0, n1e: Int32 = 0
    /// Where the third and later names start in the overflow list.
    private var overflowStart: Int32 = 0
    private(set) var count = 0

    static let inline = 2

    var isEmpty: Bool { count == 0 }

    mutating func append(_ p: (Int, Int), overflow: inout [(Int, Int)]) {
        switch count {
        case 0: n0s = Int32(p.0); n0e = Int32(p.1)
        case 1: n1s = Int32(p.0); n1e = Int32(p.1)
        default:
            let k = count - NameList.inline
            if k == 0 {
                overflowStart = Int32(overflow.count)
            } else if Int(overflowStart) + k != overflow.count {
                // Someone else wrote after this list's names: move them to the end first.
                let old = Array(overflow[Int(overflowStart)..<Int(overflowStart) + k])
                overflowStart = Int32(overflow.count)
                overflow.append(contentsOf: old)
            }
            overflow.append(p)
        }
        count += 1
    }

    func at(_ i: Int, _ overflow: [(Int, Int)]) -> (Int, Int) {
        switch i {
        case 0: return (Int(n0s), Int(n0e))
        case 1: return (Int(n1s), Int(n1e))
        default: return overflow[Int(overflowStart) + i - NameList.inline]
        }
    }

    func last(_ overflow: [(Int, Int)]) -> (Int, Int)? { count == 0 ? nil : at(count - 1, overflow) }

    func firstIndex(_ overflow: [(Int, Int)], where test: ((Int, Int)) -> Bool) -> Int? {
        var i = 0
        while i < count { if test(at(i, overflow)) { return i }; i += 1 }
        return nil
    }
}

/// Cue positions with one `firstMask` bit (see `EntityAnalysis.cues(withBit:)`).
struct CueRun: Sequence, IteratorProtocol {
    let positions: Slab<Int>
    let masks: Slab<UInt64>
    let bit: UInt64
    var q = 0

    init(positions: Slab<Int>, masks: Slab<UInt64>, bit: UInt64) {
        self.positions = positions
        self.masks = masks
        self.bit = bit
        // Nothing to find: start at the end.
        if bit == 0 { q = masks.count }
    }

    mutating func next() -> Int? {
        while q < masks.count {
            let k = q
            q += 1
            if masks[k] & bit != 0 { return positions[k] }
        }
        return nil
    }
}

/// A person, organisation or place of the article being built from spans. Names and titles
/// are token ranges, made into text only when asked (`name`, `title`).
struct EntityInfo {
    var kind: MentionKind
    var nameS = 0
    var nameE = 0
    var nameTokens = 0
    var display: DisplayName?
    var country: Code?
    var countryStrength = -1
    var role: Role?
    var roleStrength = -1
    var titleS = -1
    var titleE = -1
    var titleRecord = -1
    var postedTo: Code?
    var gaz = -1
    var lastHash: UInt64 = 0
    var orgKind: OrgKind?
    init(kind: MentionKind) { self.kind = kind }
}

/// The entity layer of one article: spans of people, organisations and places with their
/// entities. A pure function of the article, so `tag` and `link` see the same result.
final class EntityAnalysis {
    let a: TextAnalysis
    let toks: [Token]
    let n: Int
    let lex: EntityLexicon
    let gaz: Gazetteer
    let year: Int?
    let latin: Bool
    /// Token hashes are FNV-1a of their folded bytes (`tokenHashIsFNV`).
    let fnvTokens: Bool

    @exclusivity(unchecked) var countries: [CountryHit] = []
    /// Memory of the per-token arrays (recycled when the analysis goes).
    private let ws: EntityWorkspace
    /// Everything known per token, in one array (size n + 1: some fields index ends).
    let ti: Slab<TokInfo>
    @exclusivity(unchecked) var articleCountryCache: Code?? = nil
    /// Country codes of the article: `Code` → string, and back.
    @exclusivity(unchecked) var codes: [String] = []
    /// The article's hash maps (codes, entity keys, surnames …) in one table.
    @exclusivity(unchecked) var index = TaggedIndex()
    /// `packedCode` of each of `codes` (an article names a handful: a scan beats a table).
    @exclusivity(unchecked) var codeKeys: [UInt64] = []
    /// Token → index of the country mention covering it, or -1.
    @exclusivity(unchecked) var gazHits: [GazHit] = []
    /// Candidate positions: tokens that start some cue phrase (titles, org and place cues …).
    /// Per token: which phrases may start there (`FirstBits`).
    /// Tokens where a cue phrase may start, capitalised words, and title starts: the later
    /// passes walk these lists instead of every token.
    @exclusivity(unchecked) var cuePositions: Slab<Int>
    /// Per token: which phrases may start there (`FirstBits`; size n + 1, kept out of `TokInfo`
    /// to keep that small).
    let firstMask: Slab<UInt64>
    /// All the bits of `firstMask` in the article.
    @exclusivity(unchecked) var cueUnion: UInt64 = 0
    /// `firstMask` of each cue position (dense, for passes that look for one kind).
    @exclusivity(unchecked) var cueMasks: Slab<UInt64>
    @exclusivity(unchecked) var capPositions: Slab<Int>
    @exclusivity(unchecked) var titlePositions: [Int] = []
    /// End of the longest title phrase starting at a token, or -1.
    /// Some title phrase ends right before this token (size n + 1).

    @exclusivity(unchecked) var places: [Span] = []
    @exclusivity(unchecked) var orgs: [Span] = []
    @exclusivity(unchecked) var persons: [Span] = []
    @exclusivity(unchecked) var titles: [TitleParse] = []
    /// Third and later names of titles (`NameList`).
    @exclusivity(unchecked) var nameOverflow: [(Int, Int)] = []
    /// Tokens inside building and facility names.
    /// Per-token indexes into `places` and `orgs` (-1 when none), kept in step with the lists so
    /// that look-ups stay constant-time in long documents.

    /// Final spans, non-overlapping, in text order, and their entities.
    @exclusivity(unchecked) var spans: [Span] = []
    @exclusivity(unchecked) var entities: [EntityInfo] = []
    /// Token → index into `spans`, or -1.
    /// Person entity → sorted first tokens of its named mentions (for titles alone).
    /// Scratch buffers for phonetic keys.
    @exclusivity(unchecked) private var foldScratch: [UInt8] = []
    @exclusivity(unchecked) private var keyScratch: [UInt8] = []
    /// Sorted `entity << 32 | first token` of the named mentions of people.
    @exclusivity(unchecked) var personKeys: [Int] = []

    init(_ ctx: TagContext, lexicon: EntityLexicon, countryMentions: [Mention]) {
        a = ctx.analysis
        toks = a.tokens
        n = toks.count
        lex = lexicon
        gaz = lexicon.gazetteer
        year = ctx.reference?.year
        latin = lexicon.lang == "fr" || lexicon.lang == "en" || lexicon.lang == "es"
        fnvTokens = tokenHashIsFNV
        ck = lexicon.ck
        pk = lexicon.pk
        fk = lexicon.fk
        let n = self.n
        ws = EntityWorkspace.take(tokens: n)
        // All zero is a blank `TokInfo` (sentence 0, no indexes, no flags).
        let info = ws.info(n + 1)
        ti = info
        firstMask = ws.masks(n + 1)
        capPositions = Slab(base: ws.capsBase, count: 0)
        cuePositions = Slab(base: ws.cuesBase, count: 0)
        cueMasks = Slab(base: ws.cueMasksBase, count: 0)
        // The lists start from the last analysis' memory.
        @inline(__always) func take<T>(_ list: inout [T], _ from: inout [T]) { swap(&list, &from); list.removeAll(keepingCapacity: true) }
        take(&countries, &ws.countries)
        take(&places, &ws.places)
        take(&orgs, &ws.orgs)
        take(&persons, &ws.persons)
        take(&spans, &ws.spans)
        take(&entities, &ws.entities)
        take(&titles, &ws.titleParses)
        take(&personKeys, &ws.personKeys)
        countries.reserveCapacity(16)
        codes.reserveCapacity(8)
        codeKeys.reserveCapacity(8)
        ctx.sentences.withUnsafeBufferPointer { ss in
            for k in ss.indices {
                let a = max(0, ss[k].tokenStart), b = min(n, ss[k].tokenEnd)
                var t = a
                while t < b { info[t].sentenceOf = Int32(k); t += 1 }
            }
        }
        var hint = 0
        // The same few codes come again and again: the last one is remembered.
        var lastCode: String? = nil
        var lastInterned: Code = 0
        countryMentions.withUnsafeBufferPointer { ms in
            for mi in ms.indices where ms[mi].kind == .country {
                guard let c = ms[mi].code else { continue }
                // `TextAnalysis.tokenRange`, searching from the previous mention's tokens.
                let s = firstToken(endingAfter: ms[mi].start, hint: hint)
                hint = s
                var e = s
                let end = ms[mi].end
                while e < n, toks[e].start < end { e += 1 }
                guard s < e else { continue }
                let idx = Int32(countries.count)
                let code: Code
                if let l = lastCode, l == c { code = lastInterned } else { code = internCode(c); lastCode = c; lastInterned = code }
                countries.append(CountryHit(s: s, e: e, code: code, demonym: ms[mi].source == "demonym"))
                for t in s..<e where info[t].countryAt < 0 { info[t].countryAt = idx }
            }
        }
        run()
    }

    deinit {
        index.release(into: &ws.indexSlots)
        swap(&titlePositions, &ws.titles)
        swap(&countries, &ws.countries)
        swap(&places, &ws.places)
        swap(&orgs, &ws.orgs)
        swap(&persons, &ws.persons)
        swap(&spans, &ws.spans)
        swap(&entities, &ws.entities)
        swap(&titles, &ws.titleParses)
        swap(&personKeys, &ws.personKeys)
        swap(&gazHits, &ws.hits)
        EntityWorkspace.give(ws)
    }

    /// The first token whose range ends after `offset` (`TextAnalysis.tokenIndex(atOrAfter:)`),
    /// galloping from `hint` when the answer cannot be before it.
    private func firstToken(endingAfter offset: Int, hint: Int) -> Int {
        var lo = 0, hi = n
        if hint == 0 || (hint <= n && toks[hint - 1].end <= offset) {
            lo = hint
            // Mentions come in order, a few tokens apart: a short forward walk usually finds it.
            var k = lo
            while k < n, k - lo < 32 {
                if toks[k].end > offset { return k }
                k += 1
            }
            if k >= n { return n }
            lo = k
            var bound = lo, step = 1
            while bound < n, toks[bound].end <= offset { lo = bound + 1; bound = lo + step; step &<<= 1 }
            hi = min(bound + 1, n)
        } else {
            hi = min(hint - 1, n)
        }
        while lo < hi {
            let mid = (lo + hi) / 2
            if toks[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    // MARK: - Driver

    private func run() {
        scanTokens()
        findFacilities()
        findPlaces()
        findOrgs()
        findTitles()
        findPeople()
        settle()
        buildEntities()
        addReferences()
        // By position (a stable sort on indexes: spans are big to move).
        let count = spans.count
        var byPosition = withUnsafeTemporaryAllocation(of: (Int, Int).self, capacity: count) { (buf: UnsafeMutableBufferPointer<(Int, Int)>) -> [Span] in
            var order = buf
            for k in 0..<count { order[k] = (spans[k].s, k) }
            order.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            var sorted: [Span] = []
            swap(&sorted, &ws.spans2)
            sorted.removeAll(keepingCapacity: true)
            sorted.reserveCapacity(count)
            for k in 0..<count { sorted.append(spans[order[k].1]) }
            return sorted
        }
        // The sorted list becomes `spans`; the old one's memory waits for the next article.
        swap(&byPosition, &spans)
        swap(&byPosition, &ws.spans2)
    }

    /// Gazetteer matches and the positions where cue phrases start, in tight passes: cue first
    /// tokens and capitals (no data-dependent branch), titles, then the gazetteer, whose first
    /// look-ups are all issued before any is used (independent cache misses overlap).
    private func scanTokens() {
        let map = lex.firstMap
        let filter = gaz.firstFilter
        let titleTrie = lex.titles
        let gazTrie = gaz.trie
        let n = self.n
        let info = ti
        var titleStarts: [Int] = []
        swap(&titleStarts, &ws.titles)
        titleStarts.removeAll(keepingCapacity: true)
        var hits: [GazHit] = []
        swap(&hits, &ws.hits)
        hits.removeAll(keepingCapacity: true)
        hits.reserveCapacity(16)
        // Capitalised words, and tokens where some cue phrase may start: every index is written
        // (room for all in the workspace), the count moves only for the kept ones.
        let capBuf = ws.capsBase, cueBuf = ws.cuesBase, maskBuf = ws.cueMasksBase
        let maskOf = firstMask.base
        var nCaps = 0, nCues = 0
        var union: UInt64 = 0
        toks.withUnsafeBufferPointer { toks in
            for i in 0..<n {
                let t = toks[i]
                capBuf[nCaps] = i
                nCaps &+= t.kind == .word && t.isCapitalized ? 1 : 0
                let bits = t.kind == .number ? 0 : map.filteredBits(t.hash)
                maskOf[i] = bits
                cueBuf[nCues] = i
                maskBuf[nCues] = bits
                union |= bits
                nCues &+= bits != 0 ? 1 : 0
            }
        }
        let caps = Slab(base: capBuf, count: nCaps)
        let cues = Slab(base: cueBuf, count: nCues)
        let masks = Slab(base: maskBuf, count: nCues)
        capPositions = caps
        cuePositions = cues
        cueMasks = masks
        cueUnion = union
        toks.withUnsafeBufferPointer { toks in
            do {
                // Titles: their longest phrase, and where each phrase ends.
                for (q, i) in cues.enumerated() where toks[i].kind == .word && masks[q] & FirstBits.title != 0 {
                    var longest = -1
                    var node: Int32 = 0
                    let code = (masks[q] >> FirstBits.titleRoot0) & 0x1FFF
                    let step: Int32 = !lex.rootsInMap ? Int32.min : (code == 0 ? -1 : FastTrie.rootChild(code))
                    titleTrie.forEachMatch(a, i, maxTokens: 10, firstStep: step) { end, nd in
                        longest = end
                        node = nd
                        info[end].titleEndHere = true
                    }
                    if longest >= 0 { info[i].titleLong = Int32(longest); info[i].titleNode = node; titleStarts.append(i) }
                }
                // Gazetteer names, which start with a capital: the filter, then every first step
                // of the trie, then the walks.
                withUnsafeTemporaryAllocation(of: (Int, Int32).self, capacity: caps.count) { (cand: UnsafeMutableBufferPointer<(Int, Int32)>) -> Void in
                var nCand = 0
                for i in caps {
                    cand[nCand] = (i, -1)
                    nCand &+= filter.mayContain(toks[i].hash) ? 1 : 0
                }
                for k in 0..<nCand { cand[k].1 = gazTrie.packedChild(0, toks[cand[k].0].hash) }
                var gazEnd = 0
                for q in 0..<nCand where cand[q].1 >= 0 && cand[q].0 >= gazEnd {
                    let i = cand[q].0
                    let t = toks[i]
                    guard let m = gazTrie.longest(toks, i, firstStep: cand[q].1) else { continue }
                    var h = GazHit(s: i, e: m.end)
                    var k = gazTrie.entryHead[Int(m.node)]
                    while k >= 0 {
                        let entry = gazTrie.entryList[Int(k)]
                        k = entry.next
                        guard FastTrie.fits(entry, t) else { continue }
                        let (kind, idx) = Gazetteer.decode(entry.payload)
                        switch kind {
                        case .person: if h.person < 0 { h.person = Int32(idx) }; if entry.ambiguous { h.ambiguousPerson = true }
                        case .alias: if h.alias < 0 { h.alias = Int32(idx) }; if entry.ambiguous { h.ambiguousPerson = true }
                        case .place: if h.place < 0 { h.place = Int32(idx) }; if entry.ambiguous { h.ambiguousPlace = true }
                        case .org: if h.org < 0 { h.org = Int32(idx) }
                        }
                    }
                    // `Hô Chi Minh` inside `Hô Chi Minh-Ville`: a longer compound, not this name.
                    let personOnly = !h.hasPlace && !h.hasOrg
                    if !(personOnly && (continuesGlued(m.end) || startsGlued(i))) {
                        info[i].gazAt = Int32(hits.count)
                        info[h.e].gazEndAt = Int32(hits.count)
                        hits.append(h)
                        // Inside an organisation's name, places and countries still count
                        // (`Centre financier international d'Astana`).
                        gazEnd = !h.hasPerson && !h.hasPlace ? i + 1 : m.end
                    }
                }
                }
            }
        }
        titlePositions = titleStarts
        gazHits = hits
    }

    /// Token `e` continues the word before it with a glued hyphen (`Minh-Ville`).
    func continuesGlued(_ e: Int) -> Bool {
        e + 1 < n && toks[e].kind == .punct && tokenIs(e, is: "-") && !toks[e].spaceBefore && toks[e + 1].kind == .word && !toks[e + 1].spaceBefore
    }

    func startsGlued(_ s: Int) -> Bool {
        s >= 2 && toks[s - 1].kind == .punct && tokenIs(s - 1, is: "-") && !toks[s - 1].spaceBefore && !toks[s].spaceBefore && toks[s - 2].kind == .word
    }

    // MARK: - Lookups

    /// The `firstMask` bit of a person cue kind (0 when the kind is not in the file).
    @inline(__always) func kindBit(_ kind: Int) -> UInt64 { kind >= 0 && kind < 24 ? 1 << UInt64(kind) : 0 }

    @inline(__always) func placeKindBit(_ kind: Int) -> UInt64 { kind >= 0 && kind < 8 ? 1 << (FirstBits.placeCue0 + UInt64(kind)) : 0 }

    /// The cue positions whose `firstMask` has `bit`, in order: what a pass over `cuePositions`
    /// that starts with `cue(i, kind)` keeps, without reading `ti`.
    @inline(__always) func cues(withBit bit: UInt64) -> CueRun { CueRun(positions: cuePositions, masks: cueMasks, bit: cueUnion & bit) }

    /// `TextAnalysis.isPunct` / `tokenIs`, with the hash check of `foldedIs` decided once per
    /// article (`fnvTokens`) rather than per call.
    @inline(__always) func isPunct(_ i: Int, _ p: StaticString) -> Bool {
        guard i >= 0 && i < n else { return false }
        let t = toks[i]
        return t.kind == .punct && same(t, p)
    }

    @inline(__always) func tokenIs(_ i: Int, is word: StaticString) -> Bool {
        i >= 0 && i < n && same(toks[i], word)
    }

    /// A token's folded bytes equal an ASCII word: length, then the hash when tokens are hashed
    /// with FNV-1a (no read of the folded text), then the bytes.
    @inline(__always) func same(_ t: Token, _ word: StaticString) -> Bool {
        let len = word.utf8CodeUnitCount
        guard Int(t.fEnd - t.fStart) == len else { return false }
        let p = word.utf8Start
        if fnvTokens {
            var h: UInt64 = 0xcbf29ce484222325
            for j in 0..<len { h = (h ^ UInt64(p[j])) &* 0x100000001b3 }
            guard h == t.hash else { return false }
            // FNV-1a cannot map two different strings of one or two bytes to one hash (the
            // prime's 2^40 term keeps a first-byte difference above the second byte's reach):
            // for those, equal hashes are equal bytes.
            if len <= 2 { return true }
        }
        return a.folded.withUnsafeBufferPointer { f in
            var k = Int(t.fStart)
            var j = 0
            while j < len { if f[k] != p[j] { return false }; j += 1; k += 1 }
            return true
        }
    }

    /// The article's code for a country code string.
    func internCode(_ c: String) -> Code {
        internCode(key: EntityAnalysis.packedCode(c)) { c }
    }

    /// Codes are short ASCII (`VNM`, `ASEAN`): hashed into a word, they key a fast map.
    static func packedCode(_ c: String) -> UInt64 {
        var packed: UInt64 = 0x9E3779B97F4A7C15
        var bytes = c
        bytes.withUTF8 { buf in for b in buf { packed = (packed ^ UInt64(b)) &* 0x100000001b3 } }
        return packed
    }

    /// `internCode` of a code already hashed (`packedCode`); `code` gives the String when new.
    @inline(__always) func internCode(key packed: UInt64, _ code: () -> String) -> Code {
        let found = codeKeys.withUnsafeBufferPointer { keys -> Int in
            for k in keys.indices where keys[k] == packed { return k }
            return -1
        }
        if found >= 0 { return Code(found) }
        let k = Code(codes.count)
        codes.append(code())
        codeKeys.append(packed)
        return k
    }

    func intern(_ c: String?) -> Code? {
        guard let c else { return nil }
        return internCode(c)
    }

    /// The string of an article code.
    func code(_ k: Code?) -> String? { k.map { codes[Int($0)] } }

    /// Title words that refer back to a named person without fixing a role.
    @inline(__always) func isReferring(_ r: Role) -> Bool { r.isReferring }

    @inline(__always) func country(startingAt i: Int) -> CountryHit? {
        guard i >= 0, i < n, ti[i].countryAt >= 0 else { return nil }
        let c = countries[Int(ti[i].countryAt)]
        return c.s == i ? c : nil
    }

    @inline(__always) func country(endingAt e: Int) -> CountryHit? {
        guard e > 0, e <= n, ti[e - 1].countryAt >= 0 else { return nil }
        let c = countries[Int(ti[e - 1].countryAt)]
        return c.e == e ? c : nil
    }

    @inline(__always) func inCountry(_ i: Int) -> Bool { i >= 0 && i < n && ti[i].countryAt >= 0 }

    @inline(__always) func gazHit(at i: Int) -> GazHit? {
        guard i >= 0, i < n, ti[i].gazAt >= 0 else { return nil }
        return gazHits[Int(ti[i].gazAt)]
    }

    // Kind ids, copied from the lexicon once (read everywhere).
    let ck: PersonCueKinds
    let pk: PlaceCueKinds
    let fk: PortfolioKinds

    func cue(_ i: Int, _ kind: Int) -> Int? {
        guard kind >= 0, kind < 24, i >= 0, i < n else { return nil }
        let m = firstMask[i]
        guard m & (1 << UInt64(kind)) != 0 else { return nil }
        // `lex.cues.match(a, i, kind)`, the first step read from the token's bits.
        guard lex.rootsInMap else { return lex.cues.match(a, i, kind) }
        let code = (m >> FirstBits.cueRoot0) & 0x1FFF
        return lex.cues.trie.longest(a, i, payload: Int32(kind), maxTokens: 8, firstStep: code == 0 ? -1 : FastTrie.rootChild(code))
    }

    /// A place cue of `kind` at `i`: its end.
    func placeCue(_ i: Int, _ kind: Int) -> Int? {
        guard kind >= 0, kind < 8, i >= 0, i < n, firstMask[i] & (1 << (FirstBits.placeCue0 + UInt64(kind))) != 0 else { return nil }
        return lex.placeCues.match(a, i, kind)
    }

    /// The longest organisation cue at `i`: its end and trie node (see `orgCueKinds`).
    @inline(__always)
    func orgCue(_ i: Int) -> (end: Int, node: Int32)? {
        guard i >= 0, i < n, firstMask[i] & FirstBits.org != 0 else { return nil }
        return lex.orgCues.longestNode(a, i)
    }

    /// Whether some kind of an org cue match at `i` (node from `orgCue`) satisfies `test`.
    @inline(__always)
    func orgCueAny(_ node: Int32, at i: Int, _ test: (OrgCue) -> Bool) -> Bool {
        let trie = lex.orgCues.trie
        let first = toks[i]
        var k = trie.entryHead[Int(node)]
        while k >= 0 {
            let e = trie.entryList[Int(k)]
            if FastTrie.fits(e, first), test(lex.orgCueInfo[Int(e.payload)]) { return true }
            k = e.next
        }
        return false
    }

    @inline(__always) func isStopword(_ i: Int) -> Bool {
        lex.stopwords.bits(toks[i].hash) != 0 || lex.cues.has(toks[i].hash, ck.function)
    }

    /// A `'s` after token `e - 1` (English possessive): the token after it.
    func possessive(_ e: Int) -> Int? {
        if e + 1 < n, isPunct(e, "'"), tokenIs(e + 1, is: "s") { return e + 2 }
        return nil
    }

    /// A joiner (`de la`, `of the`) at `i`: the token after it.
    func joiner(_ i: Int) -> Int? { cue(i, ck.joiner) }

    func sentenceStart(_ i: Int) -> Bool {
        i == 0 || ti[i].sentenceOf != ti[i - 1].sentenceOf || toks[i].flags.contains(.newlineBefore)
    }

    func placeSpan(startingAt i: Int) -> Span? {
        guard i >= 0, i < n else { return nil }
        if ti[i].placeAt >= 0 { return places[Int(ti[i].placeAt)] }
        if ti[i].placeCueAt >= 0 { return places[Int(ti[i].placeCueAt)] }
        return nil
    }

    /// The organisation whose name starts at `i` (or, failing that, whose mention does).
    func orgSpan(startingAt i: Int) -> Span? {
        guard i >= 0, i < n else { return nil }
        if ti[i].orgNameAt >= 0 { return orgs[Int(ti[i].orgNameAt)] }
        if ti[i].orgAt >= 0 { return orgs[Int(ti[i].orgAt)] }
        return nil
    }

    private func indexPlace(_ k: Int) {
        let p = places[k]
        if p.s < n && ti[p.s].placeAt < 0 { ti[p.s].placeAt = Int32(k) }
        if p.cueS >= 0 && ti[p.cueS].placeCueAt < 0 { ti[p.cueS].placeCueAt = Int32(k) }
        if p.e <= n { ti[p.e].placeEndAt = Int32(k) }
    }

    /// Drops a place a longer reading replaced, in constant time.
    private func removePlace(_ k: Int) {
        let p = places[k]
        if p.s < n, ti[p.s].placeAt == Int32(k) { ti[p.s].placeAt = -1 }
        if p.cueS >= 0, ti[p.cueS].placeCueAt == Int32(k) { ti[p.cueS].placeCueAt = -1 }
        if p.e <= n, ti[p.e].placeEndAt == Int32(k) { ti[p.e].placeEndAt = -1 }
        places[k].dead = true
    }

    private func addPlace(_ p: Span) {
        places.append(p)
        indexPlace(places.count - 1)
    }

    private func reindexPlaces() {
        for t in 0..<n { ti[t].placeAt = -1; ti[t].placeCueAt = -1; ti[t].placeEndAt = -1 }
        ti[n].placeEndAt = -1
        for k in places.indices where !places[k].dead { indexPlace(k) }
    }

    private func indexOrg(_ k: Int) {
        let o = orgs[k]
        if o.nameS < n && ti[o.nameS].orgNameAt < 0 { ti[o.nameS].orgNameAt = Int32(k) }
        if o.s < n && ti[o.s].orgAt < 0 { ti[o.s].orgAt = Int32(k) }
        for t in o.nameS..<min(n, max(o.nameE, o.e)) where ti[t].orgCover < 0 { ti[t].orgCover = Int32(k) }
    }

    private func addOrg(_ o: Span) {
        orgs.append(o)
        indexOrg(orgs.count - 1)
    }

    private func reindexOrgs() {
        for t in 0..<n { ti[t].orgNameAt = -1; ti[t].orgAt = -1; ti[t].orgCover = -1 }
        for k in orgs.indices { indexOrg(k) }
    }

    // MARK: - Facilities

    /// Names of buildings, airports, orders and prizes: never a person or a city
    /// (`aéroport international Noursoultan-Nazarbaïev`, `Noi Bai International Airport`).
    private func findFacilities() {
        for i in cues(withBit: kindBit(ck.facilityBefore)) {
            if let k = cue(i, ck.facilityBefore) {
                var j = k
                if let jj = joiner(j) { j = jj }
                var e = j
                while e < n, a.isCapWord(e) || (e > j && continuesGlued(e - 1) && isPunct(e, "-")) || (e > j && isPunct(e, "-") && !toks[e].spaceBefore) {
                    if inCountry(e) && e == j { break }
                    e += 1
                }
                if e > j { for t in j..<e { ti[t].blocked = true } }
            }
        }
        guard lex.isEnglish else { return }
        for i in cues(withBit: kindBit(ck.facilityAfter)) where i >= 1 && a.isCapWord(i) {
            guard let k = cue(i, ck.facilityAfter) else { continue }
            var s = i
            while s > 0, a.isCapWord(s - 1) || (isPunct(s - 1, "-") && !toks[s - 1].spaceBefore) { s -= 1 }
            if s < i { for t in s..<k { ti[t].blocked = true } }
        }
    }

    // MARK: - Places

    private func findPlaces() {
        // Gazetteer places.
        for h in gazHits where h.hasPlace {
            if ti[h.s].blocked { continue }
            if h.ambiguousPlace && !h.hasPerson && !placeContext(h.s, h.e) { continue }
            addPlace(Span(kind: .place, s: h.s, e: h.e, nameS: h.s, nameE: h.e, source: .placeGazetteer, priority: 4,
                          gaz: Int(h.place), code: internCode(gaz.places[Int(h.place)].code)))
        }
        // `province de X`, `région du Kazakhstan oriental`, `province of X`.
        for i in cues(withBit: placeKindBit(pk.before)) {
            guard let k = placeCue(i, pk.before), k < n else { continue }
            if ti[k].placeAt >= 0 {
                let idx = Int(ti[k].placeAt)
                places[idx].cueS = i
                if ti[i].placeCueAt < 0 { ti[i].placeCueAt = Int32(idx) }
                continue
            }
            guard let (e, code) = placeName(at: k) else { continue }
            var c = code ?? placeCountryAfter(e)
            if c == nil { c = possessorCountry(before: i) }
            if c == nil { c = nearestCountry(before: i) }
            guard let cc = c else { continue }
            addPlace(Span(kind: .place, s: k, e: e, nameS: k, nameE: e, source: .placePattern, priority: 4, code: cc, cueS: i))
        }
        // `Shaanxi province`, `North Kazakhstan region`, `Nur-Sultan City`.
        for i in cues(withBit: placeKindBit(pk.after)) where i >= 1 {
            guard let k = placeCue(i, pk.after) else { continue }
            if ti[i].placeEndAt >= 0 { continue }
            var s = i
            while s > 0, i - s < 4, a.isCapWord(s - 1) || (isPunct(s - 1, "-") && !toks[s - 1].spaceBefore && s - 1 > 0 && a.isCapWord(s - 2)) {
                if a.isCapWord(s - 1) && isStopword(s - 1) { break }
                s -= 1
            }
            guard s < i else { continue }
            // The run must not be a bare country (`Vietnam region`) unless a direction word makes it a region.
            if let c = country(startingAt: s), c.e == i { continue }
            if placeCue(s, pk.notplace) == i { continue }
            if (s..<i).contains(where: { ti[$0].blocked || lex.cues.has(toks[$0].hash, ck.stop) }) { continue }
            let capitalCue = a.isCapWord(i) || isPunct(i, "-")
            let e = capitalCue ? k : i
            var code: Code? = nil
            if let g = gazHit(at: s), g.hasPlace, g.e == i { code = internCode(gaz.places[Int(g.place)].code) }
            if code == nil { for t in s..<i { if let c = country(startingAt: t) { code = c.code; break } } }
            if code == nil { code = placeCountryAfter(k) }
            if code == nil { code = possessorCountry(before: s) }
            if code == nil { code = nearestCountry(before: s) }
            guard let cc = code else { continue }
            for t in s..<i where ti[t].placeAt >= 0 {
                let k = Int(ti[t].placeAt)
                if places[k].e <= i { removePlace(k) }
            }
            addPlace(Span(kind: .place, s: s, e: e, nameS: s, nameE: k, source: .placePattern, priority: 4, code: cc))
        }
    }

    /// An ambiguous place name needs a preposition, a place cue, or a dateline.
    private func placeContext(_ s: Int, _ e: Int) -> Bool {
        if s == 0 || toks[s].flags.contains(.newlineBefore) { return true }
        if s > 0, lex.cues.has(toks[s - 1].hash, ck.posting) || lex.cues.has(toks[s - 1].hash, ck.joiner) { return true }
        if s > 1, isPunct(s - 1, "'"), lex.cues.has(toks[s - 2].hash, ck.joiner) { return true }
        if e < n, placeCue(e, pk.after) != nil { return true }
        return false
    }

    /// The name after a place cue: a gazetteer place, a country with a direction word, or a run
    /// of capitalised words. Returns its end and the country when the name tells it.
    private func placeName(at k: Int) -> (Int, Code?)? {
        if let c = country(startingAt: k) {
            guard let d = placeCue(c.e, pk.direction) else { return nil }
            return (d, c.code)
        }
        if let d = placeCue(k, pk.direction), let c = country(startingAt: d) { return (c.e, c.code) }
        guard a.isCapWord(k), !lex.cues.has(toks[k].hash, ck.stop), !ti[k].blocked else { return nil }
        if placeCue(k, pk.notplace) != nil { return nil }
        if let g = gazHit(at: k), g.hasOrg || (g.hasPerson && !g.hasPlace) { return nil }
        var e = k + 1
        while e < n, e - k < 4 {
            if a.isCapWord(e) && !inCountry(e) && toks[e].spaceBefore && !toks[e].flags.contains(.newlineBefore) { e += 1; continue }
            if isPunct(e, "-") && !toks[e].spaceBefore && a.isCapWord(e + 1) && !toks[e + 1].spaceBefore { e += 2; continue }
            break
        }
        if let d = placeCue(e, pk.direction), a.isLowerWord(e) { e = d }
        return (e, nil)
    }

    /// `… of Kazakhstan`, `… du Kazakhstan` right after a place or organisation name.
    func placeCountryAfter(_ e: Int) -> Code? {
        if let j = joiner(e), let c = country(startingAt: j) { return c.code }
        if let c = country(startingAt: e), c.demonym, a.isLowerWord(e) { return c.code }
        return nil
    }

    /// `Việt Nam’s northern province of …`, `Kazakhstan's Kyzylorda region`: the possessor.
    func possessorCountry(before s: Int) -> Code? {
        var j = s
        var skipped = 0
        while j > 0, skipped < 2, a.isLowerWord(j - 1), !isStopword(j - 1) { j -= 1; skipped += 1 }
        if j >= 2, tokenIs(j - 1, is: "s"), isPunct(j - 2, "'"), let c = country(endingAt: j - 2) { return c.code }
        if j >= 1, isPunct(j - 1, "'"), let c = country(endingAt: j - 1) { return c.code }
        if let c = country(endingAt: j), c.demonym, toks[c.s].isCapitalized || !lex.isFrench { return c.code }
        return nil
    }

    /// The nearest country named earlier in the same sentence.
    func nearestCountry(before s: Int) -> Code? {
        guard s > 0, s <= n else { return nil }
        let sent = ti[min(s, n - 1)].sentenceOf
        var j = s - 1
        while j >= 0, ti[j].sentenceOf == sent {
            if ti[j].countryAt >= 0 { return countries[Int(ti[j].countryAt)].code }
            j -= 1
        }
        return nil
    }

    /// The nearest country, or place or organisation with a country, earlier in the sentence.
    func nearestCode(before s: Int) -> Code? {
        guard s > 0, s <= n else { return nil }
        let sent = ti[min(s, n - 1)].sentenceOf
        var j = s - 1
        while j >= 0, ti[j].sentenceOf == sent {
            if ti[j].countryAt >= 0 { return countries[Int(ti[j].countryAt)].code }
            if ti[j].placeEndAt >= 0, let c = places[Int(ti[j].placeEndAt)].code { return c }
            if ti[j].orgCover >= 0, let c = orgs[Int(ti[j].orgCover)].code { return c }
            j -= 1
        }
        return nil
    }

    /// The article's own country, for people nothing else places: the country of the dateline
    /// (`Hanoi (VNA) -`, `ASTANA —`), else the country named most often.
    func articleCountry() -> Code? {
        if let cached = articleCountryCache { return cached }
        var result: Code? = nil
        if n > 0, ti[0].placeAt >= 0, let c = places[Int(ti[0].placeAt)].code {
            result = c
        } else {
            // The code named most often; on a tie, the smallest code (the first interned).
            var counts = [Int](repeating: 0, count: codes.count)
            for c in countries { counts[Int(c.code)] += 1 }
            var best = -1
            for k in counts.indices where counts[k] > 0 && (best < 0 || counts[k] > counts[best]) { best = k }
            result = best >= 0 ? Code(best) : nil
        }
        articleCountryCache = .some(result)
        return result
    }

    // MARK: - Organisations

    private func findOrgs() {
        // Gazetteer organisations.
        for h in gazHits where h.hasOrg && !h.hasPerson {
            if (h.s..<h.e).contains(where: { ti[$0].placeAt >= 0 && places[Int(ti[$0].placeAt)].e - places[Int(ti[$0].placeAt)].s >= h.e - h.s }) { continue }
            let orgKind = gaz.orgs[Int(h.org)].orgKind
            // The outlet's credit (`Photo : VNA`, `(VNA)`, `– VNA/VI`) names no actor.
            if orgKind == .media && isCredit(h.s, h.e) { continue }
            var span = Span(kind: .organization, s: h.s, e: h.e, nameS: h.s, nameE: h.e, source: .orgGazetteer, priority: 5,
                            gaz: Int(h.org), code: intern(gaz.orgs[Int(h.org)].code), orgKind: orgKind)
            // `Sovico` + `Group`, `Qazaq Air` + `JSC`: the head written after a known name.
            while span.e < n, a.isCapWord(span.e), firstMask[span.e] != 0, let m = orgCue(span.e),
                  orgCueAny(m.node, at: span.e, { $0.pos == .suffix }), toks[span.e].spaceBefore || isPunct(span.e - 1, "-") {
                span.e = m.end
                span.nameE = m.end
            }
            if let c = possessorCountry(before: h.s) ?? placeCountryAfter(h.e) {
                // The text names the country (`l'Assemblée nationale du Vietnam`).
                if span.code == c { span.nameE = afterCountry(h.e) }
                span.code = c
            } else if let c = span.code, let k = span.orgKind, k == .parliament || k == .government || k == .ministry || k == .party,
                      !countries.contains(where: { $0.code == c }) {
                // A generic body name (`Assemblée nationale`) whose country the article never names:
                // the country of the context, not the gazetteer's.
                span.code = nearestCountry(before: h.s)
            }
            trimCountries(&span)
            if span.s < span.e { addOrg(span) }
        }
        // Patterns.
        var skipUntil = 0
        for i in cues(withBit: FirstBits.org) where i >= skipUntil {
            guard !inCountry(i), ti[i].orgCover < 0, let m = orgCue(i) else { continue }
            var found: Span? = nil
            let trie = lex.orgCues.trie
            let first = toks[i]
            var k = trie.entryHead[Int(m.node)]
            while k >= 0 {
                let entry = trie.entryList[Int(k)]
                k = entry.next
                guard FastTrie.fits(entry, first) else { continue }
                let info = lex.orgCueInfo[Int(entry.payload)]
                switch info.pos {
                case .prefix: found = info.isMinistry ? ministry(i, m.end) : prefixOrg(i, m.end, kind: info.orgKind)
                case .whole: found = wholeOrg(i, m.end, kind: info.orgKind)
                case .suffix: found = suffixOrg(i, m.end, info: info)
                case .other: break
                }
                if found != nil { break }
            }
            if var o = found {
                trimCountries(&o)
                if o.s < o.e, !(o.s..<o.e).contains(where: { ti[$0].orgCover >= 0 }) {
                    addOrg(o)
                    skipUntil = max(i + 1, o.nameE)
                }
            }
        }
        // `CNPC, CITIC, NFC, Sinopec`: an unknown name between two organisations of a list.
        var added: [Span] = []
        withUnsafeTemporaryAllocation(of: (Int, Int).self, capacity: orgs.count) { (buf: UnsafeMutableBufferPointer<(Int, Int)>) -> Void in
            var byStart = buf
            for k in orgs.indices { byStart[k] = (orgs[k].s, k) }
            byStart.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            for q in byStart.indices.dropFirst() {
                let x = orgs[byStart[q - 1].1], y = orgs[byStart[q].1]
                guard y.nameS - max(x.nameE, x.e) == 3 else { continue }
                let m = max(x.nameE, x.e) + 1
                guard isPunct(m - 1, ","), isPunct(m + 1, ",") || cue(m + 1, ck.conjunction) != nil,
                      a.isCapWord(m), !inCountry(m), gazHit(at: m) == nil, !sentenceStart(m) else { continue }
                added.append(Span(kind: .organization, s: m, e: m + 1, nameS: m, nameE: m + 1, source: .orgPattern, priority: 5,
                                  code: x.code == y.code ? x.code : nil, orgKind: x.orgKind == y.orgKind ? x.orgKind : .other))
            }
        }
        for o in added { addOrg(o) }
    }

    private func afterCountry(_ e: Int) -> Int {
        if let j = joiner(e), let c = country(startingAt: j) { return c.e }
        if let c = country(startingAt: e) { return c.e }
        return e
    }

    /// A news agency named as a credit or a source tag, not as an actor: in parentheses, after a
    /// colon or a dash, before a slash, at the end of the text, or with `correspondent`, `reports`.
    private func isCredit(_ s: Int, _ e: Int) -> Bool {
        if s > 0, isPunct(s - 1, "("), e < n, isPunct(e, ")") { return true }
        if s > 0, isPunct(s - 1, ":") || isPunct(s - 1, "-") || isPunct(s - 1, "/") { return true }
        if e < n, isPunct(e, "/") || (isPunct(e, "-") && !toks[e].spaceBefore) { return true }
        if e >= n || toks[e].flags.contains(.paragraphBefore) { return true }
        if e < n, isPunct(e, "."), e + 1 >= n || toks[e + 1].flags.contains(.paragraphBefore) { return true }
        if e < n, tokenIs(e, is: "correspondent") || tokenIs(e, is: "reports") || tokenIs(e, is: "reported")
            || tokenIs(e, is: "cites") || tokenIs(e, is: "learned") || tokenIs(e, is: "learnt") || tokenIs(e, is: "rapporte") { return true }
        if s > 0, isPunct(s - 1, "."), toks[s - 1].spaceBefore == false, s > 1, a.isAllCaps(s - 2) { return true }
        return false
    }

    /// Keeps country and place mentions out of an organisation's mention span: the span stops
    /// before the first one (`Parti communiste` | `du Vietnam`), or starts after a leading one
    /// (`Việt Nam’s` | `Sovico Group`). The name keeps the whole expression.
    private func trimCountries(_ o: inout Span) {
        var s = o.s
        // Leading country or possessive country.
        if let c = country(startingAt: s) {
            if o.code == nil { o.code = c.code }
            s = c.e
            if let p = possessive(s) { s = p }
            while s < o.e, isPunct(s, "-") { s += 1 }
        }
        var e = o.e
        var t = s + 1
        while t < e {
            // A name both person and place closing a body's name stays in it
            // (`Académie nationale de politique Hô Chi Minh`).
            let isPlace = ti[t].placeAt >= 0 && !(gazHit(at: t)?.hasPerson ?? false)
            if inCountry(t) || isPlace {
                if o.code == nil {
                    if let c = country(startingAt: t) { o.code = c.code }
                    else if ti[t].placeAt >= 0 { o.code = places[Int(ti[t].placeAt)].code }
                }
                e = t
                break
            }
            t += 1
        }
        // Trailing joiners and possessives.
        while e > s {
            let last = e - 1
            if toks[last].kind == .punct || lex.cues.has(toks[last].hash, ck.joiner) || lex.cues.has(toks[last].hash, ck.definite) { e -= 1; continue }
            if last > s, isPunct(last - 1, "'"), lex.cues.has(toks[last - 1].hash, ck.joiner) { e -= 2; continue }
            break
        }
        o.s = s
        o.e = e
    }

    /// `ministère des Affaires étrangères`, `ministère kazakh des Affaires étrangères`,
    /// `Ministry of Foreign Affairs of Kazakhstan`.
    private func ministry(_ s: Int, _ headEnd: Int) -> Span? {
        var j = headEnd
        var code: Code? = nil
        if let c = country(startingAt: j), c.demonym, a.isLowerWord(j) { code = c.code; j = c.e }
        let pfStart = j
        guard let pf = portfolio(j) else { return nil }
        j = pf.end
        var nameE = j
        if code == nil {
            if let c = country(startingAt: j), c.demonym, a.isLowerWord(j) { code = c.code; nameE = c.e }
            else if let jj = joiner(j), let c = country(startingAt: jj) { code = c.code; nameE = c.e }
        }
        if code == nil { code = possessorCountry(before: s) }
        var span = Span(kind: .organization, s: s, e: nameE, nameS: s, nameE: nameE, source: .orgPattern, priority: 5,
                        code: code, orgKind: pf.foreign ? .foreignMinistry : .ministry)
        if pfStart > headEnd {
            span.display = DisplayName(headS: Int32(s), headE: Int32(headEnd), restS: Int32(pfStart), restE: Int32(pf.end))
            span.keyHash = tokenHash(s, headEnd, extra: tokenHash(pfStart, pf.end))
        }
        return span
    }

    /// French-style head then modifiers (`Comité populaire de la province de Bac Ninh`,
    /// `Centre financier international d'Astana`), English `Bank of …`.
    private func prefixOrg(_ s: Int, _ headEnd: Int, kind: OrgKind) -> Span? {
        guard toks[s].isCapitalized || toks[s].kind != .word else { return nil }
        var j = headEnd
        var code: Code? = nil
        var nameE = headEnd
        var words = 0
        var lowerRun = 0
        let englishOf = lex.isEnglish
        loop: while j < n, words < 10 {
            if toks[j].flags.contains(.paragraphBefore) { break }
            if let c = country(startingAt: j) {
                if c.demonym && a.isLowerWord(j) { code = code ?? c.code; j = c.e; nameE = j; words += 1; continue }
                break
            }
            if let jj = joiner(j) {
                if let c = country(startingAt: jj) { code = code ?? c.code; nameE = c.e; words += 1; break }
                if let p = placeSpan(startingAt: jj) { code = code ?? p.code; nameE = p.nameE; words += 1; break }
                if a.isLowerWord(jj), !isStopword(jj), !titleStarts(jj) {
                    j = jj + 1; words += 1; nameE = j; lowerRun = 0
                    continue
                }
                if a.isCapWord(jj), !inCountry(jj), !(gazHit(at: jj)?.hasPlace ?? false) {
                    if englishOf || orgCue(jj) != nil || lex.portfolios.has(toks[jj].hash, fk.word) {
                        var e = jj
                        while e < n, a.isCapWord(e), !inCountry(e), e - jj < 5 { e += 1 }
                        j = e; words += e - jj; nameE = j
                        continue
                    }
                }
                break
            }
            if englishOf {
                if a.isCapWord(j) && words > 0 { j += 1; words += 1; nameE = j; continue }
                if (isPunct(j, ",") || tokenIs(j, is: "and") || tokenIs(j, is: "&")), a.isCapWord(j + 1), !inCountry(j + 1), words > 0 { j += 1; continue }
                break
            }
            if a.isLowerWord(j) {
                if isStopword(j) || titleStarts(j) || lowerRun >= 3 { break }
                j += 1; words += 1; lowerRun += 1; nameE = j
                continue
            }
            if a.isCapWord(j), !lex.cues.has(toks[j].hash, ck.stop) {
                // `Parti Amanat`, `Groupe Sovico`; a person's name closing the name
                // (`Académie nationale de politique Hô Chi Minh`).
                if let g = gazHit(at: j), g.hasPerson, words > 0, lowerRun > 0 || a.isLowerWord(j - 1) { j = g.e; words += 1; nameE = j; break }
                if words == 0 && !titleStarts(j) && !titleEnds(j) && gazHit(at: j) == nil && !toks[j].flags.contains(.newlineBefore) {
                    var e = j
                    while e < n, a.isCapWord(e), !inCountry(e), toks[e].spaceBefore, e - j < 3 { e += 1 }
                    j = e; words += 1; nameE = j
                    continue
                }
                break
            }
            if isPunct(j, "-"), !toks[j].spaceBefore, a.isCapWord(j + 1), !toks[j + 1].spaceBefore { j += 2; words += 1; nameE = j; continue }
            break
        }
        guard words > 0 || headEnd - s >= 2 else { return nil }
        // Trailing joiners belong to nothing.
        var e = nameE
        while e > headEnd, lex.cues.has(toks[e - 1].hash, ck.joiner) || toks[e - 1].kind == .punct { e -= 1 }
        if code == nil { code = possessorCountry(before: s) }
        if code == nil, let (c, end) = ofChainCountry(nameE) { code = c; nameE = end }
        return Span(kind: .organization, s: s, e: max(e, headEnd), nameS: s, nameE: max(nameE, e), source: .orgPattern, priority: 5,
                    code: code, orgKind: kind)
    }

    /// The form is the whole name (`Assemblée nationale`, `Central Committee`, `MFA`), with a
    /// country around it (`the Russian MFA`, `Kazakhstan’s Foreign Ministry`, `Sénat kazakh`).
    private func wholeOrg(_ s: Int, _ e: Int, kind: OrgKind) -> Span? {
        // A longer suffix name (`Hanoi People's Committee`) is built by suffixOrg.
        var code: Code? = nil
        var nameS = s
        var nameE = e
        if let c = country(endingAt: s) { code = c.code; nameS = c.s }
        else if s >= 2, tokenIs(s - 1, is: "s"), isPunct(s - 2, "'"), let c = country(endingAt: s - 2) { code = c.code; nameS = c.s }
        if code == nil {
            if let c = country(startingAt: e), c.demonym, a.isLowerWord(e) { code = c.code; nameE = c.e }
            else if let j = joiner(e), let c = country(startingAt: j) { code = c.code; nameE = c.e }
            else if let j = joiner(e), let p = placeSpan(startingAt: j) { code = p.code; nameE = p.nameE }
            else {
                // `Comité central (CC) du Parti communiste du Vietnam`: the country of the body it
                // belongs to.
                var k = e
                if isPunct(k, "("), k + 2 < n, isPunct(k + 2, ")") { k += 3 }
                if let j = joiner(k), let o = orgSpan(startingAt: j), let c = o.code { code = c }
            }
        }
        return Span(kind: .organization, s: s, e: e, nameS: nameS, nameE: nameE, source: .orgPattern, priority: 5,
                    code: code, orgKind: kind)
    }

    /// English names that end with their head: `Sovico Group`, `Communist Party`,
    /// `Television and Radio Complex`, `Kazinform News Agency`.
    private func suffixOrg(_ i: Int, _ e: Int, info: OrgCue) -> Span? {
        let kind = info.orgKind
        guard a.isCapWord(i) else { return nil }
        // `Party leader`, `Party chief`: a title, not a body.
        if ti[i].titleLong > Int32(e) { return nil }
        var s = i
        var code: Code? = nil
        while s > 0 {
            let p = s - 1
            if a.isCapWord(p), !lex.cues.has(toks[p].hash, ck.stop), !titleEnds(p + 1), !ti[p].blocked {
                if inCountry(p) {
                    let c = countries[Int(ti[p].countryAt)]
                    code = code ?? c.code
                    s = c.s
                    break
                }
                if ti[p + 1].placeEndAt >= 0 { code = code ?? places[Int(ti[p + 1].placeEndAt)].code; break }
                if sentenceStart(p) && (isStopword(p) || lex.cues.has(toks[p].hash, ck.definite)) { break }
                s = p
                continue
            }
            if (tokenIs(p, is: "and") || tokenIs(p, is: "&") || tokenIs(p, is: "of")), s < i || true, p > 0, a.isCapWord(p - 1), !inCountry(p - 1) {
                s = p
                continue
            }
            if isPunct(p, "-"), !toks[p].spaceBefore, a.isCapWord(p - 1) { s = p; continue }
            if tokenIs(p, is: "s"), p >= 2, isPunct(p - 1, "'"), let c = country(endingAt: p - 1) { code = code ?? c.code; break }
            break
        }
        while s < i, !a.isCapWord(s) { s += 1 }
        let whole = firstMask[i] & FirstBits.org != 0 && lex.orgCues.match(a, i, info.wholeId) == e
        if s == i && !whole {
            // `Vietnam News Agency`: a country alone before the head still names the body.
            guard code != nil else { return nil }
        }
        if s == i && whole {
            var w = wholeOrg(i, e, kind: kind)
            if w?.code == nil { w?.code = code }
            return w
        }
        var nameE = e
        if code == nil {
            if let j = joiner(e), let c = country(startingAt: j) { code = c.code; nameE = c.e }
        }
        if code == nil { code = possessorCountry(before: s) }
        if code == nil, let (c, end) = ofChainCountry(nameE) { code = c; nameE = end }
        var nameS = s
        if let c = country(endingAt: s) { nameS = c.s }
        return Span(kind: .organization, s: s, e: e, nameS: nameS, nameE: nameE, source: .orgPattern, priority: 5, code: code, orgKind: kind)
    }

    /// `… of the President of Kazakhstan` after a body's name: the country at the end of a short
    /// chain of capitalised words and joiners.
    func ofChainCountry(_ e: Int) -> (Code, Int)? {
        guard var j = joiner(e) else { return nil }
        var steps = 0
        while j < n, steps < 8 {
            if let c = country(startingAt: j) { return (c.code, c.e) }
            if let k = joiner(j), k > j { j = k; steps += 1; continue }
            if a.isCapWord(j), !toks[j].flags.contains(.newlineBefore) { j += 1; steps += 1; continue }
            break
        }
        return nil
    }

    /// A ministerial portfolio starting with a joiner: `des Affaires étrangères`,
    /// `de l'Europe et des Affaires étrangères`, `of Industry and Infrastructure Development`.
    func portfolio(_ j0: Int) -> (end: Int, foreign: Bool)? {
        guard let first = joiner(j0) ?? (tokenIs(j0, is: "for") ? j0 + 1 : nil) else { return nil }
        var j = first
        var end = -1
        var segmentStart = true
        var afterOf = true
        while j < n {
            if segmentStart {
                guard a.isWordToken(j), !inCountry(j), placeSpan(startingAt: j) == nil else { break }
                let known = lex.portfolios.has(toks[j].hash, fk.word)
                let nextKnown = j + 1 < n && lex.portfolios.has(toks[j + 1].hash, fk.word)
                guard a.isCapWord(j) || known else { break }
                if !afterOf && !known && !nextKnown { break }
                j += 1
                end = j
                segmentStart = false
                continue
            }
            if a.isWordToken(j), lex.portfolios.has(toks[j].hash, fk.word), !inCountry(j) { j += 1; end = j; continue }
            // Joined segments: `et du Commerce`, `, Sports and Tourism`, `and Trade`.
            var k = j
            var joined = false
            if isPunct(k, ",") || tokenIs(k, is: "et") || tokenIs(k, is: "and") || tokenIs(k, is: "&") { k += 1; joined = true }
            if let jj = joiner(k) { k = jj; joined = true }
            if joined, k < n, !inCountry(k), placeSpan(startingAt: k) == nil,
               lex.portfolios.has(toks[k].hash, fk.word) || (k + 1 < n && a.isCapWord(k) && lex.portfolios.has(toks[k + 1].hash, fk.word)) {
                j = k
                segmentStart = true
                afterOf = false
                continue
            }
            break
        }
        guard end > first else { return nil }
        var foreign = false
        for t in first..<end where lex.portfolios.match(a, t, fk.foreign) != nil { foreign = true; break }
        return (end, foreign)
    }

    // MARK: - Titles

    /// Whether a title phrase starts at token `i`.
    func titleStarts(_ i: Int) -> Bool {
        i >= 0 && i < n && ti[i].titleLong >= 0
    }

    /// Whether a title phrase ends right before token `e` (a name after it is no org word).
    func titleEnds(_ e: Int) -> Bool {
        e >= 0 && e <= n && ti[e].titleEndHere
    }

    private func insideOrgName(_ i: Int) -> Bool {
        ti[i].orgCover >= 0
    }

    /// `Senate Chairman`, `National Assembly Chairman`: a title that starts with a body's name.
    private func titleOverOrg(_ i: Int) -> Bool {
        guard ti[i].orgCover >= 0 else { return false }
        let o = orgs[Int(ti[i].orgCover)]
        guard o.nameS == i || o.s == i else { return false }
        return Int(ti[i].titleLong) > max(o.nameE, o.e)
    }

    private func findTitles() {
        titles.reserveCapacity(titlePositions.count)
        var skipUntil = 0
        for i in titlePositions where i >= skipUntil {
            guard !ti[i].blocked, !inCountry(i), !insideOrgName(i) || titleOverOrg(i),
                  let t = parseTitle(at: i, depth: 0) else { continue }
            titles.append(t)
            var next = max(i + 1, t.headE)
            if let last = t.names.last(nameOverflow) { next = max(next, last.1) } else { next = max(next, t.e) }
            skipUntil = next
        }
    }

    /// The head of a title at `i`: the longest title phrase that does not cut a country,
    /// organisation or place name in two (`Président de la | République française`).
    private func titleHead(at i: Int) -> (end: Int, record: Int)? {
        var limit = 10
        // The first walk (at most 10 tokens) was made by `scanTokens` for words.
        var known: (end: Int, node: Int32)?? = nil
        if toks[i].kind == .word { known = .some(ti[i].titleLong >= 0 ? (Int(ti[i].titleLong), ti[i].titleNode) : nil) }
        while let m = known ?? lex.titles.longest(a, i, maxTokens: limit) {
            known = nil
            limit = m.end - i - 1
            var cut = false
            for t in (i + 1)..<m.end {
                if let c = country(startingAt: t), c.e > m.end { cut = true; break }
                if ti[t].orgNameAt >= 0, orgs[Int(ti[t].orgNameAt)].nameE > m.end { cut = true; break }
                if let p = placeSpan(startingAt: t), p.nameE > m.end { cut = true; break }
            }
            if !cut, let p = lex.titles.firstPayload(m.node, first: toks[i]) { return (m.end, Int(p)) }
            if limit <= 0 { break }
        }
        return nil
    }

    func parseTitle(at i: Int, depth: Int, chained: Bool = false) -> TitleParse? {
        guard i >= 0, i < n, let head = titleHead(at: i) else { return nil }
        let rec = lex.titleInfo[head.record]
        var ctry: Code? = rec.countryKey == 0 ? nil : internCode(key: rec.countryKey) { lex.titleRecords[head.record].country ?? "" }
        var foreign = false
        var chairKind: OrgKind? = nil
        // Words before the head: ctry adjective or possessor, fillers, ordinals, portfolio.
        var s = i
        if !chained {
            while s > 0 {
                let j = s - 1
                if let c = country(endingAt: s) { ctry = ctry ?? c.code; s = c.s; continue }
                if j >= 2, tokenIs(j, is: "s"), isPunct(j - 1, "'"), let c = country(endingAt: j - 1) { ctry = ctry ?? c.code; s = c.s; continue }
                if a.isWordToken(j), lex.cues.has(toks[j].hash, ck.filler) { s = j; continue }
                if a.isWordToken(j), j >= 1, toks[j - 1].kind == .number, !toks[j].spaceBefore, a.scalarLength(j) <= 3 { s = j - 1; continue }
                if rec.portfolio, lex.isEnglish, a.isCapWord(j), lex.portfolios.has(toks[j].hash, fk.word) { s = j; continue }
                if rec.portfolio, lex.isEnglish, tokenIs(j, is: "and"), j >= 1, lex.portfolios.has(toks[j - 1].hash, fk.word), s < i { s = j; continue }
                break
            }
            while s < i, tokenIs(s, is: "and") { s += 1 }
            for t in s..<i where lex.portfolios.match(a, t, fk.foreign) != nil { foreign = true }
        }
        var definite = false
        var detS = s
        if s - 1 >= 0, let e = cue(s - 1, ck.definite), e == s { definite = true; detS = s - 1 }
        else if s - 2 >= 0, let e = cue(s - 2, ck.definite), e == s { definite = true; detS = s - 2 }
        var t = TitleParse(s: s, headS: i, headE: head.end, e: head.end, record: head.record, role: rec.role,
                           country: nil, postedTo: nil, definite: definite, detS: detS)
        // Complements.
        var j = head.end
        var names = NameList()
        loop: while j < n, names.isEmpty {
            if toks[j].flags.contains(.paragraphBefore) { break }
            if let c = country(startingAt: j), c.demonym, a.isLowerWord(j) { ctry = ctry ?? c.code; j = c.e; continue }
            if let f = cue(j, ck.filler), f - j >= 2 || lex.isFrench && !a.isCapWord(j) && !titleStarts(j) { j = f; continue }
            if rec.posted || rec.role == .ambassador, let k = cue(j, ck.posting) {
                if let c = country(startingAt: k) { t.postedTo = t.postedTo ?? c.code; j = c.e; continue }
                if let p = placeSpan(startingAt: k) { t.postedTo = t.postedTo ?? p.code; j = p.nameE; continue }
                if isPunct(k, "'"), let c = country(startingAt: k + 1) { t.postedTo = t.postedTo ?? c.code; j = c.e; continue }
                // Posted to a body (`ambassador to the UN`, `auprès de l'ONU`): no country, but
                // the complement goes on to the name.
                let d = cue(k, ck.definite) ?? k
                if let o = orgSpan(startingAt: d) ?? orgSpan(startingAt: k) { j = max(o.nameE, o.e); continue }
            }
            if let k = joiner(j) {
                if let c = country(startingAt: k) {
                    ctry = ctry ?? c.code
                    j = c.e
                    if let p = possessive(j), let o = orgSpan(startingAt: p) { chairKind = chairKind ?? o.orgKind; j = o.nameE }
                    continue
                }
                if let o = orgSpan(startingAt: k) {
                    chairKind = chairKind ?? o.orgKind
                    if let oc = o.code { ctry = ctry ?? oc }
                    if o.orgKind == .foreignMinistry { foreign = true }
                    j = max(o.nameE, o.e)
                    while let o2 = orgSpan(startingAt: j) {
                        if let oc = o2.code { ctry = ctry ?? oc }
                        j = max(o2.nameE, o2.e)
                    }
                    continue
                }
                if let p = placeSpan(startingAt: k) {
                    ctry = ctry ?? p.code
                    j = p.nameE
                    // `Chairman of the Hanoi People's Committee`: the body named after the place.
                    if let o = orgSpan(startingAt: j) {
                        chairKind = chairKind ?? o.orgKind
                        j = max(o.nameE, o.e)
                    }
                    continue
                }
                if rec.portfolio, let pf = portfolio(j) { foreign = foreign || pf.foreign; j = pf.end; continue }
                if a.isLowerWord(k), !isStopword(k), let c = country(startingAt: k + 1) { ctry = ctry ?? c.code; j = c.e; continue }
                if a.isLowerWord(k), !isStopword(k), let p = placeSpan(startingAt: k + 1) { ctry = ctry ?? p.code; j = p.nameE; continue }
                // `président de la société Vingroup`, `chef du groupe Sovico`.
                if a.isLowerWord(k), !isStopword(k), let o = orgSpan(startingAt: k + 1) {
                    chairKind = chairKind ?? o.orgKind
                    if let oc = o.code { ctry = ctry ?? oc }
                    j = max(o.nameE, o.e)
                    continue
                }
                if a.isCapWord(k), !titleStarts(k) {
                    var m = k
                    while m < n, a.isCapWord(m), !inCountry(m), orgSpan(startingAt: m) == nil, m - k < 4 { m += 1 }
                    if m > k, joiner(m) != nil || isPunct(m, ",") || orgSpan(startingAt: m) != nil {
                        chairKind = chairKind ?? .other
                        j = m
                        continue
                    }
                }
                break
            }
            if isPunct(j, "(") {
                var k = j + 1
                while k < n, k - j < 8, !isPunct(k, ")"), !isPunct(k, "(") { k += 1 }
                if k < n, isPunct(k, ")") {
                    if let c = country(startingAt: j + 1), c.e == k { ctry = ctry ?? c.code }
                    j = k + 1
                    continue
                }
                break
            }
            if depth < 4, let k = cue(j, ck.conjunction), let t2 = parseTitle(at: k, depth: depth + 1, chained: true) {
                if t.role == .leader || t.role == .counterpart { t.role = t2.role }
                ctry = ctry ?? t2.country
                t.postedTo = t.postedTo ?? t2.postedTo
                j = t2.e
                names = t2.names
                break
            }
            if depth < 4, isPunct(j, ",") {
                var k = j + 1
                while k < n, a.isWordToken(k), lex.cues.has(toks[k].hash, ck.filler) { k += 1 }
                if cue(k, ck.definite) == nil, let t2 = parseTitle(at: k, depth: depth + 1, chained: true) {
                    ctry = ctry ?? t2.country
                    t.postedTo = t.postedTo ?? t2.postedTo
                    j = t2.e
                    names = t2.names
                    break
                }
            }
            break
        }
        t.e = j
        // Role from the complement.
        if rec.chair, let k = chairKind {
            switch k {
            case .party: if t.role == .headOfState || t.role == .partyLeader || t.role == .leader || t.role == .official { t.role = .partyLeader }
            case .parliament: t.role = .parliamentSpeaker
            case .government: t.role = t.role == .headOfState ? .headOfState : .headOfGovernment
            case .local: t.role = .governor
            case .ministry, .foreignMinistry: t.role = .minister
            default: t.role = .official
            }
        }
        if rec.portfolio && foreign && t.role == .minister { t.role = .foreignMinister }
        if chairKind == .io && ctry == nil { t.international = true }
        t.country = ctry
        // The name: right after the title, or after a comma (apposition), with an honorific.
        if names.isEmpty, j < n, !toks[j].flags.contains(.newlineBefore) || isPunct(j, ",") {
            var k = j
            var comma = false
            if isPunct(k, ",") { comma = true; k += 1 }
            var honorific = false
            if let h = cue(k, ck.honorific) { k = h; honorific = true }
            if k < n, !toks[k].flags.contains(.paragraphBefore), let ne = nameRun(k) {
                let long = ne - k >= 2 || honorific || knownPerson(k, ne)
                if (!comma || (closed(ne) && long)) && (long || !comma) {
                    names.append((k, ne), overflow: &nameOverflow)
                    if rec.role == .counterpart {
                        var m = ne
                        while m < n {
                            var q = m
                            if isPunct(q, ",") { q += 1 }
                            if let c = cue(q, ck.conjunction) { q = c }
                            guard q > m, let e2 = nameRun(q), e2 - q >= 2 else { break }
                            names.append((q, e2), overflow: &nameOverflow)
                            m = e2
                        }
                    }
                }
            }
        }
        t.names = names
        return t
    }

    /// A gazetteer person or an alias exactly there.
    func knownPerson(_ s: Int, _ e: Int) -> Bool {
        if let g = gazHit(at: s), g.e == e, g.hasPerson { return true }
        return false
    }

    /// The name ends there: punctuation, a lower-case word, a conjunction, a line break.
    func closed(_ e: Int) -> Bool {
        if e >= n { return true }
        let t = toks[e]
        if t.kind == .punct || t.flags.contains(.newlineBefore) { return true }
        if t.kind == .word && !t.isCapitalized { return true }
        return false
    }

    /// A person's name starting at `k`: capitalised words, glued hyphens (`Kassym-Jomart`),
    /// initials (`J.`), particles between capitalised words (`Charles de Gaulle`). Stops at
    /// lower-case words, commas, countries, places, organisations, titles, months.
    func nameRun(_ k: Int) -> Int? {
        guard k < n, latin || toks[k].kind == .word else { return nil }
        var known = -1
        if let g = gazHit(at: k), g.hasPerson, !ti[k].blocked { known = g.e }
        var e = k
        var words = 0
        while e < n, e - k < 8 {
            let t = toks[e]
            if t.kind == .word {
                if e > k && t.flags.contains(.newlineBefore) { break }
                if t.isCapitalized {
                    if !nameWord(e, first: words == 0) { break }
                    e += 1; words += 1
                    continue
                }
                // Particle between two capitalised words.
                if words > 0, lex.cues.has(t.hash, ck.particle), e + 1 < n, a.isCapWord(e + 1), nameWord(e + 1, first: false),
                   !isPunct(e + 1, "'") {
                    e += 1
                    continue
                }
                if words > 0, lex.cues.has(t.hash, ck.particle), e + 2 < n, isPunct(e + 1, "'"), !toks[e + 1].spaceBefore, a.isCapWord(e + 2), nameWord(e + 2, first: false) {
                    e += 2
                    continue
                }
                break
            }
            if t.kind == .punct, words > 0 {
                // Glued hyphen or apostrophe inside a name.
                if (tokenIs(e, is: "-") || tokenIs(e, is: "'")) && !t.spaceBefore && e + 1 < n && !toks[e + 1].spaceBefore && a.isCapWord(e + 1) && nameWord(e + 1, first: false) {
                    e += 1; continue
                }
                // `Kassym - Jomart Tokayev`: a spaced hyphen inside a first name.
                if tokenIs(e, is: "-"), words == 1, e + 2 < n, a.isCapWord(e + 1), nameWord(e + 1, first: false), a.isCapWord(e + 2), nameWord(e + 2, first: false) {
                    e += 1; continue
                }
                // An initial: `J. Smith`.
                if tokenIs(e, is: "."), a.scalarLength(e - 1) == 1, e + 1 < n, a.isCapWord(e + 1), nameWord(e + 1, first: false) {
                    e += 1; continue
                }
            }
            break
        }
        // Drop trailing particles and punctuation.
        while e > k, toks[e - 1].kind != .word || !toks[e - 1].isCapitalized { e -= 1 }
        if known > e { return known }
        guard e > k, words > 0 else { return known > k ? known : nil }
        // `Le`, `La` open a name only in a long Vietnamese name (Le Thi Thu Hang).
        if lex.cues.has(toks[k].hash, ck.definite) || isStopword(k) {
            var caps = 0
            for t in k..<e where a.isCapWord(t) { caps += 1 }
            if caps < 3 { return nil }
        }
        return e
    }

    /// A capitalised token that can be part of a person's name.
    func nameWord(_ i: Int, first: Bool) -> Bool {
        let t = toks[i]
        guard t.kind == .word, t.isCapitalized, !ti[i].blocked else { return false }
        if t.flags.contains(.allCaps) && a.scalarLength(i) > 1 && a.scalarLength(i) < 4 { return false }
        if lex.cues.has(t.hash, ck.stop) { return false }
        if inCountry(i) { return false }
        if let g = gazHit(at: i), !g.hasPerson, g.hasPlace || g.hasOrg { return false }
        if ti[i].placeAt >= 0 || ti[i].orgAt >= 0 {
            if let g = gazHit(at: i), g.person >= 0 { return true }
            return false
        }
        if titleStarts(i), !first || ti[i].titleLong > i + 1 {
            return false
        }
        if firstMask[i] != 0, cue(i, ck.honorific) != nil, !first { return false }
        if firstMask[i] != 0, let m = orgCue(i), orgCueAny(m.node, at: i, { $0.pos != .prefix }) {
            return false
        }
        return true
    }

    /// A name that ends at `e` (exclusive), read leftwards: for appositions (`Petr Vrublevskiy, Ambassador …`).
    func nameRunBack(_ e: Int) -> Int? {
        if e <= n, ti[e].gazEndAt >= 0 {
            let h = gazHits[Int(ti[e].gazEndAt)]
            if h.hasPerson { return h.s }
        }
        var s = e
        while s > 0, e - s < 7 {
            let p = s - 1
            if a.isCapWord(p), nameWord(p, first: false) { s = p; continue }
            if s < e, toks[p].kind == .punct, (tokenIs(p, is: "-") || tokenIs(p, is: "'")), !toks[p].spaceBefore || tokenIs(p, is: "-"), p > 0, a.isCapWord(p - 1) { s = p; continue }
            if s < e, lex.cues.has(toks[p].hash, ck.particle), a.isLowerWord(p), p > 0, a.isCapWord(p - 1) { s = p; continue }
            break
        }
        while s < e, !a.isCapWord(s) { s += 1 }
        guard e - s >= 2 else { return nil }
        guard let end = nameRun(s), end == e else { return nil }
        if sentenceStart(s), isStopword(s) { return nil }
        return s
    }

    // MARK: - People

    private func findPeople() {
        persons.reserveCapacity(titles.count + gazHits.count + 4)
        // Titles with their names.
        for (tix, t) in titles.enumerated() {
            for q in 0..<t.names.count {
                let (s, e) = t.names.at(q, nameOverflow)
                persons.append(Span(kind: .person, s: s, e: e, nameS: s, nameE: e, source: .title, priority: 7,
                                    gaz: gazPerson(s, e), title: tix))
                for k in s..<e { ti[k].claimed = true }
            }
        }
        // Appositions: `Petr Vrublevskiy, Ambassador of Ukraine to Kazakhstan`.
        for tix in titles.indices where titles[tix].names.isEmpty {
            let t = titles[tix]
            let before = (t.definite ? t.detS : t.s) - 1
            guard before > 0, isPunct(before, ",") else { continue }
            guard let s = nameRunBack(before), !(s..<before).contains(where: { ti[$0].claimed }) else { continue }
            // The name is not itself the end of a title's complement (`… du Kazakhstan oriental, Yermek`).
            titles[tix].apposition = true
            persons.append(Span(kind: .person, s: s, e: before, nameS: s, nameE: before, source: .apposition, priority: 7,
                                gaz: gazPerson(s, before), title: tix))
            for k in s..<before { ti[k].claimed = true }
        }
        // Honorifics: `M. Tô Lâm`, `Mr. Vrublevskiy`.
        for i in cues(withBit: kindBit(ck.honorific)) where !ti[i].claimed {
            guard let h = cue(i, ck.honorific), h < n, !ti[h].claimed, let e = nameRun(h) else { continue }
            persons.append(Span(kind: .person, s: h, e: e, nameS: h, nameE: e, source: .honorific, priority: 7, gaz: gazPerson(h, e)))
            for k in h..<e { ti[k].claimed = true }
        }
        // Known people anywhere.
        for h in gazHits where h.hasPerson {
            if (h.s..<h.e).contains(where: { ti[$0].claimed || ti[$0].blocked }) { continue }
            if h.ambiguousPerson { continue }
            // Part of a body's name (`Académie nationale de politique Hô Chi Minh`, `Nazarbayev University`).
            if ti[h.s].orgCover >= 0, ti[h.e - 1].orgCover == ti[h.s].orgCover { continue }
            if h.hasPlace && placeReading(h) { continue }
            persons.append(Span(kind: .person, s: h.s, e: h.e, nameS: h.s, nameE: h.e, source: .gazetteer, priority: 3,
                                gaz: h.anyPerson))
        }
        // A name that is also a place: drop the place when the person reading won.
        for p in persons where ti[p.s].placeAt >= 0 {
            let k = Int(ti[p.s].placeAt)
            if places[k].e == p.e { removePlace(k) }
        }
    }

    /// A gazetteer person for a name, exact or by transliteration key.
    private func gazPerson(_ s: Int, _ e: Int) -> Int {
        if let g = gazHit(at: s), g.e == e {
            if g.hasPerson { return g.anyPerson }
        }
        // The key of the text of tokens [s, e): the tokens' folded bytes, already in the analysis,
        // and the scalars between them folded here (a space, most often).
        // Scratch buffers held locally while in use (no access to the properties in the loops).
        var folded: [UInt8] = []
        var key: [UInt8] = []
        swap(&folded, &foldScratch)
        swap(&key, &keyScratch)
        defer { swap(&folded, &foldScratch); swap(&key, &keyScratch) }
        folded.removeAll(keepingCapacity: true)
        if s < e, s >= 0, e <= n {
            let table = FoldTable.shared
            toks.withUnsafeBufferPointer { toks in
                a.scalars.withUnsafeBufferPointer { scalars in
                    a.folded.withUnsafeBufferPointer { f in
                        for k in s..<e {
                            if k > s {
                                var g = toks[k - 1].end
                                while g < toks[k].start { _ = table.append(scalars[g].value, to: &folded); g += 1 }
                            }
                            folded.append(contentsOf: UnsafeBufferPointer(rebasing: f[Int(toks[k].fStart)..<Int(toks[k].fEnd)]))
                        }
                    }
                }
            }
        }
        NameKey.fromFolded(folded, into: &key)
        return gaz.phonetic.lookup(key)
    }

    /// A name both a person and a place (`Hô Chi Minh`): the place when a preposition or a place
    /// cue says so.
    private func placeReading(_ h: GazHit) -> Bool {
        if h.s > 0, lex.cues.has(toks[h.s - 1].hash, ck.posting) { return true }
        if h.s > 0, placeCue(h.s - 1, pk.before) == h.s { return true }
        if h.e < n, placeCue(h.e, pk.after) != nil { return true }
        return false
    }

    // MARK: - Overlaps

    /// Keeps the best of overlapping spans: people named by a title first, then organisations,
    /// places, and people known by name. Country mentions are never cut, except by a place that
    /// contains one (`North Kazakhstan`).
    private func settle() {
        var all: [Span] = []
        swap(&all, &ws.all)
        all.removeAll(keepingCapacity: true)
        defer { swap(&all, &ws.all) }
        all.reserveCapacity(persons.count + orgs.count + places.count)
        all.append(contentsOf: persons)
        all.append(contentsOf: orgs)
        all.append(contentsOf: places)
        // Priority, then length (both descending), then position; ties keep list order (stable).
        var out: [Span] = []
        swap(&out, &spans)
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(all.count)
        withUnsafeTemporaryAllocation(of: (Int, Int, Int, Int).self, capacity: all.count) { (buf: UnsafeMutableBufferPointer<(Int, Int, Int, Int)>) -> Void in
        var order = buf
        for (k, x) in all.enumerated() { order[k] = (-x.priority, x.s - x.e, x.s, k) }
        order.sort { x, y in
            if x.0 != y.0 { return x.0 < y.0 }
            if x.1 != y.1 { return x.1 < y.1 }
            if x.2 != y.2 { return x.2 < y.2 }
            return x.3 < y.3
        }
        for (_, _, _, k) in order {
            let sp = all[k]
            guard !sp.dead, sp.s < sp.e, sp.e <= n else { continue }
            if (sp.s..<sp.e).contains(where: { ti[$0].taken >= 0 }) { continue }
            var clash = false
            for t in sp.s..<sp.e where ti[t].countryAt >= 0 {
                let c = countries[Int(ti[t].countryAt)]
                let contains = c.s >= sp.s && c.e <= sp.e && (c.e - c.s) < (sp.e - sp.s)
                if !(contains && (sp.kind == .place || sp.source == .gazetteer)) { clash = true; break }
            }
            if clash { continue }
            for t in sp.s..<sp.e { ti[t].taken = Int32(out.count) }
            out.append(sp)
        }
        }
        spans = out
    }

    // MARK: - Entities

    /// Identity of an entity while grouping: kind tag and a hash of the name or gazetteer index.
    private struct Key: Hashable { var tag: UInt8; var value: UInt64 }

    /// A hash of the word tokens of a range (case and accents already folded away).
    private func tokenHash(_ s: Int, _ e: Int, extra: UInt64 = 0) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325 ^ extra
        for t in s..<e where toks[t].kind == .word { h = (h ^ toks[t].hash) &* 0x100000001b3 }
        return h
    }

    private func codeHash(_ c: Code?) -> UInt64 {
        guard let c else { return 0 }
        return UInt64(c) &+ 1
    }

    /// Tokens already given to a person by a title, an apposition or an honorific.

    private func register(_ key: Key, _ make: () -> EntityInfo) -> Int {
        let h = (key.value &* 0x9E3779B97F4A7C15) ^ UInt64(key.tag) &* 0xC2B2AE3D27D4EB4F
        let v = index.get(.entity, h)
        if v >= 0 { return v }
        index.set(.entity, h, entities.count)
        entities.append(make())
        return entities.count - 1
    }

    private func buildEntities() {
        entities.reserveCapacity(spans.count)
        // Entity keys, surnames, first names, organisation names: a few per span.
        index = TaggedIndex(capacity: 4 * spans.count + 8, reusing: &ws.indexSlots)
        /// Organisations by the hash of their name, whatever their country: a later mention with
        /// no country joins the earlier one (`au ministère des Affaires étrangères`).
        // In `index`: organisations by name (`.orgName`), surnames (`.surname`, `.ambiguousSurname`),
        // first words of multi-word names for `Mr Xi`, family name first (`.firstName`, `.ambiguousFirst`).
        // People of two tokens or more first, then by position (ties: list order, as a stable sort).
        withUnsafeTemporaryAllocation(of: (UInt8, Int, Int).self, capacity: spans.count) { (buf: UnsafeMutableBufferPointer<(UInt8, Int, Int)>) -> Void in
        var order = buf
        for (k, sp) in spans.enumerated() {
            order[k] = (sp.kind == .person && sp.e - sp.s >= 2 ? 0 : 1, sp.s, k)
        }
        order.sort { x, y in x.0 != y.0 ? x.0 < y.0 : (x.1 != y.1 ? x.1 < y.1 : x.2 < y.2) }
        for (_, _, si) in order {
            let sp = spans[si]
            switch sp.kind {
            case .person:
                var words = 0
                for t in sp.s..<sp.e where toks[t].kind == .word { words += 1 }
                var idx: Int
                if sp.gaz >= 0 {
                    idx = register(Key(tag: 1, value: UInt64(sp.gaz))) {
                        var e = EntityInfo(kind: .person)
                        e.gaz = sp.gaz
                        e.country = internCode(gaz.people[sp.gaz].code)
                        e.countryStrength = 2
                        if let r = gaz.role(of: sp.gaz, year: year) { e.role = r; e.roleStrength = 2 }
                        return e
                    }
                } else if words == 1, case let e = index.get(.surname, toks[sp.s].hash), e >= 0, index.get(.ambiguousSurname, toks[sp.s].hash) < 0 {
                    idx = e
                } else if words == 1, sp.source != .gazetteer, case let e = index.get(.firstName, toks[sp.s].hash), e >= 0, index.get(.ambiguousFirst, toks[sp.s].hash) < 0 {
                    idx = e
                } else {
                    idx = register(Key(tag: 2, value: tokenHash(sp.s, sp.e))) { EntityInfo(kind: .person) }
                }
                var ent = entities[idx]
                if words > ent.nameTokens {
                    ent.nameS = sp.s
                    ent.nameE = sp.e
                    ent.nameTokens = words
                    if words >= 2, let last = (sp.s..<sp.e).last(where: { toks[$0].kind == .word }) { ent.lastHash = toks[last].hash }
                }
                if words >= 2 {
                    let last = toks[sp.e - 1].hash
                    let otherLast = index.get(.surname, last)
                    if otherLast >= 0, otherLast != idx { index.set(.ambiguousSurname, last, 1) } else { index.set(.surname, last, idx) }
                    let first = toks[sp.s].hash
                    let otherFirst = index.get(.firstName, first)
                    if otherFirst >= 0, otherFirst != idx { index.set(.ambiguousFirst, first, 1) } else { index.set(.firstName, first, idx) }
                }
                if sp.title >= 0 { applyTitle(titles[sp.title], to: &ent, nameStart: sp.s) }
                entities[idx] = ent
                spans[si].entity = idx
            case .organization:
                let nameHash = sp.gaz >= 0 ? UInt64(sp.gaz) : (sp.keyHash != 0 ? sp.keyHash : tokenHash(sp.s, sp.e))
                if sp.gaz < 0, sp.code == nil, case let prior = index.get(.orgName, nameHash), prior >= 0 {
                    spans[si].entity = prior
                    continue
                }
                let key = sp.gaz >= 0 ? Key(tag: 3, value: nameHash) : Key(tag: 4, value: nameHash ^ (codeHash(sp.code) &* 31))
                let idx = register(key) {
                    var e = EntityInfo(kind: .organization)
                    e.gaz = sp.gaz
                    e.orgKind = sp.orgKind
                    return e
                }
                if sp.gaz < 0, index.get(.orgName, nameHash) < 0 { index.set(.orgName, nameHash, idx) }
                let len = max(sp.nameE, sp.e) - sp.nameS
                if entities[idx].nameTokens < len || entities[idx].display == nil && sp.display != nil {
                    entities[idx].nameS = sp.nameS
                    entities[idx].nameE = max(sp.nameE, sp.e)
                    entities[idx].nameTokens = len
                    entities[idx].display = sp.display
                }
                if entities[idx].country == nil {
                    // International bodies have no country; others take the context's.
                    entities[idx].country = sp.code ?? (sp.orgKind == .io ? nil : nearestCountry(before: sp.s))
                }
                spans[si].entity = idx
            case .place:
                let key = sp.gaz >= 0 ? Key(tag: 5, value: UInt64(sp.gaz)) : Key(tag: 6, value: tokenHash(sp.s, sp.e))
                let idx = register(key) { EntityInfo(kind: .place) }
                if entities[idx].nameTokens == 0 || (sp.gaz < 0 && entities[idx].nameTokens < sp.e - sp.s) {
                    entities[idx].nameS = sp.s
                    entities[idx].nameE = sp.e
                    entities[idx].nameTokens = sp.e - sp.s
                }
                if entities[idx].country == nil { entities[idx].country = sp.code }
                entities[idx].gaz = sp.gaz
                spans[si].entity = idx
            default: break
            }
        }
        }
        // People: counterparts take their roles from the sentence, others default to `official`,
        // and a country from context when neither title nor gazetteer gave one.
        for si in spans.indices where spans[si].kind == .person {
            let sp = spans[si]
            let idx = sp.entity
            guard idx >= 0 else { continue }
            if entities[idx].roleStrength < 1, sp.title >= 0, titles[sp.title].role == .counterpart {
                if let r = counterpartRole(sp) { entities[idx].role = r; entities[idx].roleStrength = 1 }
            }
            if entities[idx].country == nil, sp.title < 0 || !titles[sp.title].international {
                let from = sp.title >= 0 ? min(titles[sp.title].s, sp.s) : sp.s
                entities[idx].country = nearestCode(before: from) ?? articleCountry()
                if entities[idx].country != nil { entities[idx].countryStrength = 0 }
            }
        }
        for i in entities.indices where entities[i].kind == .person {
            if let r = entities[i].role, !isReferring(r) { continue }
            entities[i].role = .official
        }
    }

    /// The name of an entity as written (its longest naming mention).
    func name(of i: Int) -> String {
        let e = entities[i]
        let written: String
        if let d = e.display {
            written = a.text(tokens: Int(d.headS), Int(d.headE)) + " " + a.text(tokens: Int(d.restS), Int(d.restE))
        } else {
            written = a.text(tokens: e.nameS, e.nameE)
        }
        // Russian writes a name in six cases (`Владимиром Путиным`): a known person or place is
        // named by its first Cyrillic form, the nominative.
        if e.gaz >= 0, written.unicodeScalars.contains(where: { $0.value >= 0x400 && $0.value <= 0x4FF }) {
            let native: String?
            switch e.kind {
            case .person: native = e.gaz < gaz.people.count ? gaz.people[e.gaz].native : nil
            case .place: native = e.gaz < gaz.places.count ? gaz.places[e.gaz].native : nil
            default: native = nil
            }
            if let n = native { return n }
        }
        return written
    }

    /// The title of a person as written, if a title introduced them.
    func title(of i: Int) -> String? {
        let e = entities[i]
        guard e.titleS >= 0, e.titleE > e.titleS else { return nil }
        return a.text(tokens: e.titleS, e.titleE)
    }

    private func applyTitle(_ t: TitleParse, to ent: inout EntityInfo, nameStart: Int) {
        let rec = lex.titleInfo[t.record]
        if !rec.generic || t.role != rec.role {
            if ent.roleStrength < 3, !isReferring(t.role) {
                ent.role = t.role
                ent.roleStrength = 3
                ent.titleRecord = t.record
            }
        }
        if let c = t.country, ent.countryStrength < 3 { ent.country = c; ent.countryStrength = 3 }
        if ent.titleS < 0 {
            var e = t.e
            while e > t.s, toks[e - 1].kind == .punct, !isPunct(e - 1, ")") { e -= 1 }
            if !(t.apposition || e <= nameStart || t.s > nameStart) { e = min(e, nameStart) }
            ent.titleS = t.s
            ent.titleE = e
        }
        if let p = t.postedTo, ent.postedTo == nil { ent.postedTo = p }
    }

    /// `son homologue vietnamien Vo Van Thuong`: the role of the titled person the sentence
    /// names before; `respectivement` maps a list of names onto the list of titles.
    private func counterpartRole(_ sp: Span) -> Role? {
        let t = titles[sp.title]
        let sent = ti[sp.s].sentenceOf
        var roles: [Role] = []
        var k = t.s - 1
        while k > 0, ti[k - 1].sentenceOf == sent { k -= 1 }
        while k < t.s {
            if k >= 0, ti[k].taken >= 0 {
                let o = spans[Int(ti[k].taken)]
                if o.s == k, o.kind == .person, o.title >= 0 {
                    let r = titles[o.title].role
                    if !isReferring(r) { roles.append(r) }
                }
            }
            k += 1
        }
        guard !roles.isEmpty else { return nil }
        if let pos = t.names.firstIndex(nameOverflow, where: { $0.0 == sp.s }), t.names.count > 1, roles.count >= t.names.count {
            return roles[roles.count - t.names.count + pos]
        }
        return roles.last
    }

    // MARK: - References: surnames, titles alone, abbreviations

    private func addReferences() {
        var extra: [Span] = []
        swap(&extra, &ws.extra)
        extra.removeAll(keepingCapacity: true)
        defer { swap(&extra, &ws.extra) }
        // Surnames and short forms of people named in the article.
        // Surname → entity + 1 in the low bits; bit 40 marks a surname two people share.
        var surnameCount = 0
        for (i, e) in entities.enumerated() where e.kind == .person && e.lastHash != 0 {
            let v = index.get(.referenceSurname, e.lastHash)
            if v < 0 { index.set(.referenceSurname, e.lastHash, i + 1); surnameCount += 1 }
            else if v & 0xFFFF_FFFF != i + 1 { index.set(.referenceSurname, e.lastHash, v | 1 << 40) }
        }
        for i in capPositions where surnameCount > 0 && ti[i].taken < 0 {
            let v = max(0, index.get(.referenceSurname, toks[i].hash))
            guard v != 0, v & (1 << 40) == 0, !ti[i].blocked, !inCountry(i) else { continue }
            let ent = Int(v & 0xFFFF_FFFF) - 1
            if sentenceStart(i) && isStopword(i) { continue }
            if toks[i].flags.contains(.allCaps) && a.scalarLength(i) > 3 { continue }
            if (i > 0 && a.isCapWord(i - 1) && toks[i].spaceBefore && !sentenceStart(i) && ti[i - 1].taken < 0 && !titleEnds(i)) || (i + 1 < n && a.isCapWord(i + 1) && toks[i + 1].spaceBefore) { continue }
            if i + 1 < n, isPunct(i + 1, "-"), !toks[i + 1].spaceBefore { continue }
            extra.append(Span(kind: .person, s: i, e: i + 1, nameS: i, nameE: i + 1, source: .surname, priority: 1, entity: ent))
            ti[i].taken = -2
        }
        personKeys.removeAll(keepingCapacity: true)
        personKeys.reserveCapacity(spans.count + extra.count)
        for sp in spans where sp.kind == .person && sp.entity >= 0 { personKeys.append(sp.entity << 32 | sp.s) }
        for sp in extra where sp.kind == .person && sp.entity >= 0 { personKeys.append(sp.entity << 32 | sp.s) }
        personKeys.sort()
        // Titles alone that refer to a named person (`l'ambassadeur`, `le président kazakh`, `the Party chief`).
        for t in titles where t.names.isEmpty && !t.apposition {
            guard t.definite else { continue }
            guard let ent = referent(of: t) else { continue }
            let s = t.headS
            var e = t.headE
            while e > s, toks[e - 1].kind == .punct { e -= 1 }
            if (s..<e).contains(where: { ti[$0].taken != -1 || inCountry($0) }) {
                // Keep the part before a country or organisation inside the head.
                var k = s
                while k < e, ti[k].taken == -1, !inCountry(k) { k += 1 }
                e = k
                while e > s, toks[e - 1].kind != .word || lex.cues.has(toks[e - 1].hash, ck.joiner) { e -= 1 }
                if e <= s { continue }
            }
            if s >= e { continue }
            extra.append(Span(kind: .person, s: s, e: e, nameS: s, nameE: e, source: .titleRef, priority: 1, entity: ent))
            for k in s..<e { ti[k].taken = -2 }
        }
        // Abbreviations defined in the article (`Parti communiste du Vietnam (PCV)`), used later alone.
        var abbreviations = false
        for sp in spans where sp.kind == .organization && sp.entity >= 0 {
            let p = max(sp.nameE, sp.e)
            if p + 2 < n, isPunct(p, "("), a.isCapWord(p + 1), isPunct(p + 2, ")"), a.scalarLength(p + 1) >= 2 {
                index.set(.abbreviation, toks[p + 1].hash, sp.entity)
                abbreviations = true
            }
        }
        if abbreviations {
            for i in capPositions where ti[i].taken == -1 {
                let ent = index.get(.abbreviation, toks[i].hash)
                guard ent >= 0, !inCountry(i) else { continue }
                if i + 1 < n, isPunct(i + 1, "-"), !toks[i + 1].spaceBefore { continue }
                extra.append(Span(kind: .organization, s: i, e: i + 1, nameS: i, nameE: i + 1, source: .abbreviation, priority: 1, entity: ent))
                ti[i].taken = -2
            }
        }
        spans.append(contentsOf: extra)
    }

    /// The named person a title alone refers to: same role (or a leader for `le dirigeant`),
    /// compatible country, the latest mentioned before it, else the only one after it.
    private func referent(of t: TitleParse) -> Int? {
        func fits(_ e: EntityInfo) -> Bool {
            guard e.kind == .person, e.nameTokens > 0 else { return false }
            if let c = t.country, let ec = e.country, c != ec { return false }
            if t.country != nil && e.country == nil { return false }
            switch t.role {
            case .leader:
                let r = e.role
                return r == .headOfState || r == .headOfGovernment || r == .partyLeader
            case .diplomat:
                let r = e.role
                return r == .ambassador || r == .foreignMinister || r == .deputyMinister || r == .official
            case .counterpart: return false
            case .official: return e.role == .official && e.titleRecord == t.record
            default: return e.role == t.role
            }
        }
        var best: (pos: Int, ent: Int)? = nil
        var afterCount = 0
        var afterEnt = -1
        // Positions of different people never coincide, so the order of people does not matter.
        let keys = personKeys
        var g = 0
        while g < keys.count {
            let ent = keys[g] >> 32
            var ge = g + 1
            while ge < keys.count, keys[ge] >> 32 == ent { ge += 1 }
            defer { g = ge }
            guard fits(entities[ent]) else { continue }
            // Latest mention before the title (binary search), else does it come later.
            var lo = g, hi = ge
            while lo < hi { let mid = (lo + hi) / 2; if keys[mid] & 0xFFFF_FFFF < t.headS { lo = mid + 1 } else { hi = mid } }
            if lo > g {
                let p = keys[lo - 1] & 0xFFFF_FFFF
                if best == nil || p > best!.pos { best = (p, ent) }
            } else {
                afterCount += 1
                afterEnt = ent
            }
        }
        if let b = best { return b.ent }
        // Before the name (`l'ambassadeur ukrainien … Petro Vroublevskiï`): only a title specific
        // enough to name one person, with its country.
        if afterCount == 1, t.country != nil { return afterEnt }
        return nil
    }
}
