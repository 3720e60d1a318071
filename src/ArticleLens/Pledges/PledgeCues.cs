using ArticleLens.Text;

namespace ArticleLens.Pledges;

/// <summary>The patterns of the pledge grammar: modal cues, currencies and multi-word actors, in the library's pattern vocabulary.</summary>
internal static class PledgeCues
{
    /// <summary>Modal cues: pattern, modality, whether the cue is itself a verb, and its action when no verb follows.</summary>
    public static readonly (string Pattern, PledgeModality Modality, bool IsVerb, string? Lemma)[] Modals =
    [
        ("will", PledgeModality.Will, false, null),
        ("shall", PledgeModality.Will, false, null),
        ("would", PledgeModality.Will, false, null), // only after "said", "announced", ...: see Cue.NeedsAnnouncer
        ("expressed his intention to", PledgeModality.Will, false, "intend"),
        ("expressed her intention to", PledgeModality.Will, false, "intend"),
        ("expressed its intention to", PledgeModality.Will, false, "intend"),
        ("expressed their intention to", PledgeModality.Will, false, "intend"),
        ("announced its intention to", PledgeModality.Will, false, "intend"),
        ("expressed readiness to", PledgeModality.ReadyTo, false, null),
        ("expressed its readiness to", PledgeModality.ReadyTo, false, null),
        ("conveyed its readiness to", PledgeModality.ReadyTo, false, null),
        ("expressed willingness to", PledgeModality.ReadyTo, false, null),
        ("expressed its willingness to", PledgeModality.ReadyTo, false, null),
        ("commit to", PledgeModality.Will, false, "commit"),
        ("commits to", PledgeModality.Will, false, "commit"),
        ("committed to", PledgeModality.Will, false, "commit"),
        ("committing to", PledgeModality.Will, false, "commit"),
        ("reaffirm our commitment to", PledgeModality.Will, false, "reaffirm"),
        ("reaffirm their commitment to", PledgeModality.Will, false, "reaffirm"),
        ("reaffirms its commitment to", PledgeModality.Will, false, "reaffirm"),
        ("renew our commitment to", PledgeModality.Will, false, "reaffirm"),
        ("pledge to", PledgeModality.Will, false, "pledge"),
        ("pledge", PledgeModality.Will, true, "pledge"), // "We pledge 500,000 euros to the WFP"
        ("pledges", PledgeModality.Will, true, "pledge"),
        ("pledged", PledgeModality.Will, true, "pledge"),       // before an amount only: see Cue.NeedsAmount
        ("committed", PledgeModality.Will, true, "commit"),
        ("announced", PledgeModality.Will, true, "announce"),
        ("pledges to", PledgeModality.Will, false, "pledge"),
        ("pledged to", PledgeModality.Will, false, "pledge"),
        ("undertake to", PledgeModality.Will, false, "undertake"),
        ("undertakes to", PledgeModality.Will, false, "undertake"),
        ("undertook to", PledgeModality.Will, false, "undertake"),
        ("vow to", PledgeModality.Will, false, "vow"),
        ("vows to", PledgeModality.Will, false, "vow"),
        ("vowed to", PledgeModality.Will, false, "vow"),
        ("intend to", PledgeModality.Will, false, "intend"),
        ("intends to", PledgeModality.Will, false, "intend"),
        ("plan to", PledgeModality.Will, false, "plan"),
        ("plans to", PledgeModality.Will, false, "plan"),
        ("decide to", PledgeModality.Will, false, "decide"),
        ("decides to", PledgeModality.Will, false, "decide"),
        ("decided to", PledgeModality.Will, false, "decide"),
        ("agree to", PledgeModality.Will, false, "agree"),
        ("agrees to", PledgeModality.Will, false, "agree"),
        ("agreed to", PledgeModality.Will, false, "agree"),
        ("resolve to", PledgeModality.Will, false, "resolve"),
        ("resolved to", PledgeModality.Will, false, "resolve"),
        ("determined to", PledgeModality.Will, false, "resolve"),
        ("ready to", PledgeModality.ReadyTo, false, null),
        ("willing to", PledgeModality.ReadyTo, false, null),
        ("prepared to", PledgeModality.ReadyTo, false, null),
        ("propose", PledgeModality.Propose, true, "propose"),
        ("proposes", PledgeModality.Propose, true, "propose"),
        ("suggest", PledgeModality.Propose, true, "suggest"),
        ("suggests", PledgeModality.Propose, true, "suggest"),
        ("call for", PledgeModality.CallFor, true, "call for"),
        ("calls for", PledgeModality.CallFor, true, "call for"),
        ("call on", PledgeModality.CallFor, true, "call on"),
        ("calls on", PledgeModality.CallFor, true, "call on"),
        ("call upon", PledgeModality.CallFor, true, "call on"),
        ("calls upon", PledgeModality.CallFor, true, "call on"),
        ("urge", PledgeModality.CallFor, true, "urge"),
        ("urges", PledgeModality.CallFor, true, "urge"),
        ("support", PledgeModality.Support, true, "support"),
        ("supports", PledgeModality.Support, true, "support"),
        ("endorse", PledgeModality.Support, true, "endorse"),
        ("endorses", PledgeModality.Support, true, "endorse"),
        ("need to", PledgeModality.NeedTo, false, null),
        ("needs to", PledgeModality.NeedTo, false, null),
        ("must", PledgeModality.NeedTo, false, null),
        ("should", PledgeModality.NeedTo, false, null),
        ("ought to", PledgeModality.NeedTo, false, null),
        ("let us", PledgeModality.NeedTo, false, null),
    ];

