using ArticleLens.Text;

namespace ArticleLens.Pledges;

/// <summary>
/// Finds the timeframes of a sentence and resolves them to years: <c>in 2022</c>, <c>by 2030</c>, <c>2021-2025</c>, <c>in early 2024</c>,
/// <c>in the first half of 2024</c>,
/// <c>in the next five (to ten) years</c>, <c>within three years</c>, <c>over a period of five years</c>, <c>next year</c>,
/// <c>by the end of this year</c>, <c>by the end of this decade</c>, <c>between now and 2027</c>.
/// Elapsed time (<c>30 years ago</c>, <c>over the past three decades</c>, <c>since 2013</c>) is found too, so its numbers are never quantities.
/// Every timeframe holds a unit of time or a year, so a sentence with neither need not be read.
/// </summary>
internal sealed class TimeframeReader(PledgeLexicon lexicon)
{
    private readonly int _in = lexicon.Id("in"), _by = lexicon.Id("by"), _before = lexicon.Id("before"), _until = lexicon.Id("until"),
        _till = lexicon.Id("till"), _through = lexicon.Id("through"), _from = lexicon.Id("from"), _during = lexicon.Id("during"),
        _starting = lexicon.Id("starting"), _within = lexicon.Id("within"), _over = lexicon.Id("over"), _for = lexicon.Id("for"),
        _across = lexicon.Id("across"), _the = lexicon.Id("the"), _next = lexicon.Id("next"), _coming = lexicon.Id("coming"),
        _following = lexicon.Id("following"), _upcoming = lexicon.Id("upcoming"), _past = lexicon.Id("past"), _last = lexicon.Id("last"),
        _previous = lexicon.Id("previous"), _ago = lexicon.Id("ago"), _since = lexicon.Id("since"), _to = lexicon.Id("to"),
        _hyphen = lexicon.Id("-"), _dash = lexicon.Id("–"), _or = lexicon.Id("or"), _and = lexicon.Id("and"), _this = lexicon.Id("this"),
        _year = lexicon.Id("year"), _end = lexicon.Id("end"), _of = lexicon.Id("of"), _between = lexicon.Id("between"),
        _decade = lexicon.Id("decade"), _few = lexicon.Id("few"), _week = lexicon.Id("week"), _month = lexicon.Id("month"),
        _a = lexicon.Id("a"), _period = lexicon.Id("period"), _now = lexicon.Id("now"), _fiscal = lexicon.Id("fiscal");

    private readonly HashSet<int> _seasons = [.. new[] { "early", "mid", "late", "spring", "summer", "autumn", "fall", "winter" }.Select(lexicon.Id)];
    private readonly HashSet<int> _ordinals = [.. new[] { "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th" }.Select(lexicon.Id)];
    private readonly HashSet<int> _parts = [.. new[] { "half", "quarter" }.Select(lexicon.Id)];

    /// <summary>Adds the time stretches of <paramref name="view"/> to <paramref name="hits"/>; <paramref name="date"/> anchors relative ones.</summary>
    public void Read(SentenceView view, DateOnly? date, List<TimeHit> hits)
    {
        for (var i = 0; i < view.Count; i++)
        {
            if (!lexicon.Is(view.Id(i), WordClass.TimeTrigger | WordClass.NumberWord) && view.TokenOf(i).Kind != TokenKind.Number) continue;
            var end = Past(view, i, hits)
                      ?? Window(view, i, date, hits)
                      ?? Relative(view, i, date, hits)
                      ?? Years(view, i, date, hits);
            if (end is { } last) i = last;
        }
    }

    /// <summary>"over the past 30 years", "in the last decade", "30 years ago", "since 2013".</summary>
    private int? Past(SentenceView view, int i, List<TimeHit> hits)
    {
        var id = view.Id(i);
        var at = id == _the ? i : view.IdAt(i + 1) == _the ? i + 1 : -1;
        if (at >= 0 && view.IdAt(at + 1) is var w && (w == _past || w == _last || w == _previous))
        {
            var j = at + 2;
            if (NumberReader.TryRead(view, lexicon, j, out var n)) j = n.Last + 1;
            if (lexicon.Is(view.IdAt(j), WordClass.TimeUnit)) return Add(hits, i, j, null);
        }
        if (id == _since && view.TryYear(i + 1, out _)) return Add(hits, i, i + 1, null);
        if (NumberReader.TryRead(view, lexicon, i, out var r) && lexicon.Is(view.IdAt(r.Last + 1), WordClass.TimeUnit)
            && view.IdAt(r.Last + 2) == _ago)
            return Add(hits, i, r.Last + 2, null);
        return null;
    }

