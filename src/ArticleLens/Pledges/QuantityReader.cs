using System.Runtime.CompilerServices;
using ArticleLens.Text;

namespace ArticleLens.Pledges;

/// <summary>
/// Reads the quantity of a clause: a number with its scale, range and qualifier, then its currency or unit.
/// Numbers that are not a pledge's quantity are refused: years, ordinals, dates, labels ("Resolution 2231"),
/// durations ("30 years"), multipliers ("three times"), counts of parties ("the five Central Asian countries"),
/// and bare numbers with no unit. When unsure it reads nothing.
/// </summary>
[method: MethodImpl(MethodImplOptions.NoOptimization)] // start-up code: see Pattern.Parse
internal sealed class QuantityReader(PledgeLexicon lexicon, UnitReader units)
{
    private readonly int _to = lexicon.Id("to"), _hyphen = lexicon.Id("-"), _dash = lexicon.Id("–"), _or = lexicon.Id("or"),
        _and = lexicon.Id("and"), _from = lexicon.Id("from"), _between = lexicon.Id("between"), _of = lexicon.Id("of"),
        _in = lexicon.Id("in"), _per = lexicon.Id("per"), _cent = lexicon.Id("cent"), _than = lexicon.Id("than"),
        _least = lexicon.Id("least"), _up = lexicon.Id("up"), _as = lexicon.Id("as"), _many = lexicon.Id("many"),
        _number = lexicon.Id("number"), _the = lexicon.Id("the"), _comma = lexicon.Id(","), _total = lexicon.Id("total"),
        _sum = lexicon.Id("sum"), _amount = lexicon.Id("amount"), _value = lexicon.Id("value"), _worth = lexicon.Id("worth"),
        _more = lexicon.Id("more"), _open = lexicon.Id("("), _close = lexicon.Id(")"), _dot = lexicon.Id("."), _slash = lexicon.Id("/"),
        _a = lexicon.Id("a"), _an = lexicon.Id("an"), _each = lexicon.Id("each"),
        _for = lexicon.Id("for"), _annum = lexicon.Id("annum");

    private readonly HashSet<int> _ordinals = [.. new[] { "first", "second", "third", "last", "next" }.Select(lexicon.Id)];

    private readonly HashSet<int> _givingForms = [.. new[] { "contributing", "providing", "allocating", "donating", "pledging", "investing",
        "earmarking", "granting" }.Select(lexicon.Id)];

    /// <summary>Words that make the number a measure of something else: "covering 20 hectares", "a distance of 30 kilometres".</summary>
    private readonly HashSet<int> _measures = [.. new[] { "covering", "spanning", "measuring", "capacity", "length", "area", "size",
        "height", "width", "depth", "diameter", "distance", "population", "weighing" }.Select(lexicon.Id)];

    /// <summary>Parts of a plan after "in", not things pledged: "in 2 phases", "in 3 tranches".</summary>
    private readonly HashSet<int> _parts = [.. new[] { "phases", "stages", "steps", "tranches", "installments", "instalments", "batches",
        "rounds", "parts" }.Select(lexicon.Id)];

    /// <summary>Units of distance: "1,300 km from Beijing" says where, not what is pledged.</summary>
    private readonly HashSet<int> _distances = [.. new[] { "km", "kilometres", "kilometers", "miles", "metres", "meters" }.Select(lexicon.Id)];

    private readonly HashSet<int> _whereWords = [.. new[] { "from", "away", "apart", "north", "south", "east", "west", "off", "long",
        "wide", "high", "deep" }.Select(lexicon.Id)];

    private readonly HashSet<int> _partyCounts = [.. new[] { "countries", "country", "nations", "nation", "states", "state", "sides",
        "side", "parties", "party", "members", "member", "leaders", "heads", "economies", "partners", "republics", "allies", "peoples",
        "presidents", "ministers", "participants", "delegations", "signatories" }.Select(lexicon.Id)];

