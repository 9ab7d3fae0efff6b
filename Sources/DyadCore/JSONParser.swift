/// A small, iterative JSON parser (no recursion on input depth) for JSON Lines input.
public enum JSONParseError: Error, Sendable, CustomStringConvertible {
    case invalid(String, offset: Int)
    public var description: String {
        switch self { case let .invalid(why, offset): return "invalid JSON at byte \(offset): \(why)" }
    }
}

public struct JSONParser {
    /// Maximum nesting depth accepted; deeper input is an error, not a crash.
    public static let maxDepth = 512

    public static func parse(_ text: String) throws -> JSON {
        var bytes = Array(text.utf8)
        return try bytes.withUnsafeMutableBufferPointer { buf in
            var parser = Parser(bytes: UnsafeBufferPointer(buf))
            return try parser.parseDocument()
        }
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var pos = 0
        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        enum Frame { case array([JSON]); case object([(String, JSON)], key: String?) }

        mutating func skipSpace() {
            while pos < bytes.count, bytes[pos] == 0x20 || bytes[pos] == 0x0A || bytes[pos] == 0x0D || bytes[pos] == 0x09 { pos += 1 }
        }

        func fail(_ why: String) -> JSONParseError { .invalid(why, offset: pos) }

        mutating func parseDocument() throws -> JSON {
            var stack: [Frame] = []
            var result: JSON? = nil
            while true {
                skipSpace()
                guard pos < bytes.count else { throw fail("unexpected end") }
                // Expecting a value, or a closing bracket of an empty container.
                var value: JSON
                let c = bytes[pos]
                if c == UInt8(ascii: "{") {
                    pos += 1; skipSpace()
                    if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") { pos += 1; value = .object([]) }
                    else {
                        if stack.count >= JSONParser.maxDepth { throw fail("nested too deeply") }
                        let key = try parseKey()
                        stack.append(.object([], key: key)); continue
                    }
                } else if c == UInt8(ascii: "[") {
                    pos += 1; skipSpace()
                    if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") { pos += 1; value = .array([]) }
                    else {
                        if stack.count >= JSONParser.maxDepth { throw fail("nested too deeply") }
                        stack.append(.array([])); continue
                    }
                } else {
                    value = try parseScalar()
                }
                // Attach the value to enclosing containers, closing as many as end here.
                while true {
                    guard let top = stack.popLast() else { result = value; break }
                    skipSpace()
                    guard pos < bytes.count else { throw fail("unexpected end") }
                    let sep = bytes[pos]; pos += 1
                    switch top {
                    case var .array(items):
                        items.append(value)
                        if sep == UInt8(ascii: ",") { stack.append(.array(items)) }
                        else if sep == UInt8(ascii: "]") { value = .array(items); continue }
                        else { throw fail("expected , or ]") }
                    case .object(var pairs, let key):
                        pairs.append((key ?? "", value))
                        if sep == UInt8(ascii: ",") { skipSpace(); let k = try parseKey(); stack.append(.object(pairs, key: k)) }
                        else if sep == UInt8(ascii: "}") { value = .object(pairs); continue }
                        else { throw fail("expected , or }") }
                    }
                    break
                }
                if let r = result {
                    skipSpace()
                    if pos != bytes.count { throw fail("trailing characters") }
                    return r
                }
            }
        }

        mutating func parseKey() throws -> String {
            skipSpace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else { throw fail("expected a key") }
            let k = try parseString()
            skipSpace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { throw fail("expected :") }
            pos += 1
            return k
        }

        mutating func parseScalar() throws -> JSON {
            let c = bytes[pos]
            if c == UInt8(ascii: "\"") { return .string(try parseString()) }
            if match("true") { return .bool(true) }
            if match("false") { return .bool(false) }
            if match("null") { return .null }
            if c == UInt8(ascii: "-") || (c >= 0x30 && c <= 0x39) {
                let start = pos
                pos += 1
                var isDouble = false
                while pos < bytes.count {
                    let d = bytes[pos]
                    if d >= 0x30 && d <= 0x39 { pos += 1 }
                    else if d == UInt8(ascii: ".") || d == UInt8(ascii: "e") || d == UInt8(ascii: "E") || d == UInt8(ascii: "+") || d == UInt8(ascii: "-") { isDouble = true; pos += 1 }
                    else { break }
                }
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
                if !isDouble, let i = Int(s) { return .int(i) }
                if let d = Double(s) { return .double(d) }
                throw fail("bad number")
            }
            throw fail("unexpected character")
        }

        mutating func match(_ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard pos + n <= bytes.count else { return false }
            let w = UnsafeBufferPointer(start: word.utf8Start, count: n)
            for i in 0..<n where bytes[pos + i] != w[i] { return false }
            pos += n
            return true
        }

        mutating func parseString() throws -> String {
            pos += 1
            var out = [UInt8]()
            while pos < bytes.count {
                let c = bytes[pos]
                if c == UInt8(ascii: "\"") { pos += 1; return String(decoding: out, as: UTF8.self) }
                if c == UInt8(ascii: "\\") {
                    pos += 1
                    guard pos < bytes.count else { break }
                    let e = bytes[pos]; pos += 1
                    switch e {
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "u"):
                        var code = try hex4()
                        if code >= 0xD800 && code < 0xDC00, pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u") {
                            pos += 2
                            let low = try hex4()
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        }
                        let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                        out.append(contentsOf: Array(String(scalar).utf8))
                    default: out.append(e)
                    }
                } else {
                    out.append(c); pos += 1
                }
            }
            throw fail("unterminated string")
        }

        mutating func hex4() throws -> UInt32 {
            guard pos + 4 <= bytes.count else { throw fail("bad \\u escape") }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let c = bytes[pos]; pos += 1
                v <<= 4
                switch c {
                case 0x30...0x39: v |= UInt32(c - 0x30)
                case 0x41...0x46: v |= UInt32(c - 0x41 + 10)
                case 0x61...0x66: v |= UInt32(c - 0x61 + 10)
                default: throw fail("bad \\u escape")
                }
            }
            return v
        }
    }
}
