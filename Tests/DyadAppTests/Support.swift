import DyadApp
import DyadCore
import DyadEvents
import Foundation

/// Extracts events from a text written for the test, with a known date and language.
func events(_ text: String, lang: String, date: String = "2024-06-15") -> [Event] {
    let doc = Document(id: "t", body: text, lang: lang, date: date)
    return Pipeline.extract(doc, options: RunOptions(lang: lang)).events
}

/// The shared folder beside the checkout (corpus, seeds, spec, tools), read at run time.
let sharedDir: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared")
