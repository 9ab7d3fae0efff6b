import DyadText

/// Times of day: `15h30`, `à 15 h`, `3 p.m.`, `at 4pm`, `19:56:30`, `midi`, `sept heures moins dix`,
/// parts of the day (`dans la soirée`, `this evening`), and dates joined with them.
extension DateScanner {
    struct ClockTime {
        var side: TimeSide
        var end: Int
        /// Written as a time (`:`, `h`, am/pm, noon), not a bare number after `at`.
        var marked: Bool
    }

    /// Range of a part of the day, in seconds.
    func daypartRange(_ w: TimeWord) -> TimeSide? {
        switch w {
        case .morning: return TimeSide(start: 8 * 3600, end: 12 * 3600, certain: true)
        case .afternoon: return TimeSide(start: 12 * 3600, end: 16 * 3600, certain: true)
        case .evening: return TimeSide(start: 16 * 3600, end: 20 * 3600, certain: true)
        case .night, .tonight: return TimeSide(start: 20 * 3600, end: 86399, certain: true)
        default: return nil
        }
    }

    /// A part of the day word at `i` (morning … night).
    func daypart(_ i: Int) -> (TimeWord, Int)? {
        guard let h = hit(i, .time), let w = TimeWord(rawValue: h.key),
              w == .morning || w == .afternoon || w == .evening || w == .night else { return nil }
        return (w, h.end)
    }

    /// `in the evening`, `dans la soirée`, `du matin`: a part of the day after a time or date.
    func daypartAfter(_ i: Int) -> (TimeWord, Int)? {
        var k = i
        if isP(k, 0x2C) { k += 1 }
        if let e = conn(k, .inside) ?? conn(k, .of) ?? conn(k, .at) { k = e }
        k = skipThe(k)
        return daypart(k)
    }

    /// The hour of a written number: digits up to 24, or a number in words before an hour mark.
    private func hourNumber(_ i: Int) -> (v: Int, end: Int, digits: Int)? {
        if let (v, c) = digits(i) { return (v, i + 1, c) }
        if isWord(i), let r = wordNumber(i), r.end > i, r.value.rounded() == r.value, r.value >= 0, r.value <= 24 {
            return (Int(r.value), r.end, 0)
        }
        if let e = conn(i, .a), hit(e, .time, TimeWord.hourMark.rawValue) != nil { return (1, e, 0) }
        return nil
    }

    private func minutesNumber(_ i: Int) -> (v: Int, end: Int)? {
        if let (v, c) = digits(i), c <= 2, v < 60 { return (v, i + 1) }
        if isWord(i), let r = wordNumber(i), r.end > i, r.value.rounded() == r.value, r.value >= 1, r.value < 60 {
            return (Int(r.value), r.end)
        }
        return nil
    }

    private func amPm(_ i: Int) -> (pm: Bool, end: Int)? {
        var k = i
        if isP(k, 0x2E), attached(k) { k += 1 }      // 9.am
        if let h = hit(k, .time, TimeWord.am.rawValue) { return (false, h.end) }
        if let h = hit(k, .time, TimeWord.pm.rawValue) { return (true, h.end) }
        return nil
    }

