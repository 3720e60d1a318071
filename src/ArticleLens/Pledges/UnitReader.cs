using ArticleLens.Text;

namespace ArticleLens.Pledges;

/// <summary>
/// Reads the thing counted after a number: a short noun phrase, with at most one "of" ("doses of vaccine") and "and"
/// between nouns ("seminar and workshop opportunities"); it stops at a preposition, a determiner, a verb or punctuation.
/// </summary>
internal sealed class UnitReader(PledgeLexicon lexicon, ClauseGrammar grammar)
{
    private const int MaxWords = 6;
    private readonly int _of = lexicon.Id("of"), _and = lexicon.Id("and"), _or = lexicon.Id("or"), _the = lexicon.Id("the"),
        _more = lexicon.Id("more"), _next = lexicon.Id("next"), _last = lexicon.Id("last");

    private readonly HashSet<int> _irregular = [.. new[] { "drawn", "given", "taken", "made", "held", "sent", "paid", "spent", "built",
        "brought", "shown", "known", "grown", "set", "put", "led" }.Select(lexicon.Id)];

    /// <summary>A unit phrase from term <paramref name="start"/> to at most <paramref name="limit"/>: its last term and its head noun.</summary>
    public (int Last, int Head)? Read(SentenceView view, int start, int limit)
    {
        int last = -1, head = -1, words = 0;
        var sawOf = false;
        var j = start;
        while (j <= limit && words < MaxWords)
        {
            var id = view.Id(j);
            if (id == _of)
            {
                if (sawOf || last < 0) break;
                var k = view.IdAt(j + 1) == _the ? j + 2 : j + 1;
                if (k > limit || !IsUnitWord(view, k, last)) break;
                sawOf = true;
                j = k;
                continue;
            }
            if (id == _and || id == _or)
            {
                if (last < 0 || j + 1 > limit || !IsUnitWord(view, j + 1, last) || grammar.StartsAction(view, j + 1, limit)
                    || lexicon.Is(view.Id(j + 1), WordClass.NumberWord)) break; // "20 hospitals and thirty schools": two amounts
                j++;
                continue;
            }
            if (!IsUnitWord(view, j, last) && !(last < 0 && id == _more)) break;
            if (last >= 0 && (id == _next || id == _last) && !view.SameToken(last, j)) break; // "doses next week"
            if (last >= 0 && !view.SameToken(last, j) && (lexicon.Is(id, WordClass.Verb) && !lexicon.Is(id, WordClass.NounVerb) || IsParticiple(view, j)
                                                          || OpensPhrase(view, j))) break;
            if (last < 0 || !view.SameToken(last, j)) words++; // "97-meter multi-role" is two words
            last = j;
            if (!sawOf) head = j;
            j++;
        }
        return last < 0 ? null : (last, head);
    }

    /// <summary>The words before "of" that name what an amount is: "a grant assistance of" → "grant assistance".</summary>
    public (int First, int Last)? ReadBefore(SentenceView view, int ofTerm)
    {
        var first = -1;
        for (var j = ofTerm - 1; j >= 0 && ofTerm - j <= 3; j--)
        {
            if (!IsUnitWord(view, j, -1) || lexicon.Is(view.Id(j), WordClass.Verb) && !lexicon.Is(view.Id(j), WordClass.NounVerb)) break;
            first = j;
        }
        return first < 0 ? null : (first, ofTerm - 1);
    }

    /// <summary>"doses exported", "assistance drawn from": a participle ends the thing counted.</summary>
    /// <summary>A word that opens a phrase of its own after the unit: "ships carrying 4,500 tonnes", "grain free of charge".</summary>
    private bool OpensPhrase(SentenceView view, int j)
    {
        var next = view.IdAt(j + 1);
        var word = view.Raw(j);
        if (next == _of && word is "free") return true;
        return word.EndsWith("ing", StringComparison.Ordinal) && j + 1 < view.Count
               && (view.TokenOf(j + 1).Kind == TokenKind.Number || lexicon.Is(next, WordClass.NumberWord | WordClass.Determiner));
    }

    private bool IsParticiple(SentenceView view, int j)
    {
        var word = view.Raw(j);
        return word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) || _irregular.Contains(view.Id(j));
    }

    private bool IsUnitWord(SentenceView view, int j, int previous)
    {
        if (!view.IsWord(j)) return false;
        if (previous >= 0 && view.SameToken(previous, j)) return true; // parts of "anti-pandemic"
        var id = view.Id(j);
        return !lexicon.Is(id, WordClass.UnitStop) && !lexicon.IsAdverb(id) && !view.IsPossessive(j);
    }
}
