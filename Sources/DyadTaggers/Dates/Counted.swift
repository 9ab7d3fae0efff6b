import DyadText

/// Counts of units: durations (`pendant trois ans`, `3 hours`, `one and a half hour`), offsets
/// from the reference (`il y a deux ans`, `in two weeks`, `3 weeks later`, `two days after today`)
/// and counted spans (`next 3 days`, `dix derniers mois`, `within 9 months`).
extension DateScanner {
    struct Count {
        var q: Double
        var unit: Unit
        var start: Int
        var end: Int
    }

    /// `3 ans`, `3.5years`, `an hour`, `quelques jours`, `one and a half hours`, `hour and a half`.
    func count(_ i: Int) -> Count? {
        guard i < n else { return nil }
        if let (q0, qe) = quantity(i) {
            var q = q0
            var k = qe
            // `one and a half hour`, `one and a quarter year`
            if let h = conn(k, .half), h > k, isWord(k) || conn(k, .and) != nil, hit(h, .unit) != nil, conn(k, .and) != nil || h > k + 1 {
                q += 0.5; k = h
            } else if let qq = conn(k, .quarterOf), hit(qq, .unit) != nil { q += 0.25; k = qq }
            guard let u = hit(k, .unit), let unit = Unit(rawValue: u.key) else { return nil }
            // A one-letter unit only glued to its number (3h, 10D).
            if u.end == k + 1, toks[k].fEnd - toks[k].fStart == 1, !attached(k) { return nil }
            var e = u.end
            // `one hour and a half`, `one year and a quarter`
            if let h = conn(e, .half), conn(e, .and) != nil || h > e + 1 { q += 0.5; e = h }
            else if let qq = conn(e, .quarterOf), conn(e, .and) != nil { q += 0.25; e = qq }
            return Count(q: q, unit: unit, start: i, end: e)
        }
        return nil
    }

    /// Letters of an ISO 8601 duration for `q` units.
    func durationPart(_ c: Count) -> (Double, Character, Bool)? {
        switch c.unit {
        case .year: return (c.q, "Y", false)
        case .halfYear: return (c.q * 6, "M", false)
        case .quarter: return (c.q * 3, "M", false)
        case .month: return (c.q, "M", false)
        case .fortnight: return (c.q * 2, "W", false)
        case .week: return (c.q, "W", false)
        case .day, .night: return (c.q, "D", false)
        case .hour: return (c.q, "H", true)
        case .minute: return (c.q, "M", true)
        case .second: return (c.q, "S", true)
        case .decade: return (c.q * 10, "Y", false)
        case .century: return (c.q * 100, "Y", false)
        case .weekend, .workweek: return nil
        }
    }

    /// `day` moved by `k` units (integers only).
    func addUnits(_ day: Int, _ k: Int, _ u: Unit) -> Int? {
        switch u {
        case .year: return Cal.addMonths(day, 12 * k)
        case .halfYear: return Cal.addMonths(day, 6 * k)
        case .quarter: return Cal.addMonths(day, 3 * k)
        case .month: return Cal.addMonths(day, k)
        case .fortnight: return day + 14 * k
        case .week, .weekend, .workweek: return day + 7 * k
        case .day, .night: return day + k
        case .decade: return Cal.addMonths(day, 120 * k)
        case .century: return Cal.addMonths(day, 1200 * k)
        case .hour, .minute, .second: return nil
        }
    }

    func seconds(_ u: Unit) -> Int? {
        switch u { case .hour: return 3600; case .minute: return 60; case .second: return 1; default: return nil }
    }