    /// A clock time at `i`. `cue`: `at`/`à` stands before it, so a bare hour counts.
    func clock(_ i: Int, cue: Bool) -> ClockTime? {
        guard i < n else { return nil }
        if let h = hit(i, .time, TimeWord.noon.rawValue) { return ClockTime(side: TimeSide(start: 43200, certain: true), end: h.end, marked: true) }
        if let h = hit(i, .time, TimeWord.midnight.rawValue) { return ClockTime(side: TimeSide(start: 0, certain: true), end: h.end, marked: true) }
        // half past seven, quarter to eight
        if let h = hit(i, .time), let w = TimeWord(rawValue: h.key), w == .halfPast || w == .quarterPast || w == .quarterTo,
           let hn = hourNumber(h.end), hn.v >= 1, hn.v <= 12 {
            var hh = hn.v, mm = w == .halfPast ? 30 : w == .quarterPast ? 15 : 45
            if w == .quarterTo { hh -= 1 }
            var e = hn.end
            if let hm = hit(e, .time, TimeWord.hourMark.rawValue) { e = hm.end }
            var certain = false
            if let ap = amPm(e) { if ap.pm && hh < 12 { hh += 12 }; certain = true; e = ap.end }
            if mm == 60 { mm = 0 }
            return ClockTime(side: TimeSide(start: hh * 3600 + mm * 60, certain: certain), end: e, marked: true)
        }
        // 20 min past eight
        if let mn = minutesNumber(i), let mk = hit(mn.end, .time, TimeWord.minuteMark.rawValue), let past = hit(mk.end, .time, TimeWord.pastHour.rawValue),
           let hn = hourNumber(past.end) {
            var hh = hn.v
            var e = hn.end
            var certain = false
            if let dp = daypartAfter(e) { if dp.0 != .morning && hh < 12 { hh += 12 }; certain = true; e = dp.1 }
            return ClockTime(side: TimeSide(start: hh * 3600 + mn.v * 60, certain: certain), end: e, marked: true)
        }
        guard let hn = hourNumber(i) else { return nil }
        var h = hn.v, mi = 0, se = 0
        var j = hn.end
        var marked = false, certain = false
        if hn.digits == 3 || hn.digits == 4 {
            // 1140 a.m.
            guard let ap = amPm(j) else { return nil }
            h = hn.v / 100; mi = hn.v % 100
            guard (1...12).contains(h), mi < 60 else { return nil }
            if ap.pm && h < 12 { h += 12 }
            if !ap.pm && h == 12 { h = 0 }
            return ClockTime(side: TimeSide(start: h * 3600 + mi * 60, certain: true), end: ap.end, marked: true)
        }
        guard hn.digits <= 2, h <= 24 else { return nil }
        if hn.digits > 0, isP(j, 0x3A), attached(j), j + 1 < n, attached(j + 1), let (m2, c2) = digits(j + 1), c2 == 2, m2 < 60 {
            mi = m2; j += 2; marked = true
            if isP(j, 0x3A), attached(j), j + 1 < n, attached(j + 1), let (s2, c3) = digits(j + 1), c3 == 2, s2 < 60 { se = s2; j += 2 }
            if h > 12 || hn.digits == 2 && h < 10 { certain = true }
            if let hm = hit(j, .time, TimeWord.hourMark.rawValue), !(lexIsUnit(j)) { j = hm.end }
        } else if hn.digits > 0, isP(j, 0x2E), attached(j), j + 1 < n, attached(j + 1), let (m2, c2) = digits(j + 1), c2 == 2, m2 < 60,
                  cue || amPm(j + 2) != nil {
            mi = m2; j += 2; marked = true
        } else if let hm = hit(j, .time, TimeWord.hourMark.rawValue) {
            // 15h30, 15 h, 23 heures, sept heures dix, 8 h et vingt minutes, huit heures moins le quart
            let isDurationUnit = lexIsUnit(j)
            var k = hm.end
            var minutes = false
            if let mn = minutesNumber(k), !(isNum(k) && !attached(k) && digits(k)!.n == 1) {
                var e = mn.end
                if let mk = hit(e, .time, TimeWord.minuteMark.rawValue) { e = mk.end }
                // `15 h 30` but not `3 heures 30 minutes` of a duration after no cue
                mi = mn.v; k = e; minutes = true
            } else if let w = hit(k, .time), let tw = TimeWord(rawValue: w.key) {
                switch tw {
                case .halfPast: mi = 30; k = w.end; minutes = true
                case .quarterPast: mi = 15; k = w.end; minutes = true
                case .quarterTo: h -= 1; mi = 45; k = w.end; minutes = true
                case .toHour:
                    if let mn = minutesNumber(w.end) {
                        h -= 1; mi = 60 - mn.v; k = mn.end; minutes = true
                        if let mk = hit(k, .time, TimeWord.minuteMark.rawValue) { k = mk.end }
                    }
                default: break
                }
            } else if let and = conn(k, .and), let mn = minutesNumber(and), let mk = hit(mn.end, .time, TimeWord.minuteMark.rawValue) {
                mi = mn.v; k = mk.end; minutes = true
            }
            if isDurationUnit && !cue && !minutes && amPm(k) == nil && daypartAfter(k) == nil {
                // `3 heures` with nothing to make it a clock time is a duration.
                return nil
            }
            if h < 0 { h += 24 }
            j = k; marked = true
            if hn.v > 12 || hn.digits == 2 { certain = true }
            if !isDurationUnit, hm.end == j, !minutes { certain = certain || hn.v > 12 }
        } else if hn.digits == 0 {
            return nil
        }
        if let ap = amPm(j) {
            guard h <= 12 else { return nil }
            if ap.pm && h < 12 { h += 12 }
            if !ap.pm && h == 12 { h = 0 }
            certain = true; marked = true; j = ap.end
        } else if let dp = daypartAfter(j), h <= 12 {
            if dp.0 != .morning && h < 12 { h += 12 }
            if dp.0 == .morning && h == 12 { h = 0 }
            certain = true; marked = true; j = dp.1
        }
        if !marked {
            guard cue, hn.digits > 0, h <= 23, !(j < n && attached(j) && (isWord(j) || isP(j, 0x25))) else { return nil }
            // Not the start of a count or a measure: `à 23 ans`, `at 7 percent`, `à 5 personnes`.
            if hit(j, .unit) != nil || !followsFreely(j) { return nil }
            if j < n, isNum(j) || (isP(j, 0x2C) && attached(j)) || (isP(j, 0x2E) && attached(j) && isNum(j + 1)) { return nil }
        }
        guard h <= 24, mi < 60 else { return nil }
        if h == 24 { h = 0 }
        return ClockTime(side: TimeSide(start: h * 3600 + mi * 60 + se, certain: certain), end: j, marked: marked)
    }

