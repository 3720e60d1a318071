using ArticleLens.Text;

namespace ArticleLens.Pledges;

/// <summary>
/// The verb side of a pledge: which word is the action after a cue ("will further enhance" → enhance,
/// "will continue to provide" → provide, continued), and where a coordinated action begins (", and offer ...").
/// </summary>
internal sealed class ClauseGrammar(PledgeLexicon lexicon)
{
    private readonly int _including = lexicon.Id("including"), _and = lexicon.Id("and"), _or = lexicon.Id("or"), _to = lexicon.Id("to"), _with = lexicon.Id("with"), _together = lexicon.Id("together"),
        _have = lexicon.Id("have"), _comma = lexicon.Id(",");
    private readonly HashSet<int> _phrasal = [.. new[] { "speed", "step", "set", "carry", "put", "scale", "shore", "ramp", "roll", "follow",
        "take", "build", "open", "lay", "map", "draw", "sign", "turn", "single", "phase" }.Select(lexicon.Id)];
    private readonly HashSet<int> _reaffirming = [.. new[] { "reaffirm", "reaffirms", "renew", "renews", "maintain" }.Select(lexicon.Id)];

    private readonly HashSet<int> _happenings = [.. new[] { "face", "suffer", "experience", "witness", "lose", "fall", "rise", "happen",
        "occur", "die", "seem", "appear", "encounter", "undergo", "perish", "collapse", "decline", "say", "claim", "receive",
        "benefit" }.Select(lexicon.Id)];

    /// <summary>True for a verb of something that befalls the subject ("Central Asia will face ...", "Chad will receive ..."): no pledge.</summary>
    public bool IsHappening(SentenceView view, Action action) => action.Term >= 0 && _happenings.Contains(view.Id(action.Term));

    /// <summary>The action found after a cue or a coordinator.</summary>
    public readonly record struct Action(int Term, int Last, string Text, bool Continues);

    /// <summary>
    /// The action that starts at or after term <paramref name="from"/>: adverbs, "continue to" and "strive to" are stepped over;
    /// a verb cue with no verb after it ("calls for the establishment") is its own action.
    /// </summary>
    public Action? Find(SentenceView view, int from, int limit, Cue? cue)
    {
        var j = from;
        var continues = cue?.Reaffirms == true;
        var negated = false;
        while (j <= limit)
        {
            var id = view.Id(j);
            if (lexicon.Is(id, WordClass.Negation)) { negated = true; j++; }
            else if (lexicon.IsAdverb(id) && !lexicon.Is(id, WordClass.Verb)) j++;
            else if (lexicon.Is(id, WordClass.Continuation) && !_reaffirming.Contains(id)
                     && (view.IdAt(j + 1) == _to || IsVerbForm(view, j + 1) && !lexicon.Is(view.IdAt(j + 1), WordClass.Verb)))
            {
                continues = true;
                j += view.IdAt(j + 1) == _to ? 2 : 1;
            }
            else if (lexicon.Is(id, WordClass.LightVerb) && view.IdAt(j + 1) == _to && lexicon.Is(view.IdAt(j + 2), WordClass.Verb)) j += 2;
            else if (id == _have && j + 1 <= limit && IsPastParticiple(view, j + 1)) j++; // "will have trained": the future perfect
            else if (id == _comma && j == from && Aside(view, j, limit) is { } close) j = close + 1; // "will, within its capacity, provide"
            else break;
        }
        if (j > limit) return cue?.Lemma is { } lemma0 ? new Action(from - 1, from - 1, lemma0, continues) : null;
        if (cue?.Lemma is { } lemma)
        {
            if (view.Id(j) == _to && j + 1 <= limit && lexicon.Is(view.Id(j + 1), WordClass.Verb)) j++;
            else if (!IsVerbForm(view, j)) return new Action(from - 1, from - 1, lemma, continues);
        }
        if (!view.IsWord(j)) return null;
        var last = j;
        if (_phrasal.Contains(view.Id(j)) && j + 1 <= limit && lexicon.Is(view.Id(j + 1), WordClass.Particle)) last = j + 1;
        continues |= _reaffirming.Contains(view.Id(j)) || lexicon.Is(view.Id(j), WordClass.Continuation);
        var verb = lexicon.BaseFormOf(view.Id(j));
        var text = last > j ? $"{verb} {lexicon.Vocabulary[view.Id(last)]}" : verb;
        return new Action(j, last, negated ? "not " + text : text, continues);
    }

