namespace ArticleLens.Pledges;

/// <summary>
/// One commitment (or, with modality <c>need to</c>, one exhortation): who, how binding, what action, how much, for whom and when,
/// with the span of its words in the article's text so it can always be shown in its sentence.
/// </summary>
public sealed record Pledge
{
    /// <summary>Id of the article the pledge is in.</summary>
    public required string Article { get; init; }

    /// <summary>The file the article came from.</summary>
    public required string Path { get; init; }

    /// <summary>Offset of the article's text in its file's decoded text (add it to <see cref="Start"/> for a file offset).</summary>
    public int ArticleOffset { get; init; }

    /// <summary>1-based index of the sentence in the article body.</summary>
    public required int Sentence { get; init; }

    /// <summary>UTF-16 offset of the pledge's first character in the article's text.</summary>
    public required int Start { get; init; }

    /// <summary>Offset just past the pledge's last character.</summary>
    public required int End { get; init; }

    /// <summary>The text of the article the pledge is in (the article's own string, shared, not copied).</summary>
    public required string ArticleText { get; init; }

    /// <summary>Offset of the sentence in the article's text (<see cref="Start"/> − this is where the pledge starts in the sentence).</summary>
    public required int SentenceStart { get; init; }

    /// <summary>Offset just past the sentence's last character.</summary>
    public required int SentenceEnd { get; init; }

    /// <summary>The pledge's words: from the actor (or the coordinated verb) to the end of its clause.</summary>
    public string Text => ArticleText[Start..End];

    /// <summary>The whole sentence the pledge is in.</summary>
    public string SentenceText => ArticleText[SentenceStart..SentenceEnd];

    /// <summary>Who commits: "China" (CHN), "the Chinese government" (CHN), "we", "all parties".</summary>
    public required PledgeParty Actor { get; init; }

    /// <summary>How binding: will, ready to, propose, call for, support, need to.</summary>
    public required PledgeModality Modality { get; init; }

    /// <summary>The action's verb in its base form: "provide", "speed up", "establish".</summary>
    public required string Action { get; init; }

    /// <summary>True when the pledge continues earlier action: "continue to provide", "keep supporting", "reaffirm".</summary>
    public bool Reaffirmation { get; init; }

    /// <summary>How much, when the pledge states a number with a unit or a currency.</summary>
    public PledgeQuantity? Quantity { get; init; }

    /// <summary>The thing counted ("doses of vaccine", "government scholarships", "pairs"), or what money is for ("grant assistance").</summary>
    public string? Unit { get; init; }

    /// <summary>ISO 4217 code of the money pledged ("USD", "CNY", "EUR"), when the quantity is money.</summary>
    public string? Currency { get; init; }

    /// <summary>
    /// The amount in U.S. dollars when the pledge is stated in U.S. dollars, or when the text gives its dollars beside another
    /// currency ("AED 367 million (USD 100 million)"). No exchange rates are applied.
    /// </summary>
    public double? AmountUsd => Currency == "USD" ? Quantity?.Value : UsdEquivalent;

    /// <summary>The U.S. dollars the text states beside an amount in another currency, if any.</summary>
    public double? UsdEquivalent { get; init; }

    /// <summary>Who receives: "Central Asian countries", "the five countries", "Ukraine", when the text names them.</summary>
    public PledgeParty? Recipient { get; init; }

    /// <summary>When: the timeframe of the pledge's clause, or the one its sentence states once for all its pledges.</summary>
    public PledgeTimeframe? Timeframe { get; init; }

    /// <summary>True for a commitment, false for an exhortation (<c>need to</c>).</summary>
    public bool IsCommitment => Modality.IsCommitment;

    /// <summary>True when the pledge states a quantity (or an amount of money).</summary>
    public bool IsQuantified => Quantity is not null;

    /// <summary>One line: "599:44 CHN will provide 50,000,000 doses of vaccine → Central Asian countries [2022]".</summary>
    public override string ToString()
    {
        var quantity = Quantity is null ? "" : $" {Quantity}{(Currency is null ? "" : " " + Currency)}{(Unit is null ? "" : " " + Unit)}";
        var recipient = Recipient is null ? "" : $" → {Recipient.Text}";
        var when = Timeframe is null ? "" : $" [{(Timeframe.Years.Length > 0 ? Timeframe.Years : Timeframe.Text)}]";
        return $"{Article}:{Sentence} {Actor.Label} {Modality} {(Reaffirmation ? "continue to " : "")}{Action}{quantity}{recipient}{when}";
    }
}