    func lexIsUnit(_ i: Int) -> Bool {
        guard let u = hit(i, .unit) else { return false }
        return u.key == Unit.hour.rawValue
    }

    /// `from 10am to 12pm`, `de 14h à 16h`, `entre 12h00 et 14h00`, `8-9am`, `between 9:30 and 3:00 pm`.
    /// `bare`: a date stands next to it, so two bare hours (`Monday 3-8`) make a range too.
    func clockRange(_ i: Int, bare: Bool = false) -> (TimeSide, TimeSide, Int)? {
        var j = i
        var between = false
        if let e = conn(i, .between) { j = e; between = true } else if let e = conn(i, .from) { j = e }
        guard let c1 = clock(j, cue: true) else { return nil }
        guard let k = between ? (conn(c1.end, .and) ?? rangeTo(c1.end)) : rangeTo(c1.end),
              let c2 = clock(k, cue: true) else { return nil }
        guard c1.marked || c2.marked || bare else { return nil }
        // `16-17 heures`: the hour mark of the end serves both.
        var a = c1.side, b = c2.side
        if a.end != nil || b.end != nil { return nil }
        if b.certain && !a.certain && a.start < 43200 && b.start >= 43200 && a.start + 43200 <= b.start { a.start += 43200 }
        // Two bare hours make a range only in order (`Monday 3-8`; `Friday 7-6` is a date).
        if bare && !(c1.marked || c2.marked) && b.start <= a.start { return nil }
        // `from 10:30 to 3`: an end before the start is in the afternoon.
        if !b.certain && b.start < a.start && b.start < 43200 && b.start + 43200 > a.start { b.start += 43200 }
        return (a, b, c2.end)
    }

    /// A time, on its own or before a date: `à 15h30`, `9h le 13 décembre 2018`, `3pm today`.
    func timePoint(_ i: Int, inRange: Bool) -> DateExpr? {
        guard i < n else { return nil }
        var best: DateExpr? = nil
        func consider(_ x: DateExpr?) { if let x = x, best == nil || x.e > best!.e { best = x } }
        consider(daypartPoint(i))
        var j = i
        var cue = inRange
        if let e = conn(i, .at) {
            // A lone `a` is the French verb, not `à`.
            let t = toks[i]
            if !(e == i + 1 && t.fEnd - t.fStart == 1 && a.scalars[t.start] == "a") || inRange { cue = true; j = e }
        }
        if let (t1, t2, e) = clockRange(j) {
            var x = DateExpr(j, e); x.time = t1; x.timeEnd = (nil, t2)
            consider(withDateAfter(x))
        }
        if let c = clock(j, cue: cue) {
            var x = DateExpr(j, c.end); x.time = c.side
            if !c.marked { x.src = .bareHour }
            consider(withDateAfter(x))
        }
        return best
    }

    /// A date after a time: `9h le Mardi`, `3pm today`, `12:30 december 27th`, `8am this morning`.
    func withDateAfter(_ x: DateExpr) -> DateExpr {
        var k = x.e
        if isP(k, 0x2C) { k += 1 }
        if let e = conn(k, .on) ?? conn(k, .of) { k = e }
        // `8am this morning`: the part of the day only names the day.
        if let mh = hit(k, .marker), mh.key == Marker.this.rawValue, let dp = daypart(mh.end), let r = ref {
            var y = x; y.e = dp.1; y.date = .span(.day(r.day)); return y
        }
        if let d = datePoint(k, inRange: false), d.time == nil, d.date != nil, !d.hasMod {
            if case .span(let s)? = d.date, s.end - s.start > 1 { return x }
            var y = x; y.e = d.e; y.date = d.date; y.coarse = d.coarse; return y
        }
        return x
    }

