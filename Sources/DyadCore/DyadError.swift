/// Every failure Dyad reports, each with a sentence a person can act on.
public enum DyadError: Error, Sendable, Equatable, CustomStringConvertible {
    case fileNotFound(String)
    case unreadable(String, reason: String)
    case binaryInput
    case badJSONLine(line: Int, reason: String)
    case missingText(line: Int)
    case badDate(String)
    case unknownLanguage(String)

    public var description: String {
        switch self {
        case let .fileNotFound(path): return "no such file: \(path)"
        case let .unreadable(path, reason): return "cannot read \(path): \(reason)"
        case .binaryInput: return "this looks like binary data, not an article (it contains NUL or control bytes)"
        case let .badJSONLine(line, reason): return "line \(line): not a JSON object (\(reason))"
        case let .missingText(line): return "line \(line): the object has no \"text\" string"
        case let .badDate(d): return "not a date: \(d) (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)"
        case let .unknownLanguage(l): return "unknown language: \(l) (expected auto, fr, en, vi, ru or es)"
        }
    }
}
