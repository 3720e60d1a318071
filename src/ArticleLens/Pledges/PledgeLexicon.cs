using System.Reflection;
using System.Runtime.CompilerServices;
using ArticleLens.Text;

namespace ArticleLens.Pledges;

/// <summary>
/// The closed word lists of the pledge grammar, interned in one <see cref="Vocabulary"/>: classifying a term is one array read.
/// Verbs come from the embedded <c>pledge-verbs.txt</c>; the rest are short lists kept here, next to the rules that use them.
/// </summary>
internal sealed class PledgeLexicon
{
    /// <summary>Words that may stand before an amount: "an additional", "a further", "up to", "at least", "some".</summary>
    public static readonly string[] AmountLeadIns = ["a", "an", "another", "additional", "extra", "further", "new", "up", "to", "at",
        "least", "more", "than", "as", "many", "about", "around", "approximately", "nearly", "almost", "over", "some", "roughly",
        "today", "yesterday"];

    private const string VerbsResource = "ArticleLens.Data.pledge-verbs.txt";
    private static readonly Lazy<(string[] Verbs, string[] NounVerbs)> VerbLists = new(ReadVerbs);

    private readonly WordClass[] _classes;
    private readonly Dictionary<int, double> _values = [];
    private readonly Dictionary<int, double> _yearsPerUnit = [];
    private byte[] _lyAdverbs = new byte[4096]; // per id: 0 unknown, 1 an -ly adverb, 2 not
    private string?[] _baseForms = new string?[4096]; // per id: the base form, once worked out

    private static readonly HashSet<string> LyNouns =
    [
        "family", "assembly", "supply", "italy", "july", "ally", "rally", "monopoly", "anomaly", "reply", "apply", "rely", "comply",
        "multiply", "butterfly", "holy", "bully", "tally", "homily", "lily", "jelly", "belly", "folly", "italy's", "early", "only",
    ];

