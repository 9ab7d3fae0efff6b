import DyadText

/// The grammar of temporal expressions, from the top (modifiers and ranges) down to points.
extension DateScanner {
    // MARK: - Top level: modifiers and ranges

    func parseTop(_ i: Int) -> DateExpr? {
        guard i < n else { return nil }
        var best = rangeOrPoint(i)
        if let (mod, j) = modPrefix(i), j > i, var x = rangeOrPoint(j) {
            x.s = i
            if let part = x.mod, part == "start" || part == "mid" || part == "end", mod != "approx", let b = x.base {
                x.date = b; x.mod = mod + "-" + part
            } else if x.isDuration {
                x.mod = mod == "before" ? "less" : mod == "after" ? "more" : mod
            } else {
                x.mod = mod
            }
            if mod == "approx" { x.approx = true; x.mod = "approx" }
            if best == nil || x.e >= best!.e { best = x }
        }
        guard var x = best else { return nil }
        if !x.isDuration, !x.hasMod, let e = conn(x.e, .orLater), !isNum(e), clock(e, cue: false) == nil {
            x.e = e; x.mod = "since"
        }
        return x
    }

    /// `before`, `depuis`, `à partir de`, `around`, `more than` … at `i`: (mod, end).
    private static let mods: [(Conn, String)] = [(.before, "before"), (.after, "after"), (.since, "since"),
                                                 (.until, "until"), (.approx, "approx"), (.more, "more"), (.less, "less")]
    private static let modMask: UInt64 = mods.reduce(0) { $0 | 1 << UInt64($1.0.rawValue) }

    func modPrefix(_ i: Int) -> (String, Int)? {
        guard connKeys(i, DateScanner.modMask) != 0 else { return nil }
        var best: (String, Int)? = nil
        for (k, m) in DateScanner.mods {
            if let e = conn(i, k), best == nil || e > best!.1 { best = (m, e) }
        }
        guard var b = best else { return nil }
        // `depuis le 25 mai`, `before the end of`: the article belongs to the modifier.
        if let e = conn(b.1, .on), e > b.1, isNum(e) || hit(e, .weekday) != nil { b.1 = e }
        return b
    }

    /// The `to` of a range: `to`, `au`, `à`, `jusqu'au`, `-`, `~`, `through`.
    func rangeTo(_ i: Int) -> Int? {
        if isDash(i) { return i + 1 }
        return conn(i, .to)
    }

    func rangeOrPoint(_ i: Int) -> DateExpr? {
        guard i < n else { return nil }
        // Nothing starts inside a chain of numbers (`+86 138-2010-2015`).
        if i >= 2, attached(i), isDash(i - 1) || isP(i - 1, 0x2F), attached(i - 1), isNum(i - 2) { return nil }
        var best: DateExpr? = nil
        func consider(_ x: DateExpr?) { if let x = x, best == nil || x.e > best!.e { best = x } }
        if let j = conn(i, .between), let p1 = point(j, inRange: true) {
            if let k = conn(p1.e, .and) ?? rangeTo(p1.e), let p2 = point(k, inRange: true) {
                consider(makeRange(i, p1, p2))
            } else if p1.date != nil, !p1.hasMod, case .span = p1.date!, p1.e > j + 1 || !isNum(j) {
                // `between 2014-2018` arrives as one point holding the range.
                var x = p1; x.s = i; consider(x)
            }
        }
        if let j = conn(i, .from), let p1 = point(j, inRange: true) {
            if let k = rangeTo(p1.e), let p2 = point(k, inRange: true) { consider(makeRange(i, p1, p2)) }
            else if let e = conn(p1.e, .toDate), let r = ref { consider(makeRange(i, p1, spanExpr(p1.e, e, .day(r.day)))) }
            else if case .span(let s)? = p1.date, s.value.1 != nil, p1.time == nil { var x = p1; x.s = i; consider(x) }
        }
        if let p1 = point(i, inRange: false) {
            consider(p1)
            if !p1.isDuration, let k = rangeTo(p1.e), let p2 = point(k, inRange: true) { consider(makeRange(i, p1, p2)) }
            // `les 6 et 7 octobre`, `the 9th and 10th of May`: two days sharing a month.
            if case .partial(let q)? = p1.date, q.m == nil, q.wd == nil, p1.time == nil, let k = conn(p1.e, .and),
               let p2 = point(k, inRange: true), case .partial(let q2)? = p2.date, q2.m != nil, p2.time == nil {
                consider(makeRange(i, p1, p2))
            }
            if !p1.isDuration, let e = conn(p1.e, .toDate), let r = ref { consider(makeRange(i, p1, spanExpr(p1.e, e, .day(r.day)))) }
        } else if isNum(i), let p1 = point(i, inRange: true), let k = rangeTo(p1.e) ?? conn(p1.e, .and),
                  let p2 = point(k, inRange: true) {
            // A bare day opening a range: `11 au 13 mai`, `20-22/8`, `9 to 12 of June`, `6 et 7 octobre`.
            // The second end must name the month (`3 à 5 personnes` is no range of days).
            var named = p2.time != nil
            if case .partial(let q2)? = p2.date { named = named || q2.m != nil || q2.y != nil }
            if case .span? = p2.date { named = true }
            if let x = makeRange(i, p1, p2), named, conn(p1.e, .and) == nil || (p2.time == nil && p1.e == i + 1) {
                consider(x)
            }
        }
        if best == nil, let e = conn(i, .toDate), let r = ref {
            var x = spanExpr(i, e, .day(r.day)); x.mod = "before"; consider(x)
        }
        return best
    }

    func spanExpr(_ s: Int, _ e: Int, _ span: DaySpan) -> DateExpr {
        var x = DateExpr(s, e); x.date = .span(span); return x
    }

