import DyadCore

/// The reference that relative expressions resolve against, as a pivot day and the precision
/// the article gives (0 day, 1 month, 2 year). With a month-only reference the pivot is the
/// 15th and results finer than a month are widened to the month ("no further than it allows").
struct RefPoint {
    var day: Int
    var prec: Int
    /// Seconds since midnight, when the reference has a time.
    var secs: Int?

    init(_ r: ReferenceDate) {
        if let m = r.month, let d = r.day, Cal.valid(r.year, m, d) {
            day = Cal.day(r.year, m, d); prec = 0
            if let h = r.hour { secs = h * 3600 + (r.minute ?? 0) * 60 }
        } else if let m = r.month {
            day = Cal.day(r.year, m, 15); prec = 1
        } else {
            day = Cal.day(r.year, 7, 1); prec = 2
        }
    }

    var year: Int { Cal.civil(day).y }
    var month: Int { Cal.civil(day).m }
    /// The instant used to measure "nearest": the pivot day at its time (midnight if none).
    var instant: Int { day * 86400 + (secs ?? 0) }
}

/// A calendar date as written, possibly incomplete (no year, only a weekday …).
/// Stored small (expressions are copied often while parsing); read and written as `Int?`.
struct PDate {
    private var y32: Int32 = .min
    private var m8: Int8 = .min, d8: Int8 = .min, wd8: Int8 = .min, shift8: Int8 = .min
    /// Written but impossible (30 February): found, with no value.
    var invalid = false

    init() {}

    var y: Int? {
        get { y32 == .min ? nil : Int(y32) }
        set { y32 = newValue.map { Int32(clamping: $0) } ?? .min }
    }
    var m: Int? {
        get { m8 == .min ? nil : Int(m8) }
        set { m8 = newValue.map { Int8(clamping: $0) } ?? .min }
    }
    var d: Int? {
        get { d8 == .min ? nil : Int(d8) }
        set { d8 = newValue.map { Int8(clamping: $0) } ?? .min }
    }
    var wd: Int? {
        get { wd8 == .min ? nil : Int(wd8) }
        set { wd8 = newValue.map { Int8(clamping: $0) } ?? .min }
    }
    /// `this/next/last September`: the year is the reference's plus this shift.
    var yearShift: Int? {
        get { shift8 == .min ? nil : Int(shift8) }
        set { shift8 = newValue.map { Int8(clamping: $0) } ?? .min }
    }

    var isEmpty: Bool { y == nil && m == nil && d == nil && wd == nil }
}

/// The date side of an expression.
enum DateSide {
    case partial(PDate)
    case span(DaySpan)
    /// A date with no value (no reference, or impossible).
    case unknown
}

/// The time side: seconds since midnight, or a range of them (parts of the day, 3-5pm).
struct TimeSide {
    private var s32: Int32
    private var e32: Int32 = -1
    /// am/pm or a 24-hour clock made the hour certain.
    var certain = false

    init(start: Int, end: Int? = nil, certain: Bool = false) {
        s32 = Int32(clamping: start); e32 = end.map { Int32(clamping: $0) } ?? -1; self.certain = certain
    }
    var start: Int {
        get { Int(s32) }
        set { s32 = Int32(clamping: newValue) }
    }
    var end: Int? {
        get { e32 < 0 ? nil : Int(e32) }
        set { e32 = newValue.map { Int32(clamping: $0) } ?? -1 }
    }
}

/// One parsed expression, before it becomes a `Mention`.
struct DateExpr {
    private var s32: Int32
    private var e32: Int32
    var date: DateSide? = nil
    var time: TimeSide? = nil
    /// Second point of a range whose ends are both date-times.
    var timeEnd: (DateSide?, TimeSide)? = nil
    /// For a duration: its ISO value in the scanner's `durations` (empty when unknown), else -1.
    var durationRef: Int32 = -1
    private var modCode: UInt8 = 0
    /// For a part of a date (`fin mai`): the whole (`mai`), the value when a modifier joins it.
    var base: DateSide? = nil
    var approx = false
    /// The date was already widened to the reference's precision (relative to a coarse reference).
    var coarse = false
    var src: Source = .date

    enum Source: UInt8 { case date, range, offset, duration, year, bareHour }

    init(_ s: Int, _ e: Int) { s32 = Int32(s); e32 = Int32(e) }

    var s: Int {
        get { Int(s32) }
        set { s32 = Int32(newValue) }
    }
    var e: Int {
        get { Int(e32) }
        set { e32 = Int32(newValue) }
    }
    var isDuration: Bool { durationRef >= 0 }
    /// Read and written as text; stored as a `DateMod` code.
    var mod: String? {
        get { DateMod.text(modCode) }
        set { modCode = DateMod.code(newValue) }
    }
    var hasMod: Bool { modCode != 0 }

    var source: String {
        switch src {
        case .date: return "date"
        case .range: return "range"
        case .offset: return "offset"
        case .duration: return "duration"
        case .year: return "year"
        case .bareHour: return "bare-hour"
        }
    }
}

enum DateFormat {
    static func time(_ secs: Int) -> String {
        let s = max(0, min(secs, 86399))
        let h = s / 3600, m = (s / 60) % 60, sec = s % 60
        // `THH:MM` or `THH:MM:SS`, written into the bytes at once (h < 24).
        return Cal.ascii(sec != 0 ? 9 : 6) { b in
            b[0] = 0x54; Cal.put2(b, 1, h); b[3] = 0x3A; Cal.put2(b, 4, m)
            if sec != 0 { b[6] = 0x3A; Cal.put2(b, 7, sec) }
        }
    }

    /// `P3Y`, `PT1.5H`, `P2Y1M21D`: parts are (value, unit letter, is time part).
    static func duration(_ parts: [(Double, Character, Bool)]) -> String {
        var date = "", time = ""
        for (v, u, t) in parts {
            let n = v.rounded() == v ? String(Int(v)) : trimmed(v)
            if t { time += n + String(u) } else { date += n + String(u) }
        }
        return "P" + date + (time.isEmpty ? "" : "T" + time)
    }

    static func trimmed(_ v: Double) -> String {
        var s = String(v)
        if s.contains("e") { return s }
        while s.contains("."), s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