    [MethodImpl(MethodImplOptions.NoOptimization)] // start-up code: see Pattern.Parse
    public PledgeLexicon(Vocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        var classes = new Dictionary<int, WordClass>();
        void Add(WordClass c, params string[] words)
        {
            foreach (var w in words)
            {
                var id = vocabulary.Intern(w);
                classes[id] = classes.GetValueOrDefault(id) | c;
            }
        }

        var (verbs, nounVerbs) = VerbLists.Value;
        Add(WordClass.Verb, verbs);
        Add(WordClass.Verb | WordClass.NounVerb, nounVerbs);
        Add(WordClass.Adverb, "also", "further", "always", "still", "jointly", "together", "hereby", "now", "soon", "then", "therefore",
            "thus", "indeed", "certainly", "surely", "all", "both", "each", "even", "first", "actively", "firmly", "fully", "closely",
            "better", "again", "together", "more", "ever", "increasingly");
        Add(WordClass.Auxiliary, "is", "are", "am", "stand", "stands", "remain", "remains", "be", "will", "shall", "'s", "'re");
        Add(WordClass.Determiner, "the", "a", "an", "this", "these", "those", "its", "their", "our", "his", "her", "my", "your",
            "every", "any", "no", "such", "another", "other", "some", "each", "more");
        Add(WordClass.ActorPronoun, "we", "i", "they");
        Add(WordClass.Pronoun, "it", "he", "she", "you", "them", "us", "him", "me", "itself", "themselves", "ourselves", "one");
        Add(WordClass.Preposition, "to", "in", "for", "with", "by", "from", "on", "at", "over", "under", "across", "through", "into",
            "within", "among", "between", "against", "during", "including", "via", "per", "toward", "towards", "upon", "throughout",
            "after", "before", "since", "until", "amid", "beyond", "as", "than", "like", "without", "around", "about", "of");
        Add(WordClass.Relative, "which", "who", "whom", "whose", "where", "that");
        Add(WordClass.Conjunction, "and", "or", "but", "nor", "while", "whereas", "if", "unless", "so");
        Add(WordClass.WhWord, "whether", "if", "how", "what", "when", "why", "where");
        Add(WordClass.Negation, "not", "never", "n't");
        Add(WordClass.Continuation, "continue", "continues", "keep", "keeps", "reaffirm", "reaffirms", "renew", "renews", "maintain");
        Add(WordClass.LightVerb, "strive", "strives", "seek", "seeks", "endeavor", "endeavour", "try", "aim", "work", "make", "take");
        Add(WordClass.Particle, "up", "out", "forward", "off", "down");
        Add(WordClass.Approximation, "about", "around", "approximately", "nearly", "almost", "over", "some", "roughly", "up",
            "more", "at", "close", "as", "additional", "another", "extra", "further");
        Add(WordClass.TimeTrigger, "in", "by", "before", "until", "till", "through", "from", "during", "starting", "within", "over",
            "for", "across", "the", "since", "between", "next", "this", "a", "an");
        Add(WordClass.Percent, "%", "percent", "pct");
        Add(WordClass.Multiplier, "times", "fold", "per", "each", "every");
        Add(WordClass.Title, "president", "premier", "chancellor", "king", "queen", "minister", "secretary", "ambassador", "prime",
            "vice", "emperor", "sultan", "emir", "amir", "chairman", "chairwoman", "chair", "governor", "senator", "envoy", "leader");
        Add(WordClass.Belief, "believe", "believes", "believed", "hope", "hopes", "hoped", "wish", "wishes", "expect", "expects",
            "expected", "trust", "trusts", "think", "thinks", "convinced", "confident", "sure", "expectation", "expectations",
            "belief", "conviction", "anticipate", "anticipates", "predict", "predicts", "forecast", "forecasts", "estimate",
            "estimates", "assume", "assumes", "feel", "feels", "optimistic", "reported", "reportedly", "allegedly", "rumored", "rumoured");
        Add(WordClass.PartyNoun, "countries", "country", "nations", "nation", "states", "sides", "side", "parties", "party",
            "members", "leaders", "leader", "heads", "governments", "government", "economies", "partners", "republics",
            "presidents", "ministers", "participants", "delegations", "signatories", "administration", "allies", "neighbors",
            "neighbours", "peoples", "capitals", "organizations", "organisations", "regions", "continents");
        Add(WordClass.Month, "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.");
        Add(WordClass.Label, "resolution", "resolutions", "article", "articles", "agenda", "chapter", "section", "goal", "goals",
            "sdg", "sdgs", "phase", "vision", "protocol", "session", "paragraph", "item", "annex", "title", "no.", "no", "number",
            "flight", "route", "highway", "level", "category", "class", "tier", "group", "decision", "act", "law", "convention",
            "round", "part", "covid", "g", "version", "model", "type", "batch", "track", "summit", "forum", "expo", "games");

        string[] ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var i = 0; i < ones.Length; i++) SetValue(WordClass.NumberWord, ones[i], i);
        for (var i = 0; i < tens.Length; i++) SetValue(WordClass.NumberWord, tens[i], 20 + 10 * i);
        SetValue(WordClass.Scale, "hundred", 1e2);
        SetValue(WordClass.Scale, "thousand", 1e3);
        SetValue(WordClass.Scale, "million", 1e6);
        SetValue(WordClass.Scale, "billion", 1e9);
        SetValue(WordClass.Scale, "trillion", 1e12);
        SetValue(WordClass.Scale, "mn", 1e6);
        SetValue(WordClass.Scale, "bn", 1e9);
        SetValue(WordClass.Scale, "tn", 1e12);
        SetValue(WordClass.Scale, "mln", 1e6); // news-agency English: "$20 mln"
        SetValue(WordClass.Scale, "bln", 1e9);
        SetValue(WordClass.Scale, "trln", 1e12);
        SetValue(WordClass.Scale, "lakh", 1e5); // South Asian English: "2 lakh tonnes", "Rs 500 crore"
        SetValue(WordClass.Scale, "lakhs", 1e5);
        SetValue(WordClass.Scale, "crore", 1e7);
        SetValue(WordClass.Scale, "crores", 1e7);
        foreach (var (unit, years) in new (string, double)[]
                 {
                     ("year", 1), ("years", 1), ("decade", 10), ("decades", 10), ("month", 1 / 12.0), ("months", 1 / 12.0),
                     ("century", 100), ("centuries", 100), ("week", 7 / 365.25), ("weeks", 7 / 365.25), ("day", 1 / 365.25),
                     ("days", 1 / 365.25), ("hour", 0), ("hours", 0), ("minute", 0), ("minutes", 0), ("year's", 1), ("years'", 1),
                 })
        {
            var id = vocabulary.Intern(unit);
            classes[id] = classes.GetValueOrDefault(id) | WordClass.TimeUnit;
            _yearsPerUnit[id] = years;
        }

