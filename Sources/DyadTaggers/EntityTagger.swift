import DyadCore
import DyadText

/// People, organisations and places, and the entities of an article.
///
/// `tag` adds person, organisation and place mentions: names found through role titles
/// (`le président kazakh Kassym-Jomart Tokaïev`, `Prime Minister X`), appositions
/// (`X, Ambassador of Ukraine to Kazakhstan`), honorifics and the gazetteers of `common/`;
/// surnames alone, titles alone and abbreviations that refer to a named entity of the same
/// article; organisations and places from the gazetteers and from patterns (`ministère des
/// Affaires étrangères`, `Sovico Group`, `province de Bac Ninh`). Every mention carries the
/// country of its entity.
///
/// `link` groups the resolved mentions into entities, the same way, with role, title as
/// written, country and posting for people.
public struct EntityTagger: MentionTagger {
    public let lang: String
    let countries: CountryTagger
    let lexicon: EntityLexicon

    public init(lang: String, countries: CountryTagger) {
        self.lang = lang
        self.countries = countries
        self.lexicon = EntityLexicon.shared(lang)
    }

    /// The entity analysis of an article (pure: `tag` and `link` see the same one).
    func analyze(_ ctx: TagContext, countryMentions: [Mention]? = nil) -> EntityAnalysis {
        // The analysis reads only the country mentions of the list: no need to filter a copy.
        let cm: [Mention]
        if let given = countryMentions, given.withUnsafeBufferPointer({ ms in ms.indices.contains { ms[$0].kind == .country } }) {
            cm = given
        } else {
            var own: [Mention] = []
            countries.tag(ctx, into: &own)
            cm = own
        }
        return EntityAnalysis(ctx, lexicon: lexicon, countryMentions: cm)
    }

    public func tag(_ ctx: TagContext, into mentions: inout [Mention]) {
        let an = analyze(ctx, countryMentions: mentions)
        ctx.memo.values["entities"] = an
        let toks = ctx.analysis.tokens
        for sp in an.spans where sp.entity >= 0 && sp.s < sp.e {
            mentions.append(Mention(kind: sp.kind, start: toks[sp.s].start, end: toks[sp.e - 1].end,
                                    code: an.code(an.entities[sp.entity].country), source: sp.source.mentionSource, priority: 2))
        }
    }

    /// Groups the resolved mentions of an article into entities (coreference within the article):
    /// one entity per country, person, organisation and place, each with every span that refers
    /// to it — including surnames alone, titles alone and abbreviations. Ids `e1`, `e2`, … follow
    /// the order of first mention. A person is kept only when some mention names them.
    public func link(_ ctx: TagContext, mentions: [Mention]) -> [Entity] {
        let an = (ctx.memo.values["entities"] as? EntityAnalysis) ?? analyze(ctx)
        let toks = ctx.analysis.tokens
        // Analysis spans by scalar range, to find each resolved mention's entity.
        var bySpan: [Int: Int] = Dictionary(minimumCapacity: an.spans.count)
        for (i, sp) in an.spans.enumerated() where sp.entity >= 0 && sp.s < sp.e {
            bySpan[toks[sp.s].start << 32 | toks[sp.e - 1].end] = i
        }
        struct Building { var entity: Entity; var first: Int; var named: Bool }
        /// What groups mentions into one entity; an analysed entity is keyed by its index, with no String built.
        enum Key: Hashable { case country(String), analysed(Int), text(MentionKind, String) }
        var out: [Building] = []
        var byKey: [Key: Int] = Dictionary(minimumCapacity: 32)
        // Indices in (start, position) order: the stable sort by start, without copying mentions
        // (resolved mentions usually come sorted already).
        let sorted = mentions.indices.dropFirst().allSatisfy { mentions[$0 - 1].start <= mentions[$0].start }
        let order = sorted ? Array(mentions.indices)
            : mentions.indices.sorted { mentions[$0].start != mentions[$1].start ? mentions[$0].start < mentions[$1].start : $0 < $1 }
        for mi in order {
            let m = mentions[mi]
            let range = m.start..<m.end
            switch m.kind {
            case .country:
                guard let c = m.code else { continue }
                let key = Key.country(c)
                if let i = byKey[key] { out[i].entity.mentions.append(range); continue }
                byKey[key] = out.count
                let name = countries.names[c] ?? ctx.analysis.text(m.start, m.end)
                out.append(Building(entity: Entity(id: "", kind: .country, name: name, code: c, mentions: [range]), first: m.start, named: true))
            case .person, .organization, .place:
                var key: Key
                var analysed: Int? = nil
                var named = true
                if let si = bySpan[m.start << 32 | m.end], an.spans[si].kind == m.kind {
                    analysed = an.spans[si].entity
                    key = .analysed(an.spans[si].entity)
                    // A title alone refers to a person; it does not name one.
                    named = an.spans[si].source != .titleRef
                } else {
                    key = .text(m.kind, FoldTable.shared.fold(ctx.analysis.text(m.start, m.end)))
                }
                if let i = byKey[key] {
                    out[i].entity.mentions.append(range)
                    out[i].named = out[i].named || named
                    continue
                }
                byKey[key] = out.count
                var e = Entity(id: "", kind: m.kind, name: ctx.analysis.text(m.start, m.end), mentions: [range])
                if let k = analysed {
                    let info = an.entities[k]
                    let name = an.name(of: k)
                    if !name.isEmpty { e.name = name }
                    e.country = an.code(info.country)
                    if m.kind == .person {
                        e.role = info.role?.name ?? "official"
                        e.title = an.title(of: k)
                        e.postedTo = an.code(info.postedTo)
                    }
                } else {
                    e.country = m.code
                    if m.kind == .person { e.role = "official" }
                }
                out.append(Building(entity: e, first: m.start, named: named))
            default:
                continue
            }
        }
        var result = out.filter { $0.named }.sorted { $0.first < $1.first }.map { $0.entity }
        for i in result.indices { result[i].id = "e\(i + 1)" }
        return result
    }
}