    /// Joins two points into one range value.
    func makeRange(_ s: Int, _ p1: DateExpr, _ p2: DateExpr) -> DateExpr? {
        guard !p1.isDuration, !p2.isDuration, p1.timeEnd == nil, p2.timeEnd == nil else { return nil }
        var x = DateExpr(s, p2.e)
        x.src = .range
        // Two bare numbers are no range of days or hours (`de 3 à 5 personnes`).
        if p1.src == .bareHour && p2.src == .bareHour { return nil }
        if case .partial(let a)? = p1.date, case .partial(let b)? = p2.date, a.m == nil, b.m == nil,
           a.y == nil, b.y == nil, a.wd == nil, b.wd == nil, a.yearShift == nil, b.yearShift == nil { return nil }
        if let t1 = p1.time, let t2 = p2.time {
            guard t1.end == nil || p1.date == nil else { return nil }
            var a = t1, b = t2
            if b.certain && !a.certain && a.start < 12 * 3600 && b.start >= 12 * 3600 && a.start + 12 * 3600 <= b.start {
                a.start += 12 * 3600
            }
            if a.end != nil { a.end = nil }
            if b.end != nil { b = TimeSide(start: b.end!, certain: true) }
            x.time = a
            x.date = p1.date ?? p2.date
            x.timeEnd = (p2.date ?? p1.date, b)
            if x.timeEnd!.0 == nil && x.date == nil { x.timeEnd = (nil, b) }
            return x
        }
        if (p1.time != nil) != (p2.time != nil) {
            // `9 to 12 of June` opening bare hour against a date: not a range here.
            if p1.time != nil, p1.date == nil, p2.date != nil, p2.time == nil { return nil }
            if p2.time != nil, p2.date == nil { return nil }
        }
        guard let d1 = p1.date, let d2 = p2.date else { return nil }
        guard let (s1, s2) = joinDates(d1, d2) else {
            if case .unknown = d1 { x.date = .unknown; return x }
            if case .unknown = d2 { x.date = .unknown; return x }
            return nil
        }
        guard s2.end > s1.start else { return nil }
        x.date = .span(DaySpan(start: s1.start, end: s2.end))
        x.coarse = p1.coarse || p2.coarse
        x.approx = p1.approx || p2.approx
        return x
    }

    /// Resolves the two ends of a range together: parts missing on one side come from the other
    /// (`du 11 au 13 mai`, `from May to Oct 2020`, `Nov-Feb 2017`).
    func joinDates(_ d1: DateSide, _ d2: DateSide) -> (DaySpan, DaySpan)? {
        switch (d1, d2) {
        case let (.partial(a0), .partial(b0)):
            var a = a0, b = b0
            if a.m == nil, a.d != nil, b.m != nil { a.m = b.m; if a.y == nil { a.y = b.y; a.yearShift = b.yearShift } }
            if b.m == nil, b.d != nil, a.m != nil, b.wd == nil { b.m = a.m; if b.y == nil { b.y = a.y; b.yearShift = a.yearShift } }
            if a.y == nil, a.yearShift == nil, let by = b.y, let am = a.m {
                a.y = by
                if let bm = b.m, (am, a.d ?? 1) > (bm, b.d ?? 1) { a.y = by - 1 }
            }
            if b.y == nil, b.yearShift == nil, let ay = a.y, let bm = b.m {
                b.y = ay
                if let am = a.m, (bm, b.d ?? 99) < (am, a.d ?? 1) { b.y = ay + 1 }
            }
            if a.y == nil, b.y == nil, a.yearShift == nil, b.yearShift == nil, let am = a.m, let bm = b.m, let r = ref {
                // Neither end has a year: the pair nearest the reference.
                var best: (DaySpan, DaySpan)? = nil
                var bestD = Int.max
                for y in (r.year - 2)...(r.year + 2) {
                    var pa = a, pb = b
                    pa.y = y
                    pb.y = (bm, b.d ?? 99) < (am, a.d ?? 1) ? y + 1 : y
                    guard let sa = resolve(pa), let sb = resolve(pb), sb.end > sa.start else { continue }
                    let d = distance(sa.start * 86400, sb.end * 86400 - 1, r.instant)
                    if d < bestD { best = (sa, sb); bestD = d }
                }
                return best
            }
            guard let sa = resolve(a) else { return nil }
            if b.wd != nil, b.m == nil, b.d == nil, b.y == nil {
                // `from next Monday to Friday`: the first such day from the start.
                var k = sa.start
                while Cal.weekday(k) != b.wd! { k += 1 }
                return (sa, .day(k))
            }
            guard let sb = resolve(b) else { return nil }
            return (sa, sb)
        case let (.partial(a0), .span(sb)):
            var a = a0
            if a.m == nil, a.d != nil, a.y == nil {
                let (y, m, _) = Cal.civil(sb.start)
                a.m = m; a.y = y
            } else if a.y == nil, a.m != nil, a.yearShift == nil {
                let (y, _, _) = Cal.civil(sb.start)
                a.y = y
                if let sa = resolve(a), sa.start > sb.start { a.y = y - 1 }
            }
            guard let sa = resolve(a) else { return nil }
            return (sa, sb)
        case let (.span(sa), .partial(b0)):
            var b = b0
            if b.y == nil, b.yearShift == nil, b.m != nil {
                let (y, _, _) = Cal.civil(sa.start)
                b.y = y
                if let sb = resolve(b), sb.end <= sa.start { b.y = y + 1 }
            } else if b.m == nil, b.d != nil, b.wd == nil {
                let (y, m, _) = Cal.civil(sa.start)
                b.m = m; b.y = y
            } else if b.wd != nil, b.m == nil, b.d == nil {
                var k = sa.start
                while Cal.weekday(k) != b.wd! { k += 1 }
                return (sa, .day(k))
            }
            guard let sb = resolve(b) else { return nil }
            return (sa, sb)
        case let (.span(sa), .span(sb)):
            return (sa, sb)
        default:
            return nil
        }
    }

    // MARK: - Points

    func point(_ i: Int, inRange: Bool) -> DateExpr? {
        guard i < n else { return nil }
        let key = i * 2 + (inRange ? 1 : 0)
        let m = pointIndex[key]
        if m > 0 { return pointStore[Int(m) - 1] }
        if m < 0 { return nil }
        let r = pointUncached(i, inRange: inRange)
        if let r = r { pointStore.append(r); pointIndex[key] = Int32(pointStore.count) } else { pointIndex[key] = -1 }
        return r
    }

    private func pointUncached(_ i: Int, inRange: Bool) -> DateExpr? {
        var best: DateExpr? = nil
        func consider(_ x: DateExpr?) { if let x = x, best == nil || x.e > best!.e { best = x } }
        consider(datePoint(i, inRange: inRange))
        consider(timePoint(i, inRange: inRange))
        consider(countedPoint(i))
        return best
    }

