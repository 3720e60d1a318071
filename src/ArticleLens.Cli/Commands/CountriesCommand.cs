using System.CommandLine;
using ArticleLens.Cli.Output;
using ArticleLens.Cli.Report;
using ArticleLens.Countries;

namespace ArticleLens.Cli.Commands;

/// <summary><c>countries</c>: how often each country (and, when asked, each regional group) is named.</summary>
internal static class CountriesCommand
{
    public static readonly Column<CountryRow>[] Columns =
    [
        new("iso3", r => r.Iso3),
        new("country", r => r.Country),
        new("mentions", r => r.Mentions),
        new("articles", r => r.Articles),
    ];

    /// <summary>The kind breakdown (<c>--kinds</c>): <c>name</c> counts common and official names.</summary>
    public static readonly Column<CountryRow>[] KindColumns =
    [
        new("name", r => r.Names + r.OfficialNames),
        new("demonym", r => r.Demonyms),
        new("alias", r => r.Aliases),
        new("capital", r => r.Capitals),
    ];

    private static readonly Column<CountryRow> ArticleColumn = new("article", r => r.Article);

    public static IReadOnlyList<Column<CountryRow>> ColumnsFor(CountryTableBy by, bool kinds) =>
        [.. by == CountryTableBy.Article ? [ArticleColumn] : Array.Empty<Column<CountryRow>>(), .. Columns, .. kinds ? KindColumns : []];

    public static Command Create()
    {
        var command = new Command("countries", "Count the countries each article names (names, official names, aliases, demonyms); " +
                                               "currencies such as \"U.S. dollars\" are not mentions");
        var (paths, format, encoding) = CommonOptions.AddTo(command);
        var by = new Option<CountryTableBy>("--by")
        {
            Description = "One row per country over the corpus, or per country and article: corpus or article",
            DefaultValueFactory = _ => CountryTableBy.Corpus,
        };
        var groups = new Option<bool>("--groups") { Description = "Add regional groups (Central Asia, ASEAN, the EU, G7...) as their own rows; never added to members' counts" };
        var capitals = new Option<bool>("--include-capitals") { Description = "Count capitals as mentions of their country (\"Beijing\" for China)" };
        var kinds = new Option<bool>("--kinds") { Description = "Add the breakdown by kind: name, demonym, alias, capital (name counts official names too)" };
        command.Options.Add(by);
        command.Options.Add(groups);
        command.Options.Add(capitals);
        command.Options.Add(kinds);
        command.SetAction(parse => Guard.Run(() =>
        {
            var corpus = CommonOptions.Corpus(parse, paths, encoding);
            var options = parse.GetValue(capitals) ? CountryOptions.WithCapitals : CountryOptions.Default;
            var table = Count(corpus, options, parse.GetValue(by));
            if (table.ArticleCount == 0) return Outcome.Report(corpus, 0, Console.Error);
            var rows = parse.GetValue(groups) ? table : table.Where(r => !r.IsGroup);
            RowWriter.Write(rows, ColumnsFor(table.By, parse.GetValue(kinds)), parse.GetValue(format), Console.Out);
            return Outcome.Report(corpus, table.ArticleCount, Console.Error);
        }));
        return command;
    }

    private const int SectionRows = 25;

    /// <summary>The main job's section: the country table of the corpus with groups and the kind breakdown, capitals off.</summary>
    public static void PrintSection(CorpusAnalyses analyses, OutputFormat format, TextWriter output)
    {
        var table = analyses.Countries;
        output.WriteLine(table.Count > SectionRows ? $"{table}; the {SectionRows} most mentioned (all rows: the countries command, or the report)" : table.ToString());
        RowWriter.Write(table.Take(SectionRows), ColumnsFor(table.By, kinds: true), format, output);
    }

    /// <summary>The report's part: mentions per country as bars, and the country table with groups and kinds as CSV.</summary>
    public static void AddToReport(HtmlReport report, CorpusAnalyses analyses)
    {
        var table = analyses.Countries;
        report.Section("countries", "Countries",
                $"{table}. Names, official names, aliases and demonyms count; capitals (venues) and currencies such as \"U.S. dollars\" do not; " +
                "regional groups are their own rows, never added to their members.")
            .Bars([.. table.Countries.Take(25).Select(r => (r.Country, (double)r.Mentions))], "Mentions per country (top 25)")
            .Table("countries", table, ColumnsFor(table.By, kinds: true));
    }

    /// <summary>Counts the corpus on every core, like the other analyses: one matcher per worker, mentions tallied in article order.</summary>
    public static CountryTable Count(Corpus corpus, CountryOptions options, CountryTableBy by)
    {
        var gazetteer = Gazetteer.Default;
        var workers = new ArticleWorkers<CountryMatcher>(() => new CountryMatcher(gazetteer, options));
        return CountryTable.Of(workers.Map(corpus, (matcher, article) => (article, matcher.Find(article))), by);
    }
}