    /// <summary>"in the next five years", "over the next three years", "within the coming decade", "within three years".</summary>
    private int? Window(SentenceView view, int i, DateOnly? date, List<TimeHit> hits)
    {
        var id = view.Id(i);
        var prep = id == _in || id == _over || id == _within || id == _during || id == _for || id == _across;
        var j = prep ? i + 1 : i;
        var windowed = false;
        if (view.IdAt(j) == _the && view.IdAt(j + 1) is var w && (w == _next || w == _coming || w == _following || w == _upcoming))
        {
            j += 2;
            windowed = true;
        }
        else if (!(prep && (id == _within || id == _in || id == _over))) return null;
        if (prep && view.IdAt(j) == _a && view.IdAt(j + 1) == _period && view.IdAt(j + 2) == _of) j += 3; // "over a period of five years"

        double? min = null, max = null;
        if (NumberReader.TryRead(view, lexicon, j, out var a) && a.Scale == 1)
        {
            min = max = a.Value;
            j = a.Last + 1;
            if (view.IdAt(j) is var sep && (sep == _to || sep == _hyphen || sep == _dash || sep == _or)
                && NumberReader.TryRead(view, lexicon, j + 1, out var b) && b.Scale == 1 && b.Value >= a.Value)
            {
                max = b.Value;
                j = b.Last + 1;
            }
        }
        else if (!windowed) return null;
        else if (view.IdAt(j) == _few) j++;
        if (!lexicon.TryYearsPer(view.IdAt(j), out var perUnit) || perUnit == 0 || view.IdAt(j + 1) == _ago) return null;
        if (min is null && (view.Id(j) == _year || view.Id(j) == _decade)) min = max = 1; // "the next decade"
        var years = (min * perUnit, max * perUnit);
        int? from = null, to = null;
        if (date is { } d && years.Item2 is { } longest)
        {
            from = d.Year;
            to = d.AddMonths((int)Math.Round(longest * 12)).Year;
        }
        return Add(hits, i, j, new PledgeTimeframe(view.Slice(i, j), from, to, years.Item1, years.Item2));
    }

    /// <summary>"next year", "this year", "next week", "this month", "by the end of this year", "by the end of 2025".</summary>
    private int? Relative(SentenceView view, int i, DateOnly? date, List<TimeHit> hits)
    {
        var id = view.Id(i);
        if ((id == _by || id == _before) && view.IdAt(i + 1) == _the && view.IdAt(i + 2) == _end && view.IdAt(i + 3) == _of)
        {
            if (view.TryYear(i + 4, out var year))
                return Add(hits, i, i + 4, new PledgeTimeframe(view.Slice(i, i + 4), null, year, null, null));
            if (view.IdAt(i + 4) == _the && view.IdAt(i + 5) == _year)
                return Add(hits, i, i + 5, new PledgeTimeframe(view.Slice(i, i + 5), null, date?.Year, null, null));
            if (YearOffset(view, i + 4) is { } offset)
                return Add(hits, i, i + 5, new PledgeTimeframe(view.Slice(i, i + 5), null, date?.Year + offset, null, null));
            if ((view.IdAt(i + 4) == _this || view.IdAt(i + 4) == _the) && view.IdAt(i + 5) == _decade) // "by the end of this decade": by 2030, as said
                return Add(hits, i, i + 5, new PledgeTimeframe(view.Slice(i, i + 5), null, date?.Year / 10 * 10 + 10, null, null));
            return null;
        }
        if (view.IdAt(i - 1) != _the && YearOffset(view, i) is { } delta)
        {
            int? year = date?.Year + delta;
            if (view.IdAt(i - 1) is var opens && (opens == _from || opens == _starting)) // "starting next year": open-ended
                return Add(hits, i - 1, i + 1, new PledgeTimeframe(view.Slice(i - 1, i + 1), year, null, null, null));
            return Add(hits, i, i + 1, new PledgeTimeframe(view.Slice(i, i + 1), year, year, null, null));
        }
        if (view.IdAt(i - 1) != _the && (id == _next || id == _this) && view.IdAt(i + 1) is var unit && (unit == _week || unit == _month))
        {
            int? year = date is not { } d ? null : id == _this ? d.Year : unit == _week ? d.AddDays(7).Year : d.AddMonths(1).Year;
            return Add(hits, i, i + 1, new PledgeTimeframe(view.Slice(i, i + 1), year, year, null, null)); // "next week", "this month"
        }
        return null;
    }

    private int? YearOffset(SentenceView view, int i) =>
        view.IdAt(i + 1) != _year ? null : view.IdAt(i) == _next ? 1 : view.IdAt(i) == _this ? 0 : null;

