/// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), with no
/// Foundation: the date tagger resolves thousands of expressions per second.
public enum Cal {
    /// Day number of a civil date (H. Hinnant's algorithm). `m` 1...12, `d` 1...31.
    @inline(__always)
    public static func day(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// Civil date of a day number.
    @inline(__always)
    public static func civil(_ n: Int) -> (y: Int, m: Int, d: Int) {
        let z = n + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return isLeap(y) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        (1...12).contains(m) && d >= 1 && d <= daysIn(y, m)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    @inline(__always)
    static func weekday(_ n: Int) -> Int {
        // 1970-01-01 was a Thursday (4).
        let r = (n + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    /// Monday of the week holding day `n`.
    static func monday(_ n: Int) -> Int { n - (weekday(n) - 1) }

    /// The same day `k` months later, clamped to the month's length.
    static func addMonths(_ n: Int, _ k: Int) -> Int {
        let (y, m, d) = civil(n)
        let t = y * 12 + (m - 1) + k
        let ny = t >= 0 ? t / 12 : (t - 11) / 12
        let nm = t - ny * 12 + 1
        return day(ny, nm, min(d, daysIn(ny, nm)))
    }

    static func firstOfMonth(_ y: Int, _ m: Int, plus k: Int) -> Int {
        let t = y * 12 + (m - 1) + k
        let ny = t >= 0 ? t / 12 : (t - 11) / 12
        return day(ny, t - ny * 12 + 1, 1)
    }

    /// Monday of ISO week `w` of ISO year `y`.
    static func isoWeekStart(_ y: Int, _ w: Int) -> Int {
        let jan4 = day(y, 1, 4)
        return monday(jan4) + (w - 1) * 7
    }

    static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    static func year4(_ y: Int) -> String {
        if (1000...9999).contains(y) { return ascii(4) { put4($0, 0, y) } }
        let s = String(y)
        return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
    }

    static func isoDay(_ n: Int) -> String {
        let (y, m, d) = civil(n)
        guard (1000...9999).contains(y) else { return year4(y) + "-" + pad2(m) + "-" + pad2(d) }
        return ascii(10) { b in put4(b, 0, y); b[4] = 0x2D; put2(b, 5, m); b[7] = 0x2D; put2(b, 8, d) }
    }

    static func isoMonth(_ n: Int) -> String {
        let (y, m, _) = civil(n)
        guard (1000...9999).contains(y) else { return year4(y) + "-" + pad2(m) }
        return ascii(7) { b in put4(b, 0, y); b[4] = 0x2D; put2(b, 5, m) }
    }

    /// Dates are written for every mention: straight into the string's bytes, not by joining
    /// small strings (the same text as `year4`, `pad2` for years of four digits).
    @inline(__always)
    static func ascii(_ count: Int, _ write: (UnsafeMutableBufferPointer<UInt8>) -> Void) -> String {
        String(unsafeUninitializedCapacity: count) { write($0); return count }
    }

    /// Two digits of `v` (0…99) at `at`.
    @inline(__always)
    static func put2(_ b: UnsafeMutableBufferPointer<UInt8>, _ at: Int, _ v: Int) {
        b[at] = UInt8(0x30 + v / 10); b[at + 1] = UInt8(0x30 + v % 10)
    }

    /// Four digits of `v` (1000…9999) at `at`.
    @inline(__always)
    static func put4(_ b: UnsafeMutableBufferPointer<UInt8>, _ at: Int, _ v: Int) {
        put2(b, at, v / 100); put2(b, at + 2, v % 100)
    }
}

/// A stretch of days [start, end), the value of every date mention before formatting.
struct DaySpan: Equatable {
    private var s32: Int32
    private var e32: Int32
    /// Printed at day precision even when the bounds fall on the first of a month
    /// (weeks and counted days).
    var dayOnly = false

    init(start: Int, end: Int, dayOnly: Bool = false) {
        s32 = Int32(clamping: start); e32 = Int32(clamping: end); self.dayOnly = dayOnly
    }
    var start: Int {
        get { Int(s32) }
        set { s32 = Int32(clamping: newValue) }
    }
    var end: Int {
        get { Int(e32) }
        set { e32 = Int32(clamping: newValue) }
    }

    static func day(_ n: Int) -> DaySpan { DaySpan(start: n, end: n + 1) }
    static func month(_ y: Int, _ m: Int) -> DaySpan {
        DaySpan(start: Cal.day(y, m, 1), end: Cal.firstOfMonth(y, m, plus: 1))
    }
    static func year(_ y: Int) -> DaySpan { DaySpan(start: Cal.day(y, 1, 1), end: Cal.day(y + 1, 1, 1)) }

    /// ISO partial date, or an inclusive interval: year precision when both bounds fall on
    /// 1 January, month precision when both fall on the 1st, else days.
    var value: (String, String?) {
        let (sy, sm, sd) = Cal.civil(start)
        let (ey, em, ed) = Cal.civil(end)
        let a: String, b: String
        if !dayOnly && sm == 1 && sd == 1 && em == 1 && ed == 1 {
            a = Cal.year4(sy); b = Cal.year4(ey - 1)
        } else if !dayOnly && sd == 1 && ed == 1 {
            a = Cal.isoMonth(start); b = Cal.isoMonth(Cal.firstOfMonth(ey, em, plus: -1))
        } else {
            a = Cal.isoDay(start); b = Cal.isoDay(end - 1)
        }
        return a == b ? (a, nil) : (a, b)
    }

    /// Granularity of the span: 0 day, 1 month, 2 year.
    var precision: Int {
        let (_, sm, sd) = Cal.civil(start)
        let (_, em, ed) = Cal.civil(end)
        if dayOnly { return 0 }
        if sm == 1 && sd == 1 && em == 1 && ed == 1 { return 2 }
        if sd == 1 && ed == 1 { return 1 }
        return 0
    }
}
