import DyadData
import Testing
@testable import DyadEvents

/// The rule data of every language compiles: each rule names a known type, each `@class` it
/// uses exists, each lookup table it asks for is defined.
@Suite struct RuleDataTests {
    static let types: Set<String> = ["visit", "meeting", "phone_call", "invitation", "agreement", "relations_established",
                                     "relations_upgraded", "relations_reduced", "anniversary", "trade", "investment",
                                     "transport_link", "cooperation", "aid", "praise", "statement", "criticism", "protest",
                                     "threat", "sanction", "expulsion"]
    /// Tables filled by code rather than by a lookup file.
    static let computed: Set<String> = ["domains", "sectors", "rank", "money", "ordinal", "count", "place", "topic"]

    @Test(arguments: ["fr", "en"])
    func rulesCompile(lang: String) {
        let rules = RuleSet(lang: lang)
        #expect(rules.rules.count >= 30)
        var tables = Set<String>()
        for row in DataFiles.rows("\(lang)/lookups.tsv") where row.count >= 3 { tables.insert(String(row[0])) }
        for r in rules.rules {
            #expect(Self.types.contains(r.type), "\(r.id): unknown type \(r.type)")
            for need in r.needs + r.nots + r.excludes where need.hasPrefix("@") {
                let name = String(need.dropFirst().split(separator: "/")[0])
                #expect(rules.classes[name] != nil, "\(r.id): no class @\(name)")
            }
            for t in r.lookups {
                #expect(tables.contains(t) || Self.computed.contains(t) || t == "subtype", "\(r.id): no lookup table \(t)")
            }
        }
        // Every event type has at least one rule in the language.
        let covered = Set(rules.rules.map(\.type))
        #expect(covered == Self.types, "missing: \(Self.types.subtracting(covered))")
    }

    @Test func triggersExpandClasses() {
        let rules = RuleSet(lang: "fr")
        let expanded = rules.expand("@sign un accord")
        #expect(expanded.contains("signé un accord"))
        #expect(expanded.count == rules.classes["sign"]?.count)
    }
}