    /// <summary>
    /// Currencies: pattern (a leading = makes it case-sensitive), ISO 4217 code (empty: ambiguous, so the amount is not read),
    /// before the amount, after it. "$" with a
    /// prefix ("A$", "HK$") is read by <see cref="DollarPrefixes"/>.
    /// </summary>
    public static readonly (string Pattern, string Iso, bool Before, bool After)[] Currencies =
    [
        ("$", "USD", true, false), ("US$", "USD", true, false), ("=USD", "USD", true, true),
        ("U.S. dollars", "USD", false, true), ("US dollars", "USD", false, true), ("United States dollars", "USD", false, true),
        ("American dollars", "USD", false, true), ("dollars", "USD", false, true), ("U.S. dollar", "USD", false, true),
        ("US dollar", "USD", false, true), ("dollar", "USD", false, true), // "a 1 billion dollar fund"
        ("=RMB", "CNY", true, true), ("=CNY", "CNY", true, true), ("yuan", "CNY", false, true), ("renminbi", "CNY", false, true),
        ("yuan renminbi", "CNY", false, true),
        ("€", "EUR", true, false), ("=EUR", "EUR", true, true), ("euros", "EUR", false, true), ("euro", "EUR", false, true),
        ("£", "GBP", true, false), ("=GBP", "GBP", true, true), ("pounds sterling", "GBP", false, true),
        ("British pounds", "GBP", false, true),
        ("=JPY", "JPY", true, true), ("yen", "JPY", false, true),
        ("rubles", "RUB", false, true), ("roubles", "RUB", false, true), ("=RUB", "RUB", true, true),
        ("=INR", "INR", true, true), ("rupees", "INR", false, true), ("Indian rupees", "INR", false, true),
        ("=Rs", "INR", true, false), ("=Rs.", "INR", true, false), ("₹", "INR", true, false),
        ("=AUD", "AUD", true, true), ("Australian dollars", "AUD", false, true),
        ("=CAD", "CAD", true, true), ("Canadian dollars", "CAD", false, true),
        ("=HKD", "HKD", true, true), ("Hong Kong dollars", "HKD", false, true),
        ("=CHF", "CHF", true, true), ("Swiss francs", "CHF", false, true),
        ("=KRW", "KRW", true, true), ("won", "KRW", false, true), ("Korean won", "KRW", false, true),
        ("=SAR", "SAR", true, true), ("riyals", "SAR", false, true), ("Saudi riyals", "SAR", false, true),
        ("=AED", "AED", true, true), ("dirhams", "AED", false, true), ("UAE dirhams", "AED", false, true),
        ("=BRL", "BRL", true, true), ("reais", "BRL", false, true), ("Brazilian reais", "BRL", false, true),
        ("=ZAR", "ZAR", true, true), ("rand", "ZAR", false, true), ("South African rand", "ZAR", false, true),
        ("=TRY", "TRY", true, true), ("=TL", "TRY", true, false), ("Turkish lira", "TRY", false, true),
        ("=KZT", "KZT", true, true), ("tenge", "KZT", false, true),
        ("=SGD", "SGD", true, true), ("Singapore dollars", "SGD", false, true),
        ("=NZD", "NZD", true, true), ("New Zealand dollars", "NZD", false, true),
        ("=DKK", "DKK", true, true), ("Danish kroner", "DKK", false, true), ("=NOK", "NOK", true, true),
        ("Norwegian kroner", "NOK", false, true), ("=SEK", "SEK", true, true), ("Swedish kronor", "SEK", false, true),
        ("=PLN", "PLN", true, true), ("zloty", "PLN", false, true), ("zlotys", "PLN", false, true), ("=CZK", "CZK", true, true),
        ("=HUF", "HUF", true, true), ("forints", "HUF", false, true), ("=MXN", "MXN", true, true), ("Mexican pesos", "MXN", false, true),
        ("=ARS", "ARS", true, true), ("Argentine pesos", "ARS", false, true), ("=CLP", "CLP", true, true),
        ("Chilean pesos", "CLP", false, true), ("Colombian pesos", "COP", false, true), ("=PHP", "PHP", true, true),
        ("Philippine pesos", "PHP", false, true), ("=IDR", "IDR", true, true), ("rupiah", "IDR", false, true),
        ("=THB", "THB", true, true), ("baht", "THB", false, true), ("=MYR", "MYR", true, true), ("ringgit", "MYR", false, true),
        ("=VND", "VND", true, true), ("=EGP", "EGP", true, true), ("Egyptian pounds", "EGP", false, true), ("=NGN", "NGN", true, true),
        ("naira", "NGN", false, true), ("=PKR", "PKR", true, true), ("Pakistani rupees", "PKR", false, true), ("=BDT", "BDT", true, true),
        ("taka", "BDT", false, true), ("=LKR", "LKR", true, true), ("Sri Lankan rupees", "LKR", false, true), ("=ILS", "ILS", true, true),
        ("shekels", "ILS", false, true), ("=QAR", "QAR", true, true), ("Qatari riyals", "QAR", false, true), ("=KWD", "KWD", true, true),
        ("Kuwaiti dinars", "KWD", false, true), ("=UAH", "UAH", true, true), ("hryvnias", "UAH", false, true), ("=KES", "KES", true, true),
        ("Kenyan shillings", "KES", false, true), ("=XOF", "XOF", true, true), ("=XAF", "XAF", true, true), ("=UZS", "UZS", true, true),
        ("=KGS", "KGS", true, true), ("=TJS", "TJS", true, true), ("somoni", "TJS", false, true), ("=TMT", "TMT", true, true),
        ("=MNT", "MNT", true, true), ("=ETB", "ETB", true, true), ("birr", "ETB", false, true), ("=TWD", "TWD", true, true),
        // Names several countries share, and "pounds" that may weigh: an amount in them is not read (Iso empty).
        ("kroner", "", false, true), ("kronor", "", false, true), ("krone", "", false, true), ("pesos", "", false, true),
        ("dinars", "", false, true), ("shillings", "", false, true), ("francs", "", false, true), ("CFA francs", "", false, true),
        ("rials", "", false, true), ("manat", "", false, true), ("pounds", "", false, true), ("som", "", false, true),
    ];

