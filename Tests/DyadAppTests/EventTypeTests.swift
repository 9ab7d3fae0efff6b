import DyadApp
import DyadCore
import DyadEvents
import Foundation
import Testing

/// One sentence per event type and language, written for these tests, with what must come out.
/// The cases live in `EventCases/<lang>.tsv` so that adding a phrasing is adding a line.
struct EventCase: Sendable, CustomStringConvertible {
    var lang: String
    var text: String
    var type: String
    var status: String? = nil
    var parties: Set<String> = []
    var actor: String? = nil
    var target: String? = nil
    var date: String? = nil
    var attributes: [String: String] = [:]
    var description: String { "\(lang) \(type): \(text.prefix(50))" }

    /// `type<TAB>sentence<TAB>key=value;…`
    init?(lang: String, line: Substring) {
        let f = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard f.count >= 2, !line.hasPrefix("#") else { return nil }
        self.lang = lang; type = String(f[0]); text = String(f[1])
        for pair in (f.count > 2 ? f[2] : "").split(separator: ";") {
            guard let eq = pair.firstIndex(of: "=") else { continue }
            let k = String(pair[..<eq]), v = String(pair[pair.index(after: eq)...])
            switch k {
            case "status": status = v
            case "actor": actor = v
            case "target": target = v
            case "date": date = v
            case "parties": parties = Set(v.split(separator: ",").map(String.init))
            default: attributes[k] = v
            }
        }
    }
}

let eventCasesDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("EventCases")

let eventCases: [EventCase] = {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: eventCasesDir.path)) ?? []
    return files.filter { $0.hasSuffix(".tsv") }.sorted().flatMap { file -> [EventCase] in
        let lang = String(file.dropLast(4))
        let text = (try? String(contentsOf: eventCasesDir.appendingPathComponent(file), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { EventCase(lang: lang, line: $0) }
    }
}()

@Test("the event cases cover every type of EVENTS.md in French and in English")
func eventCasesCoverEveryType() {
    let types = ["visit", "meeting", "phone_call", "invitation", "agreement", "relations_established", "relations_upgraded",
                 "relations_reduced", "anniversary", "trade", "investment", "aid", "transport_link", "cooperation", "praise",
                 "statement", "criticism", "protest", "threat", "sanction", "expulsion"]
    for lang in ["fr", "en"] {
        let covered = Set(eventCases.filter { $0.lang == lang }.map(\.type))
        #expect(Set(types).subtracting(covered).isEmpty, "\(lang) lacks \(Set(types).subtracting(covered).sorted())")
    }
}

@Test("every event case, in every language", arguments: eventCases)
func eventType(_ c: EventCase) {
    let found = events(c.text, lang: c.lang)
    let ofType = found.filter { $0.type == c.type }
    #expect(!ofType.isEmpty, "no \(c.type) in \(found.map(\.type))")
    guard let e = ofType.first else { return }
    if let s = c.status { #expect(e.status == s) }
    if !c.parties.isEmpty { #expect(c.parties.isSubset(of: e.partyCodes), "parties \(e.partyCodes)") }
    if let a = c.actor { #expect(e.actor?.country == a, "actor \(String(describing: e.actor))") }
    if let t = c.target { #expect(e.target?.country == t, "target \(String(describing: e.target))") }
    if let d = c.date {
        switch e.date {
        case let .point(p)?: #expect(p == d)
        case let .interval(s, _)?: #expect(s == d)
        case nil: Issue.record("no date, expected \(d)")
        }
    }
    for (k, v) in c.attributes {
        let got: String?
        switch k {
        case "subtype": got = e.subtype
        default:
            switch e.attribute(k) {
            case let .string(s)?: got = s
            case let .int(i)?: got = String(i)
            case let .double(d)?: got = String(Int(d))
            case let .bool(b)?: got = b ? "true" : "false"
            default: got = nil
            }
        }
        #expect(got == v, "\(k): \(String(describing: got))")
    }
}