    /// The reference moved by counts (sign -1 back): a day (date) or a date-time (hours, minutes).
    func offset(_ s: Int, _ e: Int, _ counts: [Count], sign: Int, from anchor: Int? = nil) -> DateExpr? {
        var x = DateExpr(s, e)
        x.src = .offset
        let isClock = counts.contains { seconds($0.unit) != nil }
        guard let r = ref else { x.date = .unknown; if isClock { x.time = TimeSide(start: 0) }; return x }
        if isClock {
            guard anchor == nil, let secs = r.secs, r.prec == 0 else { x.date = .unknown; x.time = TimeSide(start: 0); return x }
            var t = r.day * 86400 + secs
            for c in counts {
                if let len = seconds(c.unit) { t += sign * Int((c.q * Double(len)).rounded()) }
                else if c.q.rounded() == c.q, let d = addUnits(t / 86400, sign * Int(c.q), c.unit) { t = d * 86400 + t % 86400 }
                else { return nil }
            }
            let day = t >= 0 ? t / 86400 : (t - 86399) / 86400
            x.date = .span(.day(day)); x.time = TimeSide(start: t - day * 86400, certain: true)
            return x
        }
        var d = anchor ?? r.day
        for c in counts {
            guard c.q.rounded() == c.q, let nd = addUnits(d, sign * Int(c.q), c.unit) else { return nil }
            d = nd
        }
        x.date = .span(anchor == nil ? widen(.day(d), &x) : .day(d))
        return x
    }

    /// A count with more parts: `1 hour and 30 minutes`, `2 years 1 month 21 days`.
    func counts(_ i: Int) -> [Count] {
        guard let c = count(i) else { return [] }
        var out = [c]
        var k = c.end
        while out.count < 4 {
            var j = k
            if let e = conn(j, .and) { j = e }
            guard let c2 = count(j), c2.unit.rawValue > out.last!.unit.rawValue else { break }
            out.append(c2); k = c2.end
        }
        return out
    }

    static let offsetConns: [(Conn, Int)] = [(.after, 1), (.before, -1), (.from, 1), (.later, 1)]

    func countedPoint(_ i: Int) -> DateExpr? {
        guard i < n else { return nil }
        var best: DateExpr? = nil
        func consider(_ x: DateExpr?) { if let x = x, best == nil || x.e > best!.e { best = x } }
        // il y a deux ans, il y a à peu près un mois
        if let e = conn(i, .agoPrefix) {
            var k = e
            var approx = false
            if let ap = conn(k, .approx) { k = ap; approx = true }
            let cs = counts(k)
            if let last = cs.last, var x = offset(i, last.end, cs, sign: -1) { x.approx = approx; consider(x) }
        }
        // in two weeks, dans trois ans
        if let e = conn(i, .inFuture) {
            let cs = counts(e)
            if let last = cs.last {
                let end = conn(last.end, .later).flatMap { hit($0, .marker) == nil ? $0 : nil } ?? last.end
                consider(offset(i, end, cs, sign: 1))
            }
        }
        // within 9 months, within next 10 months
        if let e = conn(i, .within) {
            var k = e
            if let mh = hit(k, .marker), mh.key == Marker.next.rawValue || mh.key == Marker.upcoming.rawValue { k = mh.end }
            if let c = count(k), c.unit == .decade || c.unit == .century || c.unit == .quarter || c.unit == .halfYear {
                consider(countedSpan(i, c.end, .next, c))   // `within the next two decades`: whole decades
            } else if let c = count(k), c.q.rounded() == c.q, let r = ref, let end = addUnits(r.day, Int(c.q), c.unit) {
                var x = DateExpr(i, c.end); x.date = .span(widen(DaySpan(start: r.day, end: end, dayOnly: c.unit == .day || c.unit == .week), &x))
                consider(x)
            }
        }
        // pendant trois ans, for 33 years: the duration without its preposition
        if let e = conn(i, .during), e > i {
            if var x = duration(e) { x.s = e; consider(x) }
        }
        // toute la journée, all day
        if let e = conn(i, .all) {
            let k = skipThe(e)
            if let u = hit(k, .unit), let unit = Unit(rawValue: u.key), let part = durationPart(Count(q: 1, unit: unit, start: k, end: u.end)) {
                var x = DateExpr(i, u.end); x.durationRef = keepDuration(DateFormat.duration([part])); consider(x)
            }
        }
        let j = skipThe(i)
        // next 3 days, last 3 months, past 5 years, previous 4 business days
        if let mh = hit(j, .marker), let m = Marker(rawValue: mh.key), let c = count(mh.end) {
            consider(countedSpan(i, c.end, m, c))
        }
        // 3 prochaines semaines, dix derniers mois, 2 upcoming months
        if let (q, qe) = quantity(j), let mh = hit(qe, .marker), let m = Marker(rawValue: mh.key),
           let u = hit(mh.end, .unit), let unit = Unit(rawValue: u.key) {
            consider(countedSpan(i, u.end, m, Count(q: q, unit: unit, start: j, end: u.end)))
        }
        // N units ago / later / after X / before X / from X; else a duration
        let cs = counts(i)
        if let last = cs.last {
            let e = last.end
            if let ae = conn(e, .ago) { consider(offset(i, ae, cs, sign: -1)) }
            else if let le = conn(e, .later), !(hit(le, .marker) != nil) { consider(offset(i, le, cs, sign: 1)) }
            else if let ee = conn(e, .earlier), conn(e, .before) == nil || datePoint(ee, inRange: false) == nil {
                consider(offset(i, ee, cs, sign: -1))
            }
            // `3 days starting from next Monday`, `a week starting tomorrow`: that many units from a day.
            if let se = conn(e, .since), cs.count == 1, let c = cs.first, c.q.rounded() == c.q, c.q >= 1,
               let anchor = datePoint(se, inRange: false), anchor.time == nil, let day = anchorDay(anchor),
               let end = addUnits(day, Int(c.q), c.unit) {
                var x = DateExpr(i, anchor.e)
                x.date = .span(DaySpan(start: day, end: end, dayOnly: true))
                consider(x)
            }
            for (k, sign) in DateScanner.offsetConns {
                guard let ke = conn(e, k), let anchor = datePoint(ke, inRange: false), anchor.time == nil,
                      let day = anchorDay(anchor) else { continue }
                if case .span(let s)? = anchor.date, s.end - s.start != 1 { continue }
                consider(offset(i, anchor.e, cs, sign: sign, from: day))
            }
            if let x = duration(i) { consider(x) }
        }
        return best
    }

