import DyadCore
import DyadText

/// People, organisations and places. (Being written.)
public struct EntityTagger: MentionTagger {
    public let lang: String
    public init(lang: String, countries: CountryTagger) { self.lang = lang }
    public func tag(_ ctx: TagContext, into mentions: inout [Mention]) {}

    /// Groups the resolved mentions of an article into entities (coreference within the article):
    /// one entity per country, person, organisation and place, each with every span that refers
    /// to it — including surnames alone, titles alone and abbreviations.
    public func link(_ ctx: TagContext, mentions: [Mention]) -> [Entity] {
        var byCode: [String: Int] = [:]
        var out: [Entity] = []
        for m in mentions where m.kind == .country {
            guard let c = m.code else { continue }
            if let i = byCode[c] { out[i].mentions.append(m.start..<m.end); continue }
            byCode[c] = out.count
            out.append(Entity(id: "e\(out.count + 1)", kind: .country, name: ctx.analysis.text(m.start, m.end), code: c, mentions: [m.start..<m.end]))
        }
        return out
    }
}
