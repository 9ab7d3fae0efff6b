import DyadCore
import DyadText

/// People, organisations and places. (Being written.)
public struct EntityTagger: MentionTagger {
    public let lang: String
    public init(lang: String, countries: CountryTagger) { self.lang = lang }
    public func tag(_ ctx: TagContext, into mentions: inout [Mention]) {}
}