    /// <summary>
    /// True when term <paramref name="j"/> (after adverbs) is a base-form verb that starts a coordinated action:
    /// "..., and offer 5,000 ..." or ", deepen cooperation". A verb that is also a common noun ("support", "trade")
    /// counts only when an object follows it (after ", and": when any word but a preposition follows).
    /// </summary>
    public bool StartsAction(SentenceView view, int j, int limit, bool gerund = false, bool strong = false)
    {
        while (j <= limit && lexicon.IsAdverb(view.Id(j)) && !lexicon.Is(view.Id(j), WordClass.Verb)) j++;
        if (j >= limit || !view.IsWord(j) || !view.IsWholeToken(j) || view.IsCapitalized(j) && j > 0) return false;
        var id = view.Id(j);
        if (lexicon.Is(id, WordClass.Continuation) && view.IdAt(j + 1) == _to) return true;
        if (gerund && !lexicon.Is(id, WordClass.Verb) && IsVerbForm(view, j) && id != _including) return !EndsPhrase(view, j + 1);
        if (!lexicon.Is(id, WordClass.Verb)) return false;
        if (!lexicon.Is(id, WordClass.NounVerb)) return !EndsPhrase(view, j + 1);
        var next = view.Id(j + 1);
        if (strong) return !EndsPhrase(view, j + 1) && !lexicon.Is(next, WordClass.Preposition | WordClass.Conjunction); // ", and offer training"
        if (lexicon.Is(next, WordClass.Determiner | WordClass.Pronoun | WordClass.ActorPronoun | WordClass.Particle)) return true;
        if (NumberReader.TryRead(view, lexicon, j + 1, out _)) return true;
        if (next == _with || next == _together) return view.IdAt(j + 2) is var after && after >= 0 && !IsPunctuation(view, j + 2);
        return view.IsWord(j + 1) && view.IsCapitalized(j + 1);
    }

    /// <summary>"protect and restore X": the last term of a verb pair that shares one object, or <paramref name="last"/>.</summary>
    public int SharedObjectEnd(SentenceView view, int last) =>
        view.IdAt(last + 1) is var c && (c == _and || c == _or) && IsVerbForm(view, last + 2) && !IsPunctuation(view, last + 3) ? last + 2 : last;

    /// <summary>The comma that closes a short aside opened by the comma at <paramref name="open"/> ("as always", "within its capacity").</summary>
    private int? Aside(SentenceView view, int open, int limit)
    {
        for (var k = open + 1; k <= limit && k <= open + 6; k++)
            if (view.Id(k) == _comma) return k > open + 1 ? k : null;
        return null;
    }

    /// <summary>A regular past participle of a listed verb: "trained", "provided".</summary>
    private bool IsPastParticiple(SentenceView view, int j)
    {
        if (!view.IsWord(j)) return false;
        var form = lexicon.Vocabulary[view.Id(j)];
        return form.EndsWith("ed", StringComparison.Ordinal) && lexicon.BaseFormOf(view.Id(j)) != form;
    }

    /// <summary>A verb form: a listed verb, or its -ing form ("establishing").</summary>
    public bool IsVerbForm(SentenceView view, int j)
    {
        if (!view.IsWord(j)) return false;
        var id = view.Id(j);
        if (lexicon.Is(id, WordClass.Verb)) return true;
        var form = lexicon.Vocabulary[id];
        return form.EndsWith("ing", StringComparison.Ordinal) && lexicon.BaseFormOf(id) != form;
    }

    private static bool IsPunctuation(SentenceView view, int j) =>
        j >= view.Count || view.TokenOf(j).Kind is TokenKind.Punctuation or TokenKind.Symbol;

    /// <summary>Nothing follows, or punctuation that closes a phrase (an opening quote or parenthesis does not).</summary>
    private static bool EndsPhrase(SentenceView view, int j) =>
        IsPunctuation(view, j) && (j >= view.Count || view.Raw(j) is not ("\"" or "\u201C" or "'" or "\u2018" or "(" or "$" or "\u20AC" or "\u00A3"));
}