    /// <summary>The dollars written as a prefix glued to "$": "A$ 5 million" is Australian. Any other prefix is not read as money.</summary>
    public static readonly IReadOnlyDictionary<string, string> DollarPrefixes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["US"] = "USD", ["U.S."] = "USD", ["A"] = "AUD", ["AU"] = "AUD", ["C"] = "CAD", ["CA"] = "CAD", ["CAN"] = "CAD",
        ["NZ"] = "NZD", ["HK"] = "HKD", ["S"] = "SGD", ["SG"] = "SGD", ["R"] = "BRL", ["NT"] = "TWD", ["Mex"] = "MXN",
    };

    /// <summary>Past-tense cue words ("committed" is left out: "we are committed to" is the present).</summary>
    private static readonly HashSet<string> PastTense = ["pledged", "announced", "vowed", "undertook", "decided", "agreed", "resolved",
        "promised"];

    /// <summary>Multi-word actors that name no country (single words and "the two sides" are read by rule).</summary>
    public static readonly string[] GenericActors = ["heads of state", "heads of government", "international community"];

    /// <summary>Every pattern of the grammar with its cue, parties from <paramref name="parties"/> included.</summary>
    public static IEnumerable<(Pattern, Cue)> Entries(IPartyNames parties)
    {
        foreach (var (pattern, modality, isVerb, lemma) in Modals)
            yield return (Pattern.Parse(pattern), new Cue { Kind = CueKind.Modal, Modality = modality, IsVerb = isVerb, Lemma = lemma,
                ImpliedActor = pattern == "let us" ? "we" : null, Reaffirms = lemma == "reaffirm", NeedsAnnouncer = pattern == "would",
                NeedsAmount = pattern is "pledged" or "committed" or "announced",
                IsPast = PastTense.Contains(pattern.Split(' ')[0]) });
        foreach (var (pattern, iso, before, after) in Currencies)
            yield return (pattern[0] == '=' ? Pattern.CaseSensitive(pattern[1..]) : Pattern.Parse(pattern),
                new Cue { Kind = CueKind.Currency, Currency = iso, Before = before, After = after });
        foreach (var actor in GenericActors)
            yield return (Pattern.Parse(actor), new Cue { Kind = CueKind.GenericActor });
        foreach (var (pattern, party) in parties.Names)
            yield return (pattern, new Cue { Kind = CueKind.Party, Party = party });
        foreach (var (pattern, party) in parties.Capitals)
            yield return (pattern, new Cue { Kind = CueKind.Capital, Party = party });
        foreach (var pattern in parties.NotParties)
            yield return (pattern, new Cue { Kind = CueKind.NotParty });
    }

    /// <summary>
    /// Words of which a sentence must hold one to carry a pledge: the longest word of each modal cue, with the word that
    /// follows it in the cue (null when it ends the cue): "ready" then "to", "will" alone.
    /// </summary>
    public static IEnumerable<(string Word, string? Next)> Needles() =>
        Modals.Select(m => m.Pattern.Split(' ')).Select(words =>
        {
            var longest = Array.IndexOf(words, words.MaxBy(w => w.Length));
            return (words[longest], longest + 1 < words.Length ? words[longest + 1] : null);
        }).Distinct();
}