    /// <summary>"in 2022", "by 2030", "from 2023 to 2025", "between 2021 and 2025", "2021-2025".</summary>
    private int? Years(SentenceView view, int i, DateOnly? date, List<TimeHit> hits)
    {
        var id = view.Id(i);
        var prep = id == _in || id == _by || id == _before || id == _until || id == _till || id == _through || id == _from
                   || id == _during || id == _starting || id == _between;
        if ((id == _between || id == _from) && view.IdAt(i + 1) == _now && view.IdAt(i + 2) is var link
            && (link == _and || link == _to || link == _until || link == _till || link == _through) && view.TryYear(i + 3, out var target))
            return Add(hits, i, i + 3, new PledgeTimeframe(view.Slice(i, i + 3), date?.Year, target, null, null)); // "between now and 2027"
        var y = prep ? PartOfYear(view, i + 1) : i;
        if (!view.TryYear(y, out var first) && !(y > i + 1 && IsYearPart(view, y, out first)) && !(prep && view.TryFiscalYear(y, out first)))
            return null;
        var last = y;
        int? second = null;
        if (view.IdAt(y + 1) is var sep && (sep == _hyphen || sep == _dash || sep == _to || sep == _through || (sep == _and && (id == _between || id == _in)))
            && view.TryYear(y + 2, out var end) && end >= first)
        {
            second = end;
            last = y + 2;
        }
        if (!prep && second is null) return null; // a bare year names something ("the 2030 Agenda")
        var past = id == _in && second is null && (PastParticiple(view, i - 1) || date is { } d && (first < d.Year
                   || first == d.Year && y == i + 2 && MonthOf(view, i + 1) is { } month && month < d.Month)); // "in May 2021" in June 2021
        if (past) return Add(hits, i, last, null);
        (int? From, int? To) years = second is { } s ? (first, s)
            : id == _by || id == _until || id == _till || id == _through ? (null, first)
            : id == _before ? (null, first - 1)
            : id == _from || id == _starting ? (first, null)
            : (first, first);
        var (from, to) = years;
        return Add(hits, i, last, new PledgeTimeframe(view.Slice(i, last), from, to, null, null));
    }

    /// <summary>
    /// Where the year is after a part of it: "early 2024", "mid-2022", "the first half of 2024", "the third quarter of 2025",
    /// "Q3 2025", "fiscal year 2025", "FY 2025".
    /// </summary>
    private int PartOfYear(SentenceView view, int j)
    {
        if (view.IdAt(j) == _fiscal) return view.IdAt(j + 1) == _year ? j + 2 : j + 1;         // "fiscal (year) 2025"
        if (lexicon.Is(view.IdAt(j), WordClass.Month) && view.TryYear(j + 1, out _)) return j + 1; // "by March 2026"
        if (j < view.Count && view.Raw(j) is ['F', 'Y'] or ['Q', >= '1' and <= '4'] or ['H', '1' or '2']) return j + 1; // "FY 2025", "Q3 2025"
        if (_seasons.Contains(view.IdAt(j))) return view.IdAt(j + 1) == _hyphen ? j + 2 : j + 1;
        if (view.IdAt(j) == _the && _ordinals.Contains(view.IdAt(j + 1)) && _parts.Contains(view.IdAt(j + 2)) && view.IdAt(j + 3) == _of) return j + 4;
        return j;
    }

    /// <summary>The year of a hyphenated word such as "mid-2022", which the tokenizer keeps whole.</summary>
    private static bool IsYearPart(SentenceView view, int y, out int year)
    {
        year = 0;
        return y < view.Count && view.SameToken(y - 1, y) && view.Raw(y) is { Length: 4 } digits
               && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year)
               && year is >= 1900 and <= 2100;
    }

    /// <summary>The month (1 to 12) that term <paramref name="k"/> names, or null.</summary>
    private int? MonthOf(SentenceView view, int k)
    {
        if (!lexicon.Is(view.IdAt(k), WordClass.Month) || view.Raw(k).Length < 3) return null;
        var index = "janfebmaraprmayjunjulaugsepoctnovdec".IndexOf(view.Raw(k)[..3].ToString().ToLowerInvariant(), StringComparison.Ordinal);
        return index >= 0 && index % 3 == 0 ? index / 3 + 1 : null;
    }

    private static bool PastParticiple(SentenceView view, int i) =>
        i >= 0 && view.IsWord(i) && view.Raw(i) is var w && w.Length > 3 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    private static int Add(List<TimeHit> hits, int first, int last, PledgeTimeframe? timeframe)
    {
        hits.Add(new TimeHit(first, last, timeframe));
        return last;
    }
}
