/// One token of the body: a run of letters, a run of digits, or one punctuation scalar.
/// Ranges are into the folded byte buffer (`f…`) and the body's scalars (`s…`).
public struct Token: Sendable {
    public enum Kind: UInt8, Sendable { case word, number, punct }

    public struct Flags: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Whitespace separates it from the previous token.
        public static let spaceBefore = Flags(rawValue: 1)
        /// A line break separates it from the previous token.
        public static let newlineBefore = Flags(rawValue: 2)
        /// A blank line separates it from the previous token.
        public static let paragraphBefore = Flags(rawValue: 4)
        /// First letter upper case.
        public static let capitalized = Flags(rawValue: 8)
        /// Every letter upper case (and more than one letter).
        public static let allCaps = Flags(rawValue: 16)
    }

    public var fStart: Int32
    public var fEnd: Int32
    public var sStart: Int32
    public var sEnd: Int32
    public var hash: UInt64
    public var kind: Kind
    public var flags: Flags

    @inline(__always) public var start: Int { Int(sStart) }
    @inline(__always) public var end: Int { Int(sEnd) }
    @inline(__always) public var isWord: Bool { kind == .word }
    @inline(__always) public var isNumber: Bool { kind == .number }
    @inline(__always) public var isPunct: Bool { kind == .punct }
    @inline(__always) public var isCapitalized: Bool { flags.contains(.capitalized) }
    @inline(__always) public var spaceBefore: Bool { flags.contains(.spaceBefore) }
}

/// FNV-1a, 64 bits: token identity for lexicon look-ups without building Strings.
@inline(__always)
public func fnv1a<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
    var h: UInt64 = 0xcbf29ce484222325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
    return h
}
