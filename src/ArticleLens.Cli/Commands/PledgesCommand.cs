using System.CommandLine;
using ArticleLens.Cli.Output;
using ArticleLens.Pledges;

namespace ArticleLens.Cli.Commands;

/// <summary><c>pledges</c>: one row per commitment (and per exhortation, modality "need to").</summary>
internal static class PledgesCommand
{
    public static readonly Column<Pledge>[] Columns =
    [
        new("article", p => p.Article),
        new("sentence", p => p.Sentence),
        new("actor", p => p.Actor.Label),
        new("modality", p => p.Modality.Label),
        new("action", p => p.Action),
        new("quantity", p => p.Quantity?.Value),
        new("unit", p => p.Unit),
        new("amountUsd", p => p.AmountUsd),
        new("currency", p => p.Currency),
        new("recipient", p => p.Recipient?.Text),
        new("timeframe", p => p.Timeframe?.Text),
        new("fromYear", p => p.Timeframe?.FromYear),
        new("toYear", p => p.Timeframe?.ToYear),
        new("minYears", p => p.Timeframe?.MinYears),
        new("maxYears", p => p.Timeframe?.MaxYears),
        new("reaffirmation", p => p.Reaffirmation),
        new("text", p => p.ArticleText.AsMemory(p.Start, p.End - p.Start)),
        new("start", p => p.ArticleOffset + p.Start),
        new("end", p => p.ArticleOffset + p.End),
    ];

    /// <summary>
    /// The columns of a table for people: what was pledged, in the pledge's words, money as "USD 500,000,000". CSV and JSON get
    /// every column (the currency and the amount in U.S. dollars apart).
    /// </summary>
    public static readonly Column<Pledge>[] Readable =
    [
        .. Pick("article", "sentence", "actor", "modality", "action"),
        new("quantity", p => p.Quantity is null ? null : p.Currency is null ? p.Quantity.ToString() : $"{p.Currency} {p.Quantity}"),
        .. Pick("unit", "recipient"),
        new("timeframe", p => p.Timeframe?.Years), // resolved: "2022", "5–10 years"
        .. Pick("text"),
    ];

    private static IEnumerable<Column<Pledge>> Pick(params string[] keys) => keys.Select(key => Columns.Single(c => c.Key == key));

    public static Command Create()
    {
        var command = new Command("pledges", "List every commitment with actor, modality, action, quantity, money, recipient and timeframe (the table shows the main columns; csv and json every one)");
        var (paths, format, encoding) = CommonOptions.AddTo(command);
        command.SetAction(parse => Guard.Run(() =>
        {
            var corpus = CommonOptions.Corpus(parse, paths, encoding);
            using var output = Standard.Output();
            var count = Write(corpus, parse.GetValue(format), output);
            output.Flush();
            return Outcome.Report(corpus, count, Console.Error);
        }));
        return command;
    }

    /// <summary>
    /// Writes the pledges of <paramref name="corpus"/> in text order and returns the number of articles read. Articles are
    /// analysed (and their rows encoded) on <see cref="ArticleWorkers{TState}"/> threads, each with its own detector.
    /// </summary>
    public static int Write(Corpus corpus, OutputFormat format, TextWriter output)
    {
        var count = 0;
        var articles = corpus.Select(a => { Interlocked.Increment(ref count); return a; });
        ArticleRows.Write(articles, () => new PledgeDetector(), (detector, article, rows) => detector.Find(article, rows),
            format == OutputFormat.Table ? Readable : Columns, format, output);
        return count;
    }
}
