using ArticleLens.Cli.Output;
using ArticleLens.Pledges;

namespace ArticleLens.Cli.Commands;

/// <summary>The main job's pledge section: the quantified commitments of the corpus as a table.</summary>
internal static class PledgesSection
{
    /// <summary>The columns a person reads first; JSON and CSV get all of <see cref="PledgesCommand.Columns"/>.</summary>
    public static readonly Column<Pledge>[] Compact =
    [
        new("article", p => p.Article),
        new("sentence", p => p.Sentence),
        new("actor", p => p.Actor.Label),
        new("action", p => p.Action),
        new("quantity", p => p.Quantity?.ToString()),
        new("unit", p => p.Unit),
        new("currency", p => p.Currency),
        new("amountUsd", p => p.AmountUsd is { } usd ? $"{usd:N0}" : null),
        new("recipient", p => p.Recipient?.Text),
        new("timeframe", p => p.Timeframe?.Years),
    ];

    public static void Write(Corpus corpus, OutputFormat format, TextWriter output)
    {
        var table = PledgeTable.Of(corpus);
        output.WriteLine(table);
        var quantified = table.Commitments.Quantified;
        RowWriter.Write(quantified, format == OutputFormat.Table ? Compact : PledgesCommand.Columns, format, output);
    }
}
