import DyadCore
import DyadText

/// The date that relative expressions resolve against, at the precision known.
public struct ReferenceDate: Sendable, Equatable {
    public var year: Int
    public var month: Int?
    public var day: Int?
    public var hour: Int?
    public var minute: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil, hour: Int? = nil, minute: Int? = nil) {
        self.year = year; self.month = month; self.day = day; self.hour = hour; self.minute = minute
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS]`.
    public init?(iso: String) {
        let s = Array(iso.unicodeScalars)
        func num(_ a: Int, _ n: Int) -> Int? {
            guard a + n <= s.count else { return nil }
            var v = 0
            for k in a..<(a + n) { guard s[k].value >= 48, s[k].value <= 57 else { return nil }; v = v * 10 + Int(s[k].value - 48) }
            return v
        }
        guard let y = num(0, 4) else { return nil }
        year = y
        month = s.count >= 7 && s[4] == "-" ? num(5, 2) : nil
        day = month != nil && s.count >= 10 && s[7] == "-" ? num(8, 2) : nil
        if day != nil, s.count >= 16, s[10] == "T" || s[10] == " " {
            hour = num(11, 2); minute = num(14, 2)
        }
        if let m = month, !(1...12).contains(m) { return nil }
        if let d = day, !(1...31).contains(d) { return nil }
    }

    public var iso: String {
        var out = String(format4: year)
        if let m = month { out += "-" + DateText.pad2(m) }
        if let d = day { out += "-" + DateText.pad2(d) }
        if let h = hour, let mi = minute { out += "T" + DateText.pad2(h) + ":" + DateText.pad2(mi) + ":00" }
        return out
    }
}

extension String {
    init(format4 n: Int) {
        let s = String(n)
        self = s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
    }
}

/// Results a tagger computes once per article and a later stage reuses (the entity analysis
/// that `tag` builds is what `link` groups), so no stage does the same work twice.
public final class TagMemo: @unchecked Sendable {
    public var values: [String: Any] = [:]
    public init() {}
}

/// What every tagger receives: the analysed body, its language pack and the reference date.
public struct TagContext: @unchecked Sendable {
    public let analysis: TextAnalysis
    public let pack: LanguagePack
    public let reference: ReferenceDate?
    public let sentences: [Sentence]
    public let memo: TagMemo

    public init(analysis: TextAnalysis, pack: LanguagePack, reference: ReferenceDate?, sentences: [Sentence], memo: TagMemo = TagMemo()) {
        self.analysis = analysis; self.pack = pack; self.reference = reference; self.sentences = sentences; self.memo = memo
    }

    public var lang: String { pack.lang }
    public var tokens: [Token] { analysis.tokens }
}

/// A mention finder for one family of kinds. Taggers only add candidates; `MentionResolver`
/// decides between overlapping ones.
public protocol MentionTagger: Sendable {
    func tag(_ ctx: TagContext, into mentions: inout [Mention])
}
