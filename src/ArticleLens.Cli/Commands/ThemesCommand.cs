using System.CommandLine;
using ArticleLens.Cli.Output;
using ArticleLens.Themes;

namespace ArticleLens.Cli.Commands;

/// <summary><c>themes</c>: theme frequencies by corpus, article or sentence, with the default or a user lexicon.</summary>
internal static class ThemesCommand
{
    /// <summary>The rows' keys by corpus; grouped rows add <c>article</c> (and <c>sentence</c>) in front.</summary>
    public static readonly Column<ThemeRow>[] Columns =
    [
        new("theme", r => r.Theme),
        new("hits", r => r.Hits),
        new("sentences", r => r.Sentences),
        new("articles", r => r.Articles),
        new("perThousandWords", r => r.PerThousandWords),
    ];

    /// <summary>Matching threads, one matcher each, besides the reader (as the other analyses run).</summary>
    private static readonly int Threads = Environment.ProcessorCount;

    private static readonly Column<ThemeRow> ArticleColumn = new("article", r => r.Article);
    private static readonly Column<ThemeRow> SentenceColumn = new("sentence", r => r.Sentence);

    /// <summary>The columns for rows grouped by <paramref name="by"/>.</summary>
    public static Column<ThemeRow>[] ColumnsBy(ThemeGrouping by) => by switch
    {
        ThemeGrouping.Article => [ArticleColumn, .. Columns],
        ThemeGrouping.Sentence => [ArticleColumn, SentenceColumn, .. Columns],
        _ => Columns,
    };

    public static Command Create()
    {
        var command = new Command("themes", "Count the themes of a lexicon (default: diplomatic themes) by corpus, article or sentence");
        var (paths, format, encoding) = CommonOptions.AddTo(command);
        var lexiconOption = new Option<string?>("--lexicon", "-l") { Description = "YAML lexicon in quanteda's shape (theme: [pattern, ...]) [default: built-in]" };
        var by = new Option<ThemeGrouping>("--by") { Description = "Rows per corpus, article or sentence", DefaultValueFactory = _ => ThemeGrouping.Corpus };
        var print = new Option<bool>("--print-lexicon") { Description = "Print the lexicon as YAML (to copy and edit) and exit" };
        command.Options.Add(lexiconOption);
        command.Options.Add(by);
        command.Options.Add(print);
        command.SetAction(parse => Guard.Run(() =>
        {
            var file = parse.GetValue(lexiconOption);
            if (parse.GetValue(print))
            {
                Console.Out.Write(file is null ? Lexicon.DefaultText : Lexicon.Load(file).ToYaml());
                return Outcome.Ok;
            }
            var lexicon = file is null ? Lexicon.Default : Lexicon.Load(file);
            var corpus = CommonOptions.Corpus(parse, paths, encoding);
            var grouping = parse.GetValue(by);
            var count = 0;
            var articles = corpus.Select(a => { count++; return a; });
            var rows = grouping == ThemeGrouping.Corpus
                ? ThemeTable.Of(articles.Lookup(lexicon, Threads))
                : ThemeTable.RowsOf(articles, lexicon, grouping, Threads);
            RowWriter.Write(rows, ColumnsBy(grouping), parse.GetValue(format), Console.Out);
            return Outcome.Report(corpus, count, Console.Error);
        }));
        return command;
    }

    /// <summary>The main job's section: the ten top themes of the default lexicon of the corpus.</summary>
    public static void PrintTopThemes(CorpusAnalyses analyses, OutputFormat format, TextWriter output)
    {
        var table = analyses.Themes;
        output.WriteLine(table.ToString());
        RowWriter.Write(table.Top(10), Columns, format, output);
    }
}