    private readonly HashSet<int> _definite = [.. new[] { "the", "these", "those", "its", "their", "our", "his", "her", "this", "that",
        "my", "your" }.Select(lexicon.Id)];

    /// <summary>More than this many can be no count of countries or their leaders ("1,000 young leaders" are people).</summary>
    private const double MaxParties = 250;

    private readonly int _such = lexicon.Id("such");

    /// <summary>Where the object of a verb of giving starts in the current <see cref="ReadAll"/>, or -1.</summary>
    private int _objectFrom = -1;

    private readonly HashSet<int> _leadIns = [.. PledgeLexicon.AmountLeadIns.Select(lexicon.Id)];

    private readonly HashSet<int> _qualifiers = [.. new[] { "about", "around", "approximately", "nearly", "almost", "over", "some",
        "roughly", "additional", "extra", "another", "further", "new", "than", "least", "to", "many" }.Select(lexicon.Id)];

    /// <summary>The first quantity in terms <paramref name="from"/>..<paramref name="limit"/> outside <paramref name="time"/>, and those coordinated with it.</summary>
    /// <remarks>
    /// A number word under ten ("three key priorities") is too often a list's size; it is read only as the object of a verb of
    /// giving or building (<paramref name="objectCounts"/>), right after it: "Japan will provide three patrol vessels".
    /// </remarks>
    public void ReadAll(SentenceView view, SentenceMatches matches, int from, int limit, List<TimeHit> time, List<QuantityHit> found,
        bool objectCounts = false)
    {
        _objectFrom = objectCounts ? from : -1;
        PledgeParty? gapped = null;
        for (var i = from; i <= limit; i++)
        {
            if (InTime(time, i) is { } skip) { i = skip; continue; }
            if (lexicon.Is(view.Id(i), WordClass.Relative | WordClass.Belief)) return; // a relative clause or a forecast ("imports are expected to reach ...")
            if (view.Id(i) == _comma && IsAside(view, i + 1)) return;      // ", including ...", ", drawing on ...": an aside
            if (!MayStartNumber(view, matches, i)) continue;
            if (TryRead(view, matches, i, Math.Min(limit, TimeStart(time, i) - 1), out var hit)) // "doses next year": the unit ends before the time
            {
                if (found.Count > 0 && hit.Unit == "percent" && found[0].Unit != "percent") return; // "3 million tons, up 20 percent": a rate of change
                var (equivalentLast, usd) = SkipEquivalent(view, matches, hit, limit);
                found.Add(hit with { Usd = usd, Actor = gapped });
                gapped = null;
                var after = equivalentLast + 1;
                if (InTime(time, after) is { } timeLast) after = timeLast + 1; // "20 million doses this year and 30 million next year"
                var next = after;
                for (; next <= limit && (view.Id(next) == _and || view.Id(next) == _comma); next++)
                    if (view.Id(next) == _comma && IsAside(view, next + 1)) return; // "..., bringing the total to 500 million doses"
                if (next < limit && matches.StartingAt(next, CueKind.Currency) is null
                    && matches.StartingAt(next, CueKind.Party) is { } party && party.FirstTerm + party.TermCount <= limit
                    && MayStartAmount(view, matches, party.FirstTerm + party.TermCount, limit)) // "... and Italy EUR 50 million"
                {
                    gapped = new PledgeParty(view.Slice(party.FirstTerm, party.FirstTerm + party.TermCount - 1), party.Value.Party);
                    next = party.FirstTerm + party.TermCount;
                }
                if (next == after || next > limit || !MayStartAmount(view, matches, next, limit)) return;
                i = next - 1; // a coordinated quantity ("50 million doses and 10 million syringes") is read next
                if (_objectFrom >= 0) _objectFrom = next; // "two hospitals and three schools"
                continue;
            }
        }
    }

