/// The nearest CAMEO code for an event, per EVENTS.md.
enum Cameo {
    static func code(for e: Event) -> String? {
        let intended = e.status == "planned" || e.status == "expected"
        switch e.kind {
        case .visit: return "042"
        case .meeting:
            if e.attribute("format")?.stringValue == "negotiation" { return "046" }
            return "040"
        case .phoneCall: return "041"
        case .invitation: return "036"
        case .agreement: return e.attribute("stage")?.stringValue == "signed" && e.status == "occurred" ? "057" : nil
        case .relationsEstablished: return "054"
        case .relationsUpgraded: return "050"
        case .relationsReduced: return "161"
        case .trade, .investment, .transportLink: return intended ? "031" : "061"
        case .cooperation: return intended ? "030" : "060"
        case .aid:
            switch e.attribute("kind")?.stringValue {
            case "economic": return "071"
            case "military": return "072"
            case "humanitarian": return "073"
            default: return "070"
            }
        case .praise: return "051"
        case .statement: return "010"
        case .criticism: return "111"
        case .protest: return "140"
        case .threat: return "130"
        case .sanction: return "163"
        case .expulsion: return "161"
        default: return nil
        }
    }
}