    /// A token before `i` that makes an ambiguous month a month (`in may`, `since March`,
    /// `in the april`, `à partir de`).
    func cueBefore(_ i: Int) -> Bool {
        guard i > 0 else { return false }
        var end = i
        if i >= 2, conn(i - 1, .the) == i { end = i - 1 }
        let want: UInt16 = 1 << UInt16(Cat.connector.rawValue) | 1 << UInt16(Cat.marker.rawValue)
        var j = max(0, end - 3)
        while j < end {
            if cats(j, want) != 0 {
                for h in hits(j) where h.end == end {
                    if h.cat == .marker { return true }
                    // Not `-`, `to`, `and` (`dix-sept` is no September).
                    if h.cat == .connector, DateScanner.cueMask & (1 << UInt64(h.key)) != 0 { return true }
                }
            }
            j += 1
        }
        return false
    }

    func datePoint(_ i: Int, inRange: Bool) -> DateExpr? {
        guard i < n else { return nil }
        var best: DateExpr? = nil
        func consider(_ x: DateExpr?) { if let x = x, best == nil || x.e > best!.e { best = x } }
        let t = toks[i]
        if t.kind == .number || t.kind == .word {
            let cue = cueBefore(i)
            if let (p, e) = calendar(i, strong: cue || inRange, cue: cue || inRange || monthRangeFollows(i)) {
                var x = DateExpr(i, e); x.date = .partial(p)
                // `juin dernier`, `le 5 septembre dernier`, `mars prochain`: the latest such date
                // before the reference, or the first after it.
                if p.y == nil, p.m != nil, let mk = hit(e, .marker), let marker = Marker(rawValue: mk.key),
                   let q = occurrence(p, marker) {
                    x.date = .partial(q); x.e = mk.end
                }
                // `le 25 Mardi`: a weekday after a bare day is ignored when a month is given.
                if let w = hit(e, .weekday), p.m == nil { x.e = w.end }
                consider(x)
            }
        }
        let starts = cls[i] & TokenClasses.start != 0
        if starts {
            consider(weekdayPoint(i))
            consider(markerPoint(i))
            consider(relativeDay(i))
            consider(unitPoint(i))
            consider(holidayPoint(i))
            consider(partPoint(i))
            consider(weekPoint(i))
            consider(quarterPoint(i))
        }
        if t.kind == .number || !starts {
            // `3rd week of`, `Q1`, `premier semestre 2024`, `21st century` start with a number.
            consider(weekPoint(i))
            consider(quarterPoint(i))
        }
        consider(yearPoint(i, inRange: inRange))
        consider(dayOnly(i, inRange: inRange))
        guard var x = best else { return nil }
        if x.time == nil, let y = attachTime(x) { x = y }
        return x
    }

    /// A year-less date placed by a marker after it: `last`/`past` the latest before the reference,
    /// `next`/`upcoming` the first after it; nil for other markers.
    func occurrence(_ p: PDate, _ marker: Marker) -> PDate? {
        guard let r = ref, let m = p.m else { return nil }
        let (_, rm, rd) = Cal.civil(r.day)
        let d = p.d ?? 0, refD = p.d == nil ? 0 : rd
        var q = p
        switch marker {
        case .last, .past: q.yearShift = (m, d) >= (rm, refD) ? -1 : 0
        case .next, .upcoming: q.yearShift = (m, d) <= (rm, refD) ? 1 : 0
        default: return nil
        }
        return q
    }

    /// `May to March`: an ambiguous month is a month when a range to another month follows.
    func monthRangeFollows(_ i: Int) -> Bool {
        guard let h = hit(i, .month), let k = rangeTo(h.end) else { return false }
        return hit(k, .month) != nil || hit(skipThe(k), .month) != nil
    }

    // MARK: Weekdays

    /// The day of week `wd` placed by a marker (or nearest the reference with none).
    func weekdayDay(_ wd: Int, _ marker: Marker?) -> DateSide {
        guard let r = ref else { return .unknown }
        let mon = Cal.monday(r.day)
        switch marker {
        case .this?, .same?: return .span(.day(mon + wd - 1))
        case .next?: return .span(.day(mon + 7 + wd - 1))
        case .last?: return .span(.day(mon - 7 + wd - 1))
        case .afterNext?: return .span(.day(mon + 14 + wd - 1))
        case .upcoming?:
            var k = r.day + 1
            while Cal.weekday(k) != wd { k += 1 }
            return .span(.day(k))
        case .past?:
            var k = r.day - 1
            while Cal.weekday(k) != wd { k -= 1 }
            return .span(.day(k))
        case nil:
            var p = PDate(); p.wd = wd
            return .partial(p)
        }
    }

    func weekdayPoint(_ i: Int) -> DateExpr? {
        var j = i
        var marker: Marker? = nil
        if let h = hit(j, .marker), hit(h.end, .weekday) != nil { marker = Marker(rawValue: h.key); j = h.end }
        guard let w = hit(j, .weekday) else { return nil }
        let wd = w.key
        var e = w.end
        if w.abbreviated, isP(e, 0x2E), attached(e) { e += 1 }
        if marker == nil, let m2 = hit(e, .marker), !(m2.key == Marker.this.rawValue || m2.key == Marker.same.rawValue) {
            // `mardi prochain`, `lundi dernier` (not `Monday this …`).
            if hit(m2.end, .unit) == nil, !isNum(m2.end) { marker = Marker(rawValue: m2.key); e = m2.end }
        }
        var x = DateExpr(i, e)
        // A date after the weekday: `mercredi 10 juin 2020`, `Friday 7/6`, `Monday 21`, `Friday-Jun-15`.
        var k = e
        var paren = false
        if isP(k, 0x2C) || isDash(k) { k += 1 }
        if isP(k, 0x28) { k += 1; paren = true }
        // `Monday 8-9am`, `next Monday 6-8`, `Monday 3-8`: hours of that day, not a date.
        if !paren, let (t1, t2, te) = clockRange(k, bare: true), isDash(k + 1) || conn(k, .from) != nil {
            x.date = weekdayDay(wd, marker)
            x.time = t1; x.timeEnd = (x.date, t2); x.e = te
            return x
        }
        if let (p, pe) = calendar(skipThe(k), strong: true, cue: true), p.d != nil || p.y != nil {
            var q = p; q.wd = wd
            if let m = marker, q.y == nil, q.m != nil { q.yearShift = m == .next ? 1 : m == .last ? -1 : 0; _ = q }
            x.e = pe
            if paren, isP(x.e, 0x29) { x.e += 1 }
            x.date = .partial(q)
            if let m = marker, q.y == nil, q.m != nil, m == .next || m == .upcoming || m == .this || m == .same {
                // `this friday 5/12`: the date decides.
                var q2 = q; q2.yearShift = nil; x.date = .partial(q2)
            }
            return x
        }
        if marker == nil, let d = dayNumber(skipThe(k)), !paren, followsFreely(d.end),
           clock(skipThe(k), cue: false)?.marked != true {
            var p = PDate(); p.d = d.v; p.wd = wd
            x.e = d.end; x.date = .partial(p)
            return x
        }
        // `tuesday of next week`, `Wednesday next week`, `monday of the following week`.
        var k2 = e
        if let o = conn(k2, .of) { k2 = o }
        k2 = skipThe(k2)
        if marker == nil, let mh = hit(k2, .marker), let u = hit(mh.end, .unit), u.key == Unit.week.rawValue,
           let span = shiftUnit(.week, markerShift(Marker(rawValue: mh.key)!)) {
            x.e = u.end
            x.date = .span(.day(span.start + wd - 1))
            return x
        }
        if w.ambiguous && marker == nil { return nil }
        x.date = weekdayDay(wd, marker)
        return x
    }