    /// `in the morning`, `dans la soirée`, `le matin`, `this evening`, `ce soir`, `tonight`,
    /// `last night`, `end of day` — with an optional time after (`in the afternoon at 7`).
    func daypartPoint(_ i: Int) -> DateExpr? {
        guard i < n else { return nil }
        var x = DateExpr(i, i)
        var side: TimeSide? = nil
        var j = i
        if let h = hit(i, .time), let w = TimeWord(rawValue: h.key), w == .tonight || w == .endOfDay {
            guard let r = ref, r.prec == 0 else { x.e = h.end; x.date = .unknown; x.time = TimeSide(start: 0); return x }
            x.e = h.end
            x.date = .span(.day(r.day))
            x.time = w == .tonight ? daypartRange(.night) : TimeSide(start: 86399, certain: true)
            return x
        }
        if let mh = hit(j, .marker), let m = Marker(rawValue: mh.key), let dp = daypart(mh.end) {
            guard let r = ref else { x.e = dp.1; x.date = .unknown; x.time = daypartRange(dp.0); return x }
            var day = r.day
            if m == .last || m == .past { day -= 1 } else if m == .next || m == .upcoming { day += 1 }
            guard r.prec == 0 else { x.e = dp.1; x.date = .unknown; x.time = daypartRange(dp.0); return x }
            x.e = dp.1; x.date = .span(.day(day)); side = daypartRange(dp.0)
            j = dp.1
        } else {
            // `early morning`, `later in the afternoon`, `late this morning`: half of the part.
            var k = i
            var half = 0
            if let e = conn(k, .early) { half = 1; k = e } else if let e = conn(k, .late) { half = 2; k = e }
            if let e = conn(k, .inside) { k = e }
            var today = false
            if half > 0, let mh = hit(k, .marker), mh.key == Marker.this.rawValue { today = true; k = mh.end }
            let k2 = skipThe(k)
            guard k2 > i || half > 0, let dp = daypart(k2), var r = daypartRange(dp.0), let e0 = r.end else { return nil }
            if half > 0 {
                let mid = (r.start + e0 + 1) / 2 / 3600 * 3600
                r = half == 1 ? TimeSide(start: r.start, end: mid, certain: true) : TimeSide(start: mid, end: e0, certain: true)
            }
            if today {
                guard let rf = ref, rf.prec == 0 else { x.e = dp.1; x.date = .unknown; x.time = r; return x }
                x.date = .span(.day(rf.day))
            }
            x.e = dp.1; side = r; j = dp.1
        }
        guard var s = side else { return nil }
        // `in the morning at 7`, `dans le matin a 7`.
        var k = j
        if let e = conn(k, .at) { k = e }
        if k > j, let c = clock(k, cue: true) {
            var h = c.side.start
            if s.start >= 43200 && h < 43200 && !c.side.certain { h += 43200 }
            s = TimeSide(start: h, certain: true)
            x.e = c.end
        }
        x.time = s
        return x
    }

    /// A time or part of the day after a date: `demain à 15h`, `Mardi 11:00`, `dimanche après-midi`,
    /// `vendredi 30 novembre 2019 entre 12h00 et 14h00`, `tomorrow night`.
    func attachTime(_ x: DateExpr) -> DateExpr? {
        guard let ds = x.date, !x.isDuration else { return nil }
        // A day (or a day only known to its month: `demain à 10h` with a month reference).
        if case .span(let s) = ds, s.end - s.start != 1, !x.coarse { return nil }
        var k = x.e
        var cue = false
        if isP(k, 0x2C) || isDash(k) { k += 1 }
        // `today before 4pm`, `Jeudi avant 17h`, `Feb 1st no later than 6:00`.
        if let (mod, e) = modPrefix(k), mod != "approx", mod != "more", mod != "less",
           let c = clock(e, cue: true), c.marked {
            var y = x; y.time = c.side; y.e = c.end; y.mod = mod; return y
        }
        // `today pm`, `tomorrow am`: the morning or the afternoon.
        if let h = hit(k, .time), h.key == TimeWord.am.rawValue || h.key == TimeWord.pm.rawValue,
           let r = daypartRange(h.key == TimeWord.am.rawValue ? .morning : .afternoon) {
            var y = x; y.time = r; y.e = h.end; return y
        }
        if let e = conn(k, .at) {
            let t = toks[k]
            if !(e == k + 1 && t.fEnd - t.fStart == 1 && a.scalars[t.start] == "a") { k = e; cue = true }
        }
        if let (t1, t2, e) = clockRange(k) {
            var y = x; y.time = t1; y.timeEnd = (ds, t2); y.e = e; return y
        }
        if let c = clock(k, cue: cue), c.marked || cue {
            var y = x; y.time = c.side; y.e = c.end; return y
        }
        if let (w, e) = daypartAfter(x.e), let r = daypartRange(w) {
            var y = x; y.time = r; y.e = e
            // `Monday morning from 10am to 12pm`, `yesterday afternoon from 3-8pm`.
            if let (t1, t2, e2) = clockRange(e) {
                y.time = t1; y.timeEnd = (ds, t2); y.e = e2; return y
            }
            // `the morning … at 7`
            var k2 = e
            if let at = conn(k2, .at) { k2 = at }
            if k2 > e, let c = clock(k2, cue: true) {
                var h = c.side.start
                if r.start >= 43200 && h < 43200 && !c.side.certain { h += 43200 }
                y.time = TimeSide(start: h, certain: true); y.e = c.end
            }
            return y
        }
        return nil
    }
}