    /// <summary>
    /// The last term of an amount and of the same amount in another currency right after it ("RMB 1.5 billion, about 210 million
    /// U.S. dollars", "20 billion yuan ($2.8 billion)"): one pledge, not two; and that amount when it is in U.S. dollars.
    /// </summary>
    private (int Last, double? Usd) SkipEquivalent(SentenceView view, SentenceMatches matches, QuantityHit hit, int limit)
    {
        var k = hit.Last + 1;
        if (hit.Currency is null || k > limit || view.Id(k) != _comma && view.Id(k) != _open) return (hit.Last, null);
        k++;
        while (k <= limit && (_qualifiers.Contains(view.Id(k)) || view.Id(k) == _or)) k++;
        if (matches.StartingAt(k, CueKind.Currency) is { Value.Before: true } sign) k = sign.FirstTerm + sign.TermCount; // "($2.8 billion)"
        if (k > limit || !MayStartNumber(view, matches, k) || !TryRead(view, matches, k, limit, out var other)
            || other.Currency is null || other.Currency == hit.Currency) return (hit.Last, null);
        var usd = other.Currency == "USD" ? other.Quantity.Value : (double?)null;
        return (view.IdAt(other.Last + 1) == _close ? other.Last + 1 : other.Last, usd);
    }

    /// <summary>A cheap test before reading: a number token, digits in a word ("1.5bn"), a number word, "a" before a scale word.</summary>
    private bool MayStartNumber(SentenceView view, SentenceMatches matches, int i)
    {
        var token = view.TokenOf(i);
        if (token.Kind == TokenKind.Number) return true;
        if (token.Kind != TokenKind.Word) return false;
        return char.IsAsciiDigit(view.Text[token.Start]) || lexicon.Is(view.Id(i), WordClass.NumberWord)
               || lexicon.Is(view.IdAt(i + 1), WordClass.Scale);
    }