    func markerShift(_ m: Marker) -> Int {
        switch m {
        case .next, .upcoming: return 1
        case .last, .past: return -1
        case .this, .same: return 0
        case .afterNext: return 2
        }
    }

    /// A day number may stand here only if what follows is not a noun (`the 25th anniversary`).
    func followsFreely(_ e: Int) -> Bool {
        guard e < n else { return true }
        let t = toks[e]
        if t.flags.rawValue & 4 != 0 { return true }
        if t.kind == .punct { return !(isP(e, 0x25)) }
        if t.kind == .number { return false }
        if cls[e] & (TokenClasses.known | TokenClasses.stopword) != 0 { return true }
        return false
    }

    // MARK: Markers: next week, last year, this September, next Monday

    func markerPoint(_ i: Int) -> DateExpr? {
        guard i < n else { return nil }
        var j = skipThe(i)
        guard let mh = hit(j, .marker), let m = Marker(rawValue: mh.key) else { return nil }
        j = mh.end
        if let u = hit(j, .unit), let unit = Unit(rawValue: u.key), unit != .night {
            var x = DateExpr(i, u.end)
            var shift = markerShift(m)
            if let an = hit(u.end, .marker), an.key == Marker.afterNext.rawValue { shift = 2; x.e = an.end }
            guard let s = shiftUnit(unit, shift) else {
                if unit == .hour || unit == .minute || unit == .second { return timeShift(i, u.end, unit, shift) }
                return nil
            }
            x.date = .span(widen(s, &x))
            return weekdayAfterWeek(x, unit: unit, span: s) ?? x
        }
        if let (p, e) = calendar(j, strong: true, cue: true), p.m != nil, p.y == nil {
            var q = p
            q.yearShift = markerShift(m)
            var x = DateExpr(i, e); x.date = .partial(q)
            return x
        }
        return nil
    }

    /// `next week Mon`, `this week Monday`, `previous week - Monday`, `next week on Tuesday`.
    func weekdayAfterWeek(_ x: DateExpr, unit: Unit, span: DaySpan) -> DateExpr? {
        guard unit == .week else { return nil }
        var k = x.e
        if isDash(k) { k += 1 }
        if let e = conn(k, .on) { k = e }
        guard let w = hit(k, .weekday) else { return nil }
        var y = x
        y.e = w.end
        if w.abbreviated, isP(y.e, 0x2E), attached(y.e) { y.e += 1 }
        y.date = .span(.day(span.start + w.key - 1))
        return y
    }

    /// The span of the unit holding the reference, moved by `k` units.
    func shiftUnit(_ u: Unit, _ k: Int) -> DaySpan? {
        guard let r = ref else { return nil }
        let (y, m, _) = Cal.civil(r.day)
        switch u {
        case .year: return .year(y + k)
        case .month: let s = Cal.firstOfMonth(y, m, plus: k); return DaySpan(start: s, end: Cal.addMonths(s, 1))
        case .quarter:
            let q0 = (m - 1) / 3 * 3 + 1
            let s = Cal.firstOfMonth(y, q0, plus: 3 * k)
            return DaySpan(start: s, end: Cal.addMonths(s, 3))
        case .halfYear:
            let h0 = m <= 6 ? 1 : 7
            let s = Cal.firstOfMonth(y, h0, plus: 6 * k)
            return DaySpan(start: s, end: Cal.addMonths(s, 6))
        case .week: let s = Cal.monday(r.day) + 7 * k; return DaySpan(start: s, end: s + 7, dayOnly: true)
        case .workweek: let s = Cal.monday(r.day) + 7 * k; return DaySpan(start: s, end: s + 5, dayOnly: true)
        case .weekend: let s = Cal.monday(r.day) + 7 * k + 5; return DaySpan(start: s, end: s + 2, dayOnly: true)
        case .fortnight: let s = Cal.monday(r.day) + 14 * k; return DaySpan(start: s, end: s + 14, dayOnly: true)
        case .day, .night: return .day(r.day + k)
        case .decade: let s = (y / 10) * 10 + 10 * k; return DaySpan(start: Cal.day(s, 1, 1), end: Cal.day(s + 10, 1, 1))
        case .century: let s = (y / 100) * 100 + 100 * k; return DaySpan(start: Cal.day(s, 1, 1), end: Cal.day(s + 100, 1, 1))
        case .hour, .minute, .second: return nil
        }
    }

    /// `next hour`, `last minute`: a time range from the reference.
    func timeShift(_ s: Int, _ e: Int, _ u: Unit, _ k: Int) -> DateExpr? {
        var x = DateExpr(s, e)
        guard let r = ref, let secs = r.secs, r.prec == 0 else { x.time = TimeSide(start: 0); x.date = .unknown; return x }
        let len = u == .hour ? 3600 : u == .minute ? 60 : 1
        let a = k >= 0 ? secs : secs + k * len
        let b = k >= 0 ? secs + k * len : secs
        guard a >= 0, b <= 86400 else { return nil }
        x.date = .span(.day(r.day))
        x.time = TimeSide(start: a, certain: true)
        x.timeEnd = (.span(.day(r.day)), TimeSide(start: b, certain: true))
        return x
    }

