import DyadCore

/// One side of an event: an entity of the article and the country it stands for.
public struct Party: Sendable, Equatable {
    public var entity: String?
    public var country: String?
    public init(entity: String?, country: String?) { self.entity = entity; self.country = country }
}

/// A date as the text gives it: one ISO partial date, or an interval.
public enum EventDate: Sendable, Equatable {
    case point(String)
    case interval(String, String)

    public var json: JSON {
        switch self {
        case let .point(s): return .string(s)
        case let .interval(a, b): return .object([("start", .string(a)), ("end", .string(b))])
        }
    }

    public var year: Int? {
        switch self {
        case let .point(s), let .interval(s, _): return Int(s.prefix(4))
        }
    }
}

/// The types of EVENTS.md as a small integer, so the engine compares and switches on a byte
/// rather than on the type's name.
public enum EventKind: UInt8, Sendable {
    case visit, meeting, phoneCall, invitation, agreement, relationsEstablished, relationsUpgraded, relationsReduced
    case anniversary, trade, investment, transportLink, cooperation, aid, praise, statement, criticism, protest
    case threat, sanction, expulsion, other

    public init(_ type: String) {
        switch type {
        case "visit": self = .visit
        case "meeting": self = .meeting
        case "phone_call": self = .phoneCall
        case "invitation": self = .invitation
        case "agreement": self = .agreement
        case "relations_established": self = .relationsEstablished
        case "relations_upgraded": self = .relationsUpgraded
        case "relations_reduced": self = .relationsReduced
        case "anniversary": self = .anniversary
        case "trade": self = .trade
        case "investment": self = .investment
        case "transport_link": self = .transportLink
        case "cooperation": self = .cooperation
        case "aid": self = .aid
        case "praise": self = .praise
        case "statement": self = .statement
        case "criticism": self = .criticism
        case "protest": self = .protest
        case "threat": self = .threat
        case "sanction": self = .sanction
        case "expulsion": self = .expulsion
        default: self = .other
        }
    }
}

/// An event of EVENTS.md with its provenance.
public struct Event: Sendable {
    public var id: String = ""
    public let type: String
    /// `type`, as a byte.
    public let kind: EventKind
    public var subtype: String?
    public var status: String
    public var actor: Party?
    public var target: Party?
    public var date: EventDate?
    public var attributes: [(String, JSON)] = []
    public var attributedTo: String?
    public var cameo: String?
    /// Every sentence span that reports this event; the first is the primary evidence.
    public var evidence: [Range<Int>]
    public var rule: String
    /// Token index of the trigger, for ordering and for linking nested events.
    public var triggerToken: Int
    /// A definite or framing mention (`cette visite`, `lors de la visite`, `during the visit`):
    /// it refers back to an event already told, so its clause's modality is not the event's.
    public var isReference = false
    /// For a reference: its noun phrase names a side of its own, so it may stand alone.
    public var ownParties = false
    /// A date counted from the story (`un an plus tard`): days after the date told before.
    var narrativeDays: Int? = nil

    public init(type: String, status: String, evidence: [Range<Int>], rule: String, triggerToken: Int) {
        self.init(type: type, kind: EventKind(type), status: status, evidence: evidence, rule: rule, triggerToken: triggerToken)
    }

    /// With the kind already known (the rule's), so no name is read again.
    public init(type: String, kind: EventKind, status: String, evidence: [Range<Int>], rule: String, triggerToken: Int) {
        self.type = type; self.kind = kind; self.status = status; self.evidence = evidence; self.rule = rule; self.triggerToken = triggerToken
    }

    public func attribute(_ key: String) -> JSON? { attributes.first { $0.0 == key }?.1 }

    public mutating func set(_ key: String, _ value: JSON) {
        if let i = attributes.firstIndex(where: { $0.0 == key }) { attributes[i].1 = value } else { attributes.append((key, value)) }
    }

    /// Country codes of both sides and of `attributes.parties`.
    public var partyCodes: Set<String> {
        var s = Set<String>()
        if let c = actor?.country { s.insert(c) }
        if let c = target?.country { s.insert(c) }
        if case let .array(items)? = attribute("parties") { for i in items { if let c = i.stringValue { s.insert(c) } } }
        return s
    }
}