    private bool TryRead(SentenceView view, SentenceMatches matches, int i, int limit, out QuantityHit hit)
    {
        hit = default;
        var currencyBefore = matches.EndingAt(i - 1, CueKind.Currency) is { } cb && cb.Value.Before ? cb : (PhraseMatch<Cue>?)null;
        if (!NumberReader.TryRead(view, lexicon, i, out var number)) return false;
        if (view.TryYear(i, out _) && currencyBefore is null) return false;
        if (number.IsWords && number.Number < 10 && number.Scale == 1 && !IsObject(view, i)) return false; // "three key priorities"
        if (IsLabelOrDate(view, i, number.Last) || IsFraction(view, number.Last + 1)) return false;
        if (currencyBefore is null && i > 0 && view.IsWord(i - 1) && view.IsCapitalized(i - 1)) return false; // "UNSCR 1718", "Agenda 2063"
        if (view.IdAt(i - 1) == _in && i >= 2 && NumberReader.TryRead(view, lexicon, i - 2, out _)) return false; // "1 in 3 adults": a ratio
        if (view.IdAt(i - 1) == _slash || view.IdAt(number.Last + 1) == _slash) return false;              // "24/7", "9/11"

        var prefix = currencyBefore is { } dollar && view.Raw(dollar.FirstTerm) is "$" ? GluedPrefix(view, dollar.FirstTerm) : -1;
        string? prefixed = null;
        if (prefix >= 0 && !PledgeCues.DollarPrefixes.TryGetValue(view.Raw(prefix).ToString(), out prefixed)) return false; // "Z$": unsure

        var value = number.Value;
        double? max = null;
        var end = number.Last; // the last term of the number words: range and currency included, unit excluded
        var first = QualifierStart(view, prefix >= 0 ? prefix : currencyBefore?.FirstTerm ?? i);
        if (IsDefinite(view, first)) return false; // "the five principles", "our two countries", "the current $38 billion MOU"
        if (IsMeasure(view, first)) return false;  // "a rice centre covering 20 hectares", "with a capacity of 60,000 seats"
        if (view.IdAt(end + 1) is var sep && (sep == _to || sep == _hyphen || sep == _dash || sep == _or || sep == _and && view.IdAt(i - 1) == _between)
            && end + 2 <= limit && NumberReader.TryRead(view, lexicon, end + 2, out var high) && !view.TryYear(end + 2, out _))
        {
            var low = number.Scale == 1 && high.Scale > 1 ? number.Number * high.Scale : value;
            if (high.Value > low)
            {
                if (view.IdAt(i - 1) == _from) (value, first) = (high.Value, i - 1); // "from 50 to 100 pairs": the target
                else (value, max) = (low, high.Value);
                end = high.Last;
            }
        }

        string? currency = null, unit;
        if (currencyBefore is { } before) currency = prefixed ?? before.Value.Currency;
        else if (matches.StartingAt(end + 1, CueKind.Currency) is { } after && after.Value.After)
        {
            currency = after.Value.Currency;
            end = after.FirstTerm + after.TermCount - 1;
        }
        if (currency is "") return false; // "500 million pesos": whose?
        var last = end;
        var next = view.IdAt(end + 1);
        if (currency is not null) unit = MoneyPurpose(view, matches, first, end, limit);
        else if (lexicon.Is(next, WordClass.Percent) || next == _per && view.IdAt(end + 2) == _cent) // before "per" as a multiplier
        {
            unit = "percent";
            last = end + (next == _per ? 2 : 1);
        }
        else if (lexicon.Is(next, WordClass.TimeUnit | WordClass.Multiplier)) return false; // durations, "three times"
        else if (units.Read(view, end + 1, limit) is { } phrase && !(value <= MaxParties && CountsParties(view, matches, end + 1, phrase.Head)) && !IsName(view, end + 1, phrase.Head))
        {
            unit = view.Slice(view.Id(end + 1) == _more && phrase.Last > end + 1 ? end + 2 : end + 1, phrase.Last); // "500 more doctors": doctors
            last = phrase.Last;
            if (_parts.Contains(view.Id(phrase.Head)) && view.IdAt(first - 1) == _in) return false;          // "in 2 phases" (but "3 rounds of talks")
            if (_distances.Contains(view.Id(phrase.Head)) && _whereWords.Contains(view.IdAt(last + 1))) return false; // "1,300 km from Beijing"
            if (view.IdAt(i - 1) is var article && (article == _a || article == _an)) return false;         // "a 120 MW wind power project"
        }
        else return false; // a bare number, or a count of parties ("the five Central Asian countries")
        if (view.IdAt(last + 1) == _of && lexicon.Is(view.IdAt(last + 2), WordClass.Relative)) return false; // "50 percent of which": a share of another amount
        if (IsRate(view, last + 1)) return false;                                                                // "3 dollars per dose", "3 centres in each district"
        if (view.IdAt(first - 1) == _from && view.IdAt(last + 1) == _to && MayStartNumber(view, matches, last + 2)) return false; // "from 5 to 7 million tonnes": the target is read next
        if (unit == "percent" && view.IdAt(last + 1) == _to && last + 2 <= limit
            && matches.StartingAt(last + 2, CueKind.Currency) is { Value.Before: true }) return false;              // "by 20 percent to US$ 600 million": the amount is read next
        hit = new QuantityHit(first, last, new PledgeQuantity(value, max, view.Slice(first, end)), unit, currency);
        return true;
    }

    /// <summary>Term <paramref name="i"/> opens the object of a verb of giving: only lead-ins ("additional", "more") stand between.</summary>
    private bool IsObject(SentenceView view, int i)
    {
        if (_objectFrom < 0 || i < _objectFrom) return false;
        for (var k = _objectFrom; k < i; k++)
            if (!_leadIns.Contains(view.Id(k))) return false;
        return true;
    }