    // MARK: Units with an article: la semaine prochaine, l'an dernier, the year, the week after next

    func unitPoint(_ i: Int) -> DateExpr? {
        guard i < n else { return nil }
        let j = skipThe(i)
        guard let u = hit(j, .unit), let unit = Unit(rawValue: u.key) else { return nil }
        guard !(unit == .hour || unit == .minute || unit == .second) else { return nil }
        var x = DateExpr(i, u.end)
        var shift: Int? = nil
        if let mh = hit(u.end, .marker), let m = Marker(rawValue: mh.key) {
            if m == .afterNext { shift = 2 } else if m != .this { shift = markerShift(m) }
            if m == .this { return nil }
            x.e = mh.end
        } else if j == i, unit == .weekend {
            shift = 0   // `weekend`: this weekend
        } else if j > i {
            // `the year`, `la journée`: the unit holding the reference, unless something of it follows.
            if let o = conn(u.end, .of), o > u.end { return nil }
            if isNum(u.end) || hit(u.end, .month) != nil { return nil }
            if unit == .night || unit == .decade || unit == .century { return nil }
            shift = 0
        }
        guard let k = shift, let s = shiftUnit(unit, k) else { return nil }
        x.date = .span(widen(s, &x))
        return weekdayAfterWeek(x, unit: unit, span: s) ?? x
    }

    // MARK: Relative days: hier, aujourd'hui, demain, now

    func relativeDay(_ i: Int) -> DateExpr? {
        guard let h = hit(i, .relative), let rel = DateLexicon.Rel(rawValue: h.key) else { return nil }
        var x = DateExpr(i, h.end)
        guard let r = ref else { x.date = .unknown; if rel == .now { x.time = TimeSide(start: 0) }; return x }
        if rel == .now {
            if let secs = r.secs, r.prec == 0 {
                x.date = .span(.day(r.day)); x.time = TimeSide(start: secs, certain: true)
            } else {
                x.date = .span(widen(.day(r.day), &x))
            }
            return x
        }
        x.date = .span(widen(.day(r.day + rel.offset), &x))
        return x
    }

    // MARK: Holidays

    func holidayPoint(_ i: Int) -> DateExpr? {
        guard i < n else { return nil }
        var j = skipThe(i)
        var marker: Marker? = nil
        if let mh = hit(j, .marker), hit(mh.end, .holiday) != nil { marker = Marker(rawValue: mh.key); j = mh.end }
        guard let h = hit(j, .holiday) else { return nil }
        var x = DateExpr(i, h.end)
        var year: Int? = nil
        if let y = year4(h.end) { year = y; x.e = h.end + 1 }
        // `été` is also a participle: only with an article, a marker, a year or `en`/`in` before it.
        if h.ambiguous, marker == nil, year == nil, j == i,
           !(i > 0 && (conn(i - 1, .inside) == i || conn(i - 1, .the) == i)) { return nil }
        if let y = year { x.date = lex.holidayDay(h.key, year: y).map { .span(.day($0)) } ?? .unknown; return x }
        guard let r = ref else { x.date = .unknown; return x }
        var cands: [DaySpan] = []
        for y in (r.year - 2)...(r.year + 2) { if let d = lex.holidayDay(h.key, year: y) { cands.append(.day(d)) } }
        switch marker {
        case .next?, .upcoming?: x.date = cands.first(where: { $0.start > r.day }).map { .span($0) }
        case .last?, .past?: x.date = cands.last(where: { $0.start < r.day }).map { .span($0) }
        case .this?, .same?: x.date = lex.holidayDay(h.key, year: r.year).map { .span(.day($0)) }
        default: x.date = nearest(cands, time: nil).map { .span($0) }
        }
        if x.date == nil { x.date = .unknown }
        return x
    }

    // MARK: Years, decades, centuries

    func yearPoint(_ i: Int, inRange: Bool = false) -> DateExpr? {
        guard i < n else { return nil }
        // `l'année 2025`, `the year 2008`.
        if let e = conn(i, .yearWord) ?? conn(skipThe(i), .yearWord) {
            var k = e
            var s = conn(i, .yearWord) != nil ? i : skipThe(i)
            if let o = conn(k, .of), isNum(o) { k = o; s = o }
            if let y = year4(k) { var x = DateExpr(s, k + 1); x.date = .span(.year(y)); return x }
            // `les années 1990`, `the 1990s` below.
        }
        if let e = conn(i, .decadeOf) {
            if let (v, c) = digits(e), v % 10 == 0, c == 4 || c == 2 {
                let y = c == 4 ? v : 1900 + v
                var x = DateExpr(i, e + 1); x.date = .span(DaySpan(start: Cal.day(y, 1, 1), end: Cal.day(y + 10, 1, 1)))
                return x
            }
            if let r = wordNumber(e), r.end > e, r.value >= 10, r.value < 100, Int(r.value) % 10 == 0 {
                let y = 1900 + Int(r.value)
                var x = DateExpr(i, r.end); x.date = .span(DaySpan(start: Cal.day(y, 1, 1), end: Cal.day(y + 10, 1, 1)))
                return x
            }
        }
        guard let (v, c) = digits(i) else {
            return centuryPoint(i)
        }
        // `1990s`, `1990's`, `1990 s`, `90 s`.
        if v % 10 == 0, c == 4 || c == 2 {
            var k = i + 1
            if isP(k, 0x27), attached(k) { k += 1 }
            if k < n, isWord(k), toks[k].fEnd - toks[k].fStart == 1, folded[Int(toks[k].fStart)] == 0x73 {
                do {
                    let y = c == 4 ? v : 1900 + v
                    if c == 4 || k == i + 1 {
                        var x = DateExpr(i, k + 1)
                        x.date = .span(DaySpan(start: Cal.day(y, 1, 1), end: Cal.day(y + 10, 1, 1)))
                        return x
                    }
                }
            }
        }
        if let cp = centuryPoint(i) { return cp }
        guard c == 4, let y = year4(i) else { return nil }
        // A bare year: 1900–2100 (or any year after a date word), standing alone as a year.
        let cue = cueBefore(i) || cueBefore(i, DateScanner.toMask)
        guard (1900...2100).contains(y) || (cue && (1000...2100).contains(y)) else { return nil }
        if i > 0 {
            let p = toks[i - 1]
            if p.kind == .number && p.flags.rawValue & 2 == 0 && (toks[i].flags.rawValue & 1 != 0) && !cue { return nil } // 2 000
            if !inRange, attached(i), isDash(i - 1) || isP(i - 1, 0x2F), i >= 2, isNum(i - 2) { return nil }
            if p.kind == .punct, attached(i), !isP(i - 1, 0x28), !isDash(i - 1), !isP(i - 1, 0x22), !isP(i - 1, 0x27) { return nil }
            if p.kind == .punct, isCurrencyByte(folded[Int(p.fStart)]) || folded[Int(p.fStart)] == 0x23 { return nil } // $ € £ #
        }
        if i + 1 < n {
            let nx = toks[i + 1]
            if nx.kind == .word && !(nx.flags.rawValue & 1 != 0) { return nil }
            if nx.kind == .punct && (isP(i + 1, 0x25) || isP(i + 1, 0x2C) && attached(i + 1) && isNum(i + 2) && attached(i + 2)) { return nil }
            // `2000 entreprises`: a noun after the number makes it a count, unless a date word
            // (en, in, since, avant …) stands before it.
            if nx.kind == .word, !followsFreely(i + 1), !(nx.flags.rawValue & 8 != 0),
               !(strongCue(i) || (cueBefore(i, DateScanner.ofMask) && !cueBefore(i, DateScanner.countMask))) { return nil }
            if isDash(i + 1), attached(i + 1), i + 2 < n, isNum(i + 2), year4(i + 2) == nil, attached(i + 2) { return nil }
        }
        var x = DateExpr(i, i + 1)
        x.date = .span(.year(y))
        x.src = .year
        return x
    }

