import DyadCore
import DyadData
import DyadText
import Foundation

/// Everything Dyad knows about one language, built once from the data folder and shared.
public final class LanguagePack: @unchecked Sendable {
    public static let supported = ["fr", "en", "vi", "ru", "es"]

    public let lang: String
    public let splitter: SentenceSplitter
    public let countries: CountryTagger
    public let numbers: NumberTagger
    public let dates: DateTagger
    public let entities: EntityTagger

    init(lang: String) {
        self.lang = lang
        splitter = SentenceSplitter(abbreviations: LanguagePack.words("\(lang)/abbreviations.txt"))
        countries = CountryTagger(lang: lang)
        numbers = NumberTagger(lang: lang)
        dates = DateTagger(lang: lang, numbers: numbers)
        entities = EntityTagger(lang: lang, countries: countries)
    }

    /// The taggers run for `dyad tag`, in order.
    public var taggers: [any MentionTagger] { [numbers, dates, countries, entities] }

    /// One word or phrase a line, comments dropped.
    public static func words(_ path: String) -> [String] {
        DataFiles.rows(path).compactMap { $0.first.map(String.init) }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: LanguagePack] = [:]

    /// The pack for a language code; unknown languages get a pack with no language data.
    public static func pack(for lang: String) -> LanguagePack {
        lock.lock(); defer { lock.unlock() }
        if let p = cache[lang] { return p }
        let p = LanguagePack(lang: lang)
        cache[lang] = p
        return p
    }

    private static let detectorLock = NSLock()
    nonisolated(unsafe) private static var detectorCache: LanguageDetector? = nil
    public static var detector: LanguageDetector {
        detectorLock.lock(); defer { detectorLock.unlock() }
        if let d = detectorCache { return d }
        var stop: [String: [String]] = [:]
        for l in ["fr", "en", "es"] { stop[l] = words("\(l)/stopwords.txt") }
        let d = LanguageDetector(stopwords: stop)
        detectorCache = d
        return d
    }
}