    /// <summary>"per dose", "a barrel", "in each district", "for each child": a price or a rate, not an amount (but "per year" is one).</summary>
    private bool IsRate(SentenceView view, int k)
    {
        var id = view.IdAt(k);
        if ((id == _in || id == _for) && view.IdAt(k + 1) == _each) id = view.IdAt(++k);
        if (id != _per && id != _each && id != _a && id != _an) return false;
        if (id == _each && view.IdAt(k + 1) == _of) return true;                        // "in each of the 25 districts"
        var noun = view.IdAt(k + 1);
        return noun >= 0 && view.IsWord(k + 1) && !view.IsCapitalized(k + 1) && noun != _annum && !lexicon.Is(noun, WordClass.TimeUnit)
               && lexicon[noun] is WordClass.None or WordClass.NounVerb;
    }

    /// <summary>A word of measurement among the three before the number: "covering an area of 5,000 square metres".</summary>
    private bool IsMeasure(SentenceView view, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 3; k--)
            if (_measures.Contains(view.Id(k))) return true;
        return false;
    }

    /// <summary>The word glued to the front of "$" ("A$", "HK$"), or -1.</summary>
    private static int GluedPrefix(SentenceView view, int dollar) =>
        dollar > 0 && view.IsWord(dollar - 1) && view.TokenOf(dollar - 1).End == view.TokenOf(dollar).Start ? dollar - 1 : -1;

    /// <summary>A definite or possessive word before the number (adjectives aside): the number refers to a known set, not a new amount.</summary>
    private bool IsDefinite(SentenceView view, int first)
    {
        var k = first - 1;
        for (var adjectives = 0; k >= 0 && adjectives < 3 && view.IsWord(k) && !view.IsCapitalized(k)
                                 && (lexicon[view.Id(k)] == WordClass.None || _ordinals.Contains(view.Id(k))); adjectives++) k--;
        return k >= 0 && _definite.Contains(view.Id(k));
    }

    /// <summary>
    /// A unit in title case names a thing ("30 Campaign", "the 2030 Agenda"); all-caps units ("GW") are fine, and so are a
    /// capitalized word before a common noun ("20,000 Afghan refugees") and a plural in title case ("50 Luban Workshops",
    /// "10 Confucius Institutes": things counted; "the 17 Goals" is refused for its article).
    /// </summary>
    private static bool IsName(SentenceView view, int unit, int head) =>
        IsTitleCase(view.Raw(unit)) && IsTitleCase(view.Raw(head)) && !IsPlural(view.Raw(head));

    private static bool IsPlural(ReadOnlySpan<char> word) => word is [.., not 's' and not 'S' and not 'u', 's'];

    private static bool IsTitleCase(ReadOnlySpan<char> word) => char.IsUpper(word[0]) && word.Length > 1 && char.IsLower(word[^1]);

    /// <summary>"2¾": a fraction the tokenizer leaves apart; the number would be read wrong.</summary>
    private static bool IsFraction(SentenceView view, int i) =>
        i < view.Count && view.TokenOf(i).Kind != TokenKind.Number && view.Raw(i) is [var c, ..] && char.IsNumber(c) && !char.IsAsciiDigit(c);

    /// <summary>After a comma: a participle or "including" opens an aside ("..., drawing on $7.5 billion", "..., including $30 million for ...").</summary>
    private bool IsAside(SentenceView view, int k)
    {
        while (k < view.Count && lexicon.IsAdverb(view.Id(k))) k++;
        if (k >= view.Count || !view.IsWord(k)) return false;
        var word = view.Raw(k);
        if (_givingForms.Contains(view.Id(k))) return false; // "..., contributing 10 million U.S. dollars in 2024": the amount itself
        return word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
               || view.Id(k) == _such;
    }

    /// <summary>
    /// "five Central Asian countries", "two sides", "30 years": the unit names parties or time, so the number is no pledge's
    /// quantity. A party word that only qualifies the head ("20,000 Afghan refugees", "2 Chinese medical teams") does not.
    /// </summary>
    private bool CountsParties(SentenceView view, SentenceMatches matches, int first, int head)
    {
        if (lexicon.Is(view.Id(first), WordClass.TimeUnit)) return true;
        for (var k = first; k <= head; k++)
            if (_partyCounts.Contains(view.Id(k)) || matches.StartingAt(k, CueKind.Party) is { } party && party.FirstTerm + party.TermCount - 1 >= head)
                return true;
        return false;
    }

    /// <summary>
    /// What money is for: "a grant assistance of $X" → "grant assistance"; "$X in humanitarian aid" → "humanitarian aid".
    /// "$X in the defense industrial base" says where it goes, not what it is: no unit.
    /// </summary>
    private string? MoneyPurpose(SentenceView view, SentenceMatches matches, int first, int last, int limit)
    {
        var next = view.IdAt(last + 1);
        if ((next == _in || next == _of) && last + 2 <= limit && !(next == _in && view.IdAt(last + 2) == _the))
        {
            var start = view.IdAt(last + 2) == _the ? last + 3 : last + 2;
            if (start <= limit && units.Read(view, start, limit) is { } after && !lexicon.Is(view.Id(after.Head), WordClass.PartyNoun)
                && matches.StartingAt(start, CueKind.Party) is null && matches.StartingAt(start, CueKind.Capital) is null) // "in Africa": where, not what
                return view.Slice(start, after.Last);
        }
        if (view.IdAt(first - 1) == _of && units.ReadBefore(view, first - 1) is { } before)
        {
            var id = view.Id(before.Last);
            if (id != _total && id != _sum && id != _amount && id != _value && id != _worth && id != _number)
                return view.Slice(before.First, before.Last);
        }
        return null;
    }

    /// <summary>Steps back over "more than", "at least", "up to", "as many as", "about", "an additional"... before a number.</summary>
    private int QualifierStart(SentenceView view, int i)
    {
        var k = i - 1;
        if (k < 0 || !_qualifiers.Contains(view.Id(k))) return i;
        var id = view.Id(k);
        if (id == _than || id == _least) return k - 1 >= 0 ? k - 1 : k;                  // more than, at least
        if (id == _to) return view.IdAt(k - 1) == _up ? k - 1 : i;                          // up to
        if (id == _many) return view.IdAt(k - 1) == _as ? k - 1 : i;
        return k;
    }

    /// <summary>"Resolution 2231", "Article 5", "Group of 77", "25 January", "January 25": names and dates, not quantities.</summary>
    private bool IsLabelOrDate(SentenceView view, int i, int last)
    {
        var before = i - 1;
        if (view.IdAt(before) == _of && before > 0 && view.IsCapitalized(before - 1)) before--;
        else if (view.IdAt(before) == _dot) before--; // "No. 2"
        if (before >= 0 && view.IsWord(before) && view.IsCapitalized(before) && lexicon.Is(view.Id(before), WordClass.Label)) return true;
        return lexicon.Is(view.IdAt(i - 1), WordClass.Month) || lexicon.Is(view.IdAt(last + 1), WordClass.Month);
    }

    /// <summary>The first term of the first timeframe after term <paramref name="i"/>, or past the sentence when none.</summary>
    private static int TimeStart(List<TimeHit> time, int i)
    {
        var start = int.MaxValue;
        foreach (var hit in time)
            if (hit.First > i) start = Math.Min(start, hit.First);
        return start;
    }

    /// <summary>An amount starts at term <paramref name="k"/>, lead-in words aside ("an additional", "up to", "more than", "$").</summary>
    private bool MayStartAmount(SentenceView view, SentenceMatches matches, int k, int limit)
    {
        while (k <= limit && _leadIns.Contains(view.Id(k))) k++;
        if (k < limit && view.Raw(k + 1) is "$" && GluedPrefix(view, k + 1) == k && matches.StartingAt(k, CueKind.Currency) is null) k++; // "HK$ 40 million"
        return k <= limit && (MayStartNumber(view, matches, k) || matches.StartingAt(k, CueKind.Currency) is { Value.Before: true });
    }

    private static int? InTime(List<TimeHit> time, int i)
    {
        foreach (var hit in time)
            if (i >= hit.First && i <= hit.Last) return hit.Last;
        return null;
    }
}