    /// A connector before `i` that only dates follow (`en`, `in`, `since`, `avant`, `l'année`).
    func strongCue(_ i: Int) -> Bool {
        cueBefore(i, DateScanner.strongMask)
    }

    private static let ofMask = Conn.mask([.of, .from])
    private static let toMask = Conn.mask([.to])
    static let cueMask = Conn.mask([.from, .between, .before, .after, .since, .until, .approx, .of, .the, .on, .inside,
                                    .during, .yearWord, .early, .mid, .late, .weekOf])
    private static let countMask = Conn.mask([.more, .less, .approx, .few])
    private static let strongMask = Conn.mask([.inside, .since, .before, .after, .until, .yearWord, .early, .mid, .late])

    /// One of these connectors (a mask of keys) ends right before `i`.
    func cueBefore(_ i: Int, _ keys: UInt64) -> Bool {
        var j = max(0, i - 4)
        while j < i {
            if connKeys(j, keys) != 0 {
                for h in hits(j) where h.end == i && h.cat == .connector && keys & (1 << UInt64(h.key)) != 0 { return true }
            }
            j += 1
        }
        return false
    }

    /// `21st century`, `XXe siècle`, `20e siècle`.
    func centuryPoint(_ i: Int) -> DateExpr? {
        guard i < n else { return nil }
        var nv: Int? = nil
        var e = i
        if let d = digits(i), d.n <= 2 {
            var k = i + 1
            if k < n, attached(k), isWord(k) { k += 1 }   // 21st, 20e, 20eme
            nv = d.v; e = k
        } else if isWord(i), hit(i + 1, .unit, Unit.century.rawValue) != nil, let r = roman(i) {
            nv = r; e = i + 1
        } else if let o = wordOrdinal(i) {
            nv = o.value; e = o.end
        }
        guard let c = nv, (1...30).contains(c), let u = hit(e, .unit), u.key == Unit.century.rawValue else { return nil }
        var x = DateExpr(i, u.end)
        let y = (c - 1) * 100
        x.date = .span(DaySpan(start: Cal.day(y, 1, 1), end: Cal.day(y + 100, 1, 1)))
        return x
    }

    /// A Roman numeral with an ordinal ending (`xxe`, `xxie`, `xixeme`).
    func roman(_ i: Int) -> Int? {
        let t = toks[i]
        var bytes = Array(folded[Int(t.fStart)..<Int(t.fEnd)])
        if bytes.count >= 3, bytes.suffix(3) == [0x65, 0x6D, 0x65] { bytes.removeLast(3) }
        else if bytes.last == 0x65 { bytes.removeLast() } else { return nil }
        guard !bytes.isEmpty, t.flags.rawValue & 8 != 0 || t.flags.rawValue & 16 != 0 else { return nil }
        var total = 0, prev = 0
        for b in bytes.reversed() {
            let v: Int
            switch b { case 0x69: v = 1; case 0x76: v = 5; case 0x78: v = 10; case 0x6C: v = 50; default: return nil }
            if v < prev { total -= v } else { total += v; prev = v }
        }
        return total
    }

    // MARK: Quarters and halves: Q1 2017, premier trimestre 2024, H2, this quarter

    func quarterPoint(_ i: Int) -> DateExpr? {
        guard i < n else { return nil }
        // Q1 2017, 2017-Q1, q3, H2 2019.
        func prefixed(_ k: Int) -> (Int, Int, Int)? {  // (months per part, index, end)
            if let e = conn(k, .qPrefix), e == k + 1, attached(e), let d = digits(e), d.n == 1, (1...4).contains(d.v) { return (3, d.v, e + 1) }
            if let e = conn(k, .hPrefix), e == k + 1, attached(e), let d = digits(e), d.n == 1, (1...2).contains(d.v) { return (6, d.v, e + 1) }
            return nil
        }
        func span(_ len: Int, _ idx: Int, _ y: Int) -> DaySpan {
            let s = Cal.day(y, (idx - 1) * len + 1, 1)
            return DaySpan(start: s, end: Cal.addMonths(s, len))
        }
        if let (len, idx, e) = prefixed(i) {
            var x = DateExpr(i, e)
            var k = e
            if isDash(k) { k += 1 }
            if let o = conn(k, .of) { k = o }
            if let y = year4(k) { x.e = k + 1; x.date = .span(span(len, idx, y)); return x }
            guard let r = ref else { x.date = .unknown; return x }
            x.date = nearest((r.year - 1...r.year + 1).map { span(len, idx, $0) }, time: nil).map { .span($0) }
            return x
        }
        if let y = year4(i) {
            var k = i + 1
            if isDash(k) { k += 1 }
            if let (len, idx, e) = prefixed(k) { var x = DateExpr(i, e); x.date = .span(span(len, idx, y)); return x }
        }
        // `the first quarter of 2013`, `premier trimestre 2024`, `1st quarter of the year`.
        let j = skipThe(i)
        var ordv: (value: Int, end: Int)? = wordOrdinal(j)
        if ordv == nil, let d = dayNumber(j, words: false), d.ord { ordv = (d.v, d.end) }
        guard let o = ordv, let u = hit(o.end, .unit), u.key == Unit.quarter.rawValue || u.key == Unit.halfYear.rawValue else { return nil }
        let len = u.key == Unit.quarter.rawValue ? 3 : 6
        guard o.value >= 1, o.value <= 12 / len else { return nil }
        var x = DateExpr(i, u.end)
        var k = u.end
        if let of = conn(k, .of) { k = of }
        if let y = year4(k) { x.e = k + 1; x.date = .span(span(len, o.value, y)); return x }
        if let rel = markerPoint(k) ?? unitPoint(k), case .span(let s)? = rel.date, s.precision == 2 {
            x.e = rel.e; x.date = .span(span(len, o.value, Cal.civil(s.start).y)); return x
        }
        guard let r = ref else { x.date = .unknown; return x }
        x.date = .span(span(len, o.value, r.year))
        return x
    }