    /// A duration at `i`: `3 ans`, `1 hour and 30 minutes`, `quelques jours`.
    func duration(_ i: Int) -> DateExpr? {
        let cs = counts(i)
        guard let last = cs.last else { return nil }
        var x = DateExpr(i, last.end)
        x.src = .duration
        var parts: [(Double, Character, Bool)] = []
        for c in cs {
            guard let p = durationPart(c) else { x.durationRef = keepDuration(""); return x }
            parts.append(p)
        }
        x.durationRef = keepDuration(DateFormat.duration(parts))
        return x
    }

    /// `next 3 days`, `last 3 months`, `3 prochaines semaines`: the days after or before the reference.
    func countedSpan(_ s: Int, _ e: Int, _ m: Marker, _ c: Count) -> DateExpr? {
        guard c.q.rounded() == c.q, c.q >= 1 else { return nil }
        let k = Int(c.q)
        var x = DateExpr(s, e)
        guard let r = ref else { x.date = .unknown; return x }
        let forward: Bool
        switch m {
        case .next, .upcoming, .afterNext: forward = true
        case .last, .past: forward = false
        case .this, .same: return nil
        }
        if let len = seconds(c.unit) {
            guard let secs = r.secs, r.prec == 0 else { x.date = .unknown; x.time = TimeSide(start: 0); return x }
            let a = forward ? secs : secs - k * len
            let b = forward ? secs + k * len : secs
            guard a >= 0, b <= 86400 else { return nil }
            x.date = .span(.day(r.day)); x.time = TimeSide(start: a, certain: true)
            x.timeEnd = (.span(.day(r.day)), TimeSide(start: b, certain: true))
            return x
        }
        var span: DaySpan
        let u = c.unit
        let dayOnly = u == .day || u == .week || u == .fortnight
        if u == .quarter || u == .halfYear || u == .decade || u == .century {
            guard let a = shiftUnit(c.unit, forward ? 1 : -k), let b = shiftUnit(c.unit, forward ? k : -1) else { return nil }
            span = DaySpan(start: a.start, end: b.end)
        } else if forward {
            guard let end = addUnits(r.day + 1, k, c.unit) else { return nil }
            span = DaySpan(start: r.day + 1, end: end, dayOnly: dayOnly)
        } else {
            guard let start = addUnits(r.day, -k, c.unit) else { return nil }
            span = DaySpan(start: start, end: r.day, dayOnly: dayOnly)
        }
        x.date = .span(widen(span, &x))
        return x
    }
}
