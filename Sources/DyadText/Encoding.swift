import Foundation
import DyadCore

/// Turns raw bytes into text: UTF-8 when valid, Windows-1252 otherwise (with a warning),
/// and refuses binary data.
public enum TextDecoding {
    public struct Decoded: Sendable {
        public var text: String
        public var warning: String?
    }

    public static func decode(_ bytes: [UInt8]) throws -> Decoded {
        var b = bytes[...]
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b = b.dropFirst(3) }
        if looksBinary(b) { throw DyadError.binaryInput }
        if let s = String(validating: b, as: UTF8.self) { return Decoded(text: s, warning: nil) }
        var v = String.UnicodeScalarView()
        for byte in b {
            if byte >= 0x80 && byte <= 0x9F, let u = Unicode.Scalar(cp1252High[Int(byte - 0x80)]) { v.append(u) }
            else { v.append(Unicode.Scalar(byte)) }
        }
        return Decoded(text: String(v), warning: "not valid UTF-8; decoded as Windows-1252")
    }

    /// NUL bytes, or many control bytes, mean this is not text.
    static func looksBinary(_ b: ArraySlice<UInt8>) -> Bool {
        var control = 0
        let sample = b.prefix(65536)
        for c in sample {
            if c == 0 { return true }
            if c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B) { control += 1 }
        }
        return sample.count > 0 && control * 20 > sample.count
    }

    static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