    // MARK: Weeks: week 31, the week of April 10th, first week of 2015, last week of july

    func weekPoint(_ i: Int) -> DateExpr? {
        guard i < n else { return nil }
        if let e = conn(i, .weekOf) {
            var k = e
            k = skipThe(k)
            if let p = datePoint(k, inRange: true), let s = anchorDay(p) {
                var x = DateExpr(i, p.e)
                let mon = Cal.monday(s)
                x.date = .span(DaySpan(start: mon, end: mon + 7, dayOnly: true))
                return x
            }
        }
        let j = skipThe(i)
        // `week 31`, `semaine 31`, `week 3 of 2027`.
        if let u = hit(j, .unit), u.key == Unit.week.rawValue, let d = digits(u.end), d.n <= 2, (1...53).contains(d.v) {
            var x = DateExpr(i, u.end + 1)
            var year = ref?.year
            if let o = conn(x.e, .of) {
                if let y = year4(o) { year = y; x.e = o + 1 }
                else if let rel = markerPoint(o), case .span(let s)? = rel.date, s.precision == 2 { year = Cal.civil(s.start).y; x.e = rel.e }
            }
            guard let y = year else { x.date = .unknown; return x }
            let s = Cal.isoWeekStart(y, d.v)
            x.date = .span(DaySpan(start: s, end: s + 7, dayOnly: true))
            return x
        }
        return nthOf(i, j)
    }

    /// `first week of 2015`, `3rd week of Jan`, `the last week of july`, `the 15th day of next
    /// month`, `the third month of 2021`, `the first 2 weeks of 2021`, `the last four months of
    /// 2021`, `first ten days of last year`: a part of a month or year counted from an end.
    func nthOf(_ i: Int, _ j: Int) -> DateExpr? {
        var nth: Int? = nil
        var k = j
        if let o = wordOrdinal(j) { nth = o.value; k = o.end }
        else if let d = dayNumber(j, words: false), d.ord { nth = d.v; k = d.end }
        else if let mh = hit(j, .marker), mh.key == Marker.last.rawValue || mh.key == Marker.past.rawValue { nth = -1; k = mh.end }
        guard let nn = nth else { return nil }
        // `first 2 weeks`, `last four months`: a count after `first`/`last`.
        var count = 1
        var counted = false
        if nn == 1 || nn == -1, let (q, qe) = quantity(k), q.rounded() == q, q >= 1, q <= 400, hit(qe, .unit) != nil {
            count = Int(q); k = qe; counted = true
        }
        guard let u = hit(k, .unit), let unit = Unit(rawValue: u.key), unit == .week || unit == .day || unit == .month,
              let of = conn(u.end, .of) else { return nil }
        let t = skipThe(of)
        var target: DaySpan? = nil
        var end = t
        if let (p, pe) = calendar(t, strong: true, cue: true), p.d == nil, let s = resolve(p) { target = s; end = pe }
        else if let y = year4(t) { target = .year(y); end = t + 1 }
        else if let rel = markerPoint(t) ?? unitPoint(t), case .span(let s)? = rel.date { target = s; end = rel.e }
        else if let h = hit(t, .unit), let tu = Unit(rawValue: h.key), tu == .month || tu == .year, let s = shiftUnit(tu, 0) {
            target = s; end = h.end   // `the 31st day of the month`
        }
        guard let tg = target, tg.precision >= 1 else { return nil }
        if unit == .month && tg.precision != 2 { return nil }
        var x = DateExpr(i, end)
        let isYear = tg.precision == 2
        var span: DaySpan
        switch unit {
        case .week:
            if nn > 0 {
                let first = isYear ? Cal.isoWeekStart(Cal.civil(tg.start).y, 1) : Cal.monday(tg.start + 3)
                let s = first + 7 * (nn - 1)
                span = DaySpan(start: s, end: s + 7 * count, dayOnly: true)
            } else {
                let e = Cal.monday(tg.end - 1 - 3) + 7
                span = DaySpan(start: e - 7 * count, end: e, dayOnly: true)
            }
        case .day:
            if nn > 0 {
                let s = tg.start + nn - 1
                guard s + count <= tg.end || counted else { x.date = .unknown; return x }
                span = DaySpan(start: s, end: s + count, dayOnly: counted)
            } else {
                span = DaySpan(start: tg.end - count, end: tg.end, dayOnly: counted)
            }
        default: // month
            let y = Cal.civil(tg.start).y
            if nn > 0 {
                guard nn + count - 1 <= 12 else { return nil }
                let s = Cal.day(y, nn, 1)
                span = DaySpan(start: s, end: Cal.addMonths(s, count))
            } else {
                span = DaySpan(start: Cal.firstOfMonth(y, 12, plus: 1 - count), end: Cal.day(y + 1, 1, 1))
            }
        }
        if counted && nn == 1 && !counted { return nil }
        x.date = .span(span)
        return x
    }

    /// The first day of a date expression, resolved.
    func anchorDay(_ p: DateExpr) -> Int? {
        switch p.date {
        case let .span(s)?: return s.start
        case let .partial(q)?: return resolve(q)?.start
        default: return nil
        }
    }

    // MARK: Parts: début 2024, mi-mai, fin mai, end of this year, later this week