        _classes = new WordClass[vocabulary.Count];
        foreach (var (id, c) in classes) _classes[id] = c;

        void SetValue(WordClass c, string word, double value)
        {
            var id = vocabulary.Intern(word);
            classes[id] = classes.GetValueOrDefault(id) | c;
            _values[id] = value;
        }
    }

    /// <summary>The vocabulary every term the lexicon sees must be interned in.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>The classes of the form with vocabulary id <paramref name="id"/>.</summary>
    public WordClass this[int id] => (uint)id < (uint)_classes.Length ? _classes[id] : WordClass.None;

    /// <summary>True for an adverb: one of the listed ones, or a lower-case word in -ly that is not a verb or a known noun ("supply", "family").</summary>
    public bool IsAdverb(int id)
    {
        var c = this[id];
        if ((c & WordClass.Adverb) != 0) return true;
        if ((c & (WordClass.Verb | WordClass.PartyNoun | WordClass.Month)) != 0 || id < 0) return false;
        if (id >= _lyAdverbs.Length) Array.Resize(ref _lyAdverbs, Math.Max(id + 1, _lyAdverbs.Length * 2));
        var known = _lyAdverbs[id];
        if (known == 0)
        {
            var form = Vocabulary[id];
            _lyAdverbs[id] = known = form.Length >= 5 && form.EndsWith("ly", StringComparison.Ordinal) && !LyNouns.Contains(form) ? (byte)1 : (byte)2;
        }
        return known == 1;
    }

    /// <summary>True when the form has any of <paramref name="classes"/>.</summary>
    public bool Is(int id, WordClass classes) => (this[id] & classes) != 0;

    /// <summary>The value of a number word ("five": 5) or a scale word ("million": 1e6).</summary>
    public bool TryValue(int id, out double value) => _values.TryGetValue(id, out value);

    /// <summary>Years in one time unit ("decades": 10, "months": 1/12).</summary>
    public bool TryYearsPer(int id, out double years) => _yearsPerUnit.TryGetValue(id, out years);

    /// <summary>The id of a form the lexicon interned (for comparisons in the rules).</summary>
    public int Id(string form) => Vocabulary.Intern(form);

    /// <summary><see cref="BaseForm"/> of the form with id <paramref name="id"/>, worked out once per form.</summary>
    public string BaseFormOf(int id)
    {
        if (id >= _baseForms.Length) Array.Resize(ref _baseForms, Math.Max(id + 1, _baseForms.Length * 2));
        return _baseForms[id] ??= BaseForm(Vocabulary[id]);
    }

    /// <summary>The base form of a verb form: "establishing" → "establish", "provides" → "provide", "trained" → "train"; the form itself when unknown.</summary>
    public string BaseForm(string form)
    {
        if (Is(Vocabulary.Find(form), WordClass.Verb)) return form;
        foreach (var candidate in Candidates(form))
            if (Is(Vocabulary.Find(candidate), WordClass.Verb)) return candidate;
        return form;
    }

    private static IEnumerable<string> Candidates(string form)
    {
        if (form.EndsWith("ing", StringComparison.Ordinal) && form.Length > 5)
        {
            var stem = form[..^3];
            yield return stem;
            yield return stem + "e";
            if (stem.Length > 2 && stem[^1] == stem[^2]) yield return stem[..^1];
        }
        if (form.EndsWith("ied", StringComparison.Ordinal)) yield return form[..^3] + "y";
        if (form.EndsWith("ed", StringComparison.Ordinal) && form.Length > 4)
        {
            var stem = form[..^2];
            yield return stem;
            yield return form[..^1];
            if (stem[^1] == stem[^2]) yield return stem[..^1];
        }
        if (form.EndsWith("ies", StringComparison.Ordinal)) yield return form[..^3] + "y";
        if (form.EndsWith("es", StringComparison.Ordinal)) yield return form[..^2];
        if (form.EndsWith('s')) yield return form[..^1];
    }

    private static (string[] Verbs, string[] NounVerbs) ReadVerbs()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(VerbsResource)
                           ?? throw new InvalidOperationException($"The resource {VerbsResource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var verbs = new List<string>();
        var nounVerbs = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            if (line[0] == '~') nounVerbs.Add(line[1..]); else verbs.Add(line);
        }
        return ([.. verbs], [.. nounVerbs]);
    }
}