    func partPoint(_ i: Int) -> DateExpr? {
        guard i < n else { return nil }
        var part = 0    // 1 early, 2 mid, 3 late
        var j = i
        var clip = false
        if let e = conn(i, .early) { part = 1; j = e; if conn(i, .earlier) == e { clip = true } }
        if let e = conn(i, .mid), e >= j { part = 2; j = e }
        if let e = conn(i, .late), e >= j { part = 3; j = e; clip = conn(i, .later) == e }
        guard part > 0 else { return nil }
        if isDash(j), attached(j) { j += 1 }
        if let o = conn(j, .of), o > j, conn(j, .inside) == nil || true { j = o }
        if let e = conn(j, .inside), e > j, hit(e, .month) == nil, year4(e) == nil { j = e }   // `later in the year`
        j = skipThe(j)
        var target: DaySpan? = nil
        var unit: Unit = .day
        var relative = false
        var end = j
        if let (p, pe) = calendar(j, strong: true, cue: true), p.d == nil, let s = resolve(p) {
            target = s; end = pe; unit = p.m != nil ? .month : .year
        } else if let y = year4(j) {
            target = .year(y); end = j + 1; unit = .year
        } else if let rel = markerPoint(j) ?? unitPoint(j) ?? relativeDay(j) ?? weekdayPoint(j), rel.time == nil {
            var span: DaySpan? = nil
            if case .span(let s)? = rel.date { span = s } else if let d = anchorDay(rel) { span = .day(d) }
            guard let s = span else { return nil }
            target = s; end = rel.e; relative = true
            unit = s.dayOnly ? (s.end - s.start == 7 ? .week : .day) : s.precision == 2 ? .year : s.precision == 1 ? .month : .day
        } else if let u = hit(j, .unit), let un = Unit(rawValue: u.key), un == .year || un == .month || un == .week, let s = shiftUnit(un, 0) {
            target = s; end = u.end; unit = un; relative = true
        }
        guard let tg = target else { return nil }
        var x = DateExpr(i, end)
        if unit == .day {
            // `fin de demain`, `end of this sunday`: the last second of that day.
            guard tg.end - tg.start == 1 else { return nil }
            x.date = .span(tg)
            if part == 3 { x.time = TimeSide(start: 86399, certain: true) }
            else if part == 1 { x.time = TimeSide(start: 0, end: 43200, certain: true) }
            else { x.time = TimeSide(start: 36000, end: 50400, certain: true) }
            return x
        }
        x.base = .span(tg)
        x.mod = part == 1 ? "start" : part == 2 ? "mid" : "end"
        var sub: DaySpan
        switch unit {
        case .year:
            let y = Cal.civil(tg.start).y
            if part == 1 { sub = DaySpan(start: Cal.day(y, 1, 1), end: Cal.day(y, 5, 1)) }
            else if part == 2 { sub = DaySpan(start: Cal.day(y, 5, 1), end: Cal.day(y, 9, 1)) }
            else { sub = DaySpan(start: Cal.day(y, relative ? 7 : 9, 1), end: Cal.day(y + 1, 1, 1)) }
            if clip, part == 1, relative, let r = ref { sub = DaySpan(start: Cal.day(y, 1, 1), end: r.day); x.mod = nil }
            if clip, part == 3 { x.mod = nil }
        case .month:
            let (y, m, _) = Cal.civil(tg.start)
            if part == 1 { sub = DaySpan(start: Cal.day(y, m, 1), end: Cal.day(y, m, 16)) }
            else if part == 2 { sub = DaySpan(start: Cal.day(y, m, 10), end: Cal.day(y, m, 21)) }
            else { sub = DaySpan(start: Cal.day(y, m, 16), end: tg.end) }
            if clip, part == 3, let r = ref, r.day > sub.start, r.day < sub.end { sub.start = r.day }
            if clip { x.mod = nil }
        case .week:
            if part == 1 { sub = DaySpan(start: tg.start, end: tg.start + 3, dayOnly: true) }
            else if part == 2 { sub = DaySpan(start: tg.start + 1, end: tg.start + 4, dayOnly: true) }
            else { sub = DaySpan(start: tg.start + 3, end: tg.end, dayOnly: true) }
            if clip, part == 3, let r = ref, r.day > sub.start, r.day < sub.end { sub.start = r.day }
            if clip, part == 1, let r = ref, r.day > sub.start, r.day <= sub.end + 3 { sub.end = min(r.day, tg.end) }
            if clip { x.mod = part == 1 ? "start" : nil }
        default:
            return nil
        }
        x.date = .span(relative ? widen(sub, &x) : sub)
        return x
    }

    // MARK: A day alone: le 23, the 18th, 29th

    func dayOnly(_ i: Int, inRange: Bool) -> DateExpr? {
        guard i < n else { return nil }
        var j = i
        var article = false
        if let e = conn(i, .the) ?? conn(i, .on) { j = e; article = true }
        guard let d = dayNumber(j, words: inRange || article) else { return nil }
        // `le 25 mai 2024`: the calendar date starts at the number, without the article.
        if article, let (p, pe) = calendar(j, strong: true, cue: true), p.m != nil || p.y != nil {
            var x = DateExpr(j, pe); x.date = .partial(p); return x
        }
        var x = DateExpr(article && !d.ord ? j : i, d.end)
        // `D of next month`, `le 23 du mois prochain`, `4-23 in next month`.
        if let o = conn(d.end, .of) ?? conn(d.end, .inside), let rel = markerPoint(o) ?? unitPoint(o),
           case .span(let s)? = rel.date, s.precision == 1 {
            let (y, m, _) = Cal.civil(s.start)
            x.e = rel.e
            x.date = Cal.valid(y, m, d.v) ? .span(.day(Cal.day(y, m, d.v))) : .unknown
            return x
        }
        var p = PDate(); p.d = d.v
        // `le 25 Mardi`: the weekday picks the month.
        if let w = hit(d.end, .weekday), !w.ambiguous { p.wd = w.key; x.e = w.end; x.date = .partial(p); return x }
        if inRange && !article {
            if d.word && !d.ord { return nil }
            x.date = .partial(p); return x
        }
        guard article else { return nil }
        // `the 18th`, `le 23`: only when no noun follows (`le 25e anniversaire`, `the 18th party congress`).
        guard followsFreely(d.end) else { return nil }
        if hit(d.end, .unit) != nil || hit(d.end, .time) != nil { return nil }
        x.date = .partial(p)
        return x
    }
}
