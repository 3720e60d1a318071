using System.Globalization;

namespace ArticleLens;

/// <summary>Reads the articles of one file or string, reporting what cannot be read.</summary>
internal static class ArticleSource
{
    public static IEnumerable<Article> FromFile(string path, CorpusOptions options, List<LoadProblem> problems)
    {
        var (reader, problem) = FileDecoder.Open(path, options.Encoding);
        if (problem is not null)
        {
            problems.Add(problem);
            return [];
        }
        return Read(reader!, path, options, problems);
    }

    public static IEnumerable<Article> FromText(string text, string name, CorpusOptions options, List<LoadProblem> problems) =>
        Read(new WholeText(text), name, options, problems);

    private static IEnumerable<Article> Read(TextReader reader, string path, CorpusOptions options, List<LoadProblem> problems)
    {
        var articles = FileFormats.Of(path) switch
        {
            FileFormat.Csv => CsvArticles.Read(reader, path, options, problems, tabs: false),
            FileFormat.Tsv => CsvArticles.Read(reader, path, options, problems, tabs: true),
            FileFormat.JsonLines => JsonLinesArticles.Read(reader, path, options, problems),
            _ => ReadBlocks(reader, path, options, problems),
        };
        return WithUniqueNumbers(Decoded(articles, reader, path, problems), path, problems);
    }

    private static IEnumerable<Article> ReadBlocks(TextReader reader, string path, CorpusOptions options, List<LoadProblem> problems)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        var count = 0;
        var rejected = false;
        foreach (var block in new ArticleBlockReader(reader, options.MaxLineLength).ReadBlocks())
        {
            if (block.Rejected is not null)
            {
                problems.Add(new LoadProblem(path, block.Line, block.Rejected));
                rejected = true;
                continue;
            }
            if (block.Text.AsSpan().IsWhiteSpace()) continue;
            count++;
            yield return ArticleParser.Parse(block, path, count == 1 ? stem : $"{stem}#{count}", problems);
        }
        if (count == 0 && !rejected)
            problems.Add(new LoadProblem(path, 0, "empty file (only whitespace)"));
    }

    /// <summary>Ends the file with a problem, not an exception, when its bytes stop decoding half-way.</summary>
    private static IEnumerable<Article> Decoded(IEnumerable<Article> articles, TextReader reader, string path, List<LoadProblem> problems)
    {
        using (reader)
        {
            using var enumerator = articles.GetEnumerator();
            while (true)
            {
                try
                {
                    if (!enumerator.MoveNext()) yield break;
                }
                catch (Exception e) when (e is System.Text.DecoderFallbackException or IOException)
                {
                    problems.Add(new LoadProblem(path, 0, $"cannot decode the text: {e.Message}"));
                    yield break;
                }
                yield return enumerator.Current;
            }
        }
    }

    /// <summary>A number that comes back within one file is a problem; the later article keeps its text under the id <c>N#2</c>.</summary>
    private static IEnumerable<Article> WithUniqueNumbers(IEnumerable<Article> articles, string path, List<LoadProblem> problems)
    {
        Dictionary<int, (int Line, int Count)>? seen = null;
        (int Number, int Line)? only = null; // most files hold one numbered article: no dictionary for them
        foreach (var article in articles)
        {
            if (article.Number is not { } number)
            {
                yield return article;
                continue;
            }
            if (only is null)
            {
                only = (number, article.Line);
                yield return article;
                continue;
            }
            if (seen is null) (seen = [])[only.Value.Number] = (only.Value.Line, 1);
            if (!seen.TryGetValue(number, out var first))
            {
                seen[number] = (article.Line, 1);
                yield return article;
                continue;
            }
            seen[number] = first with { Count = first.Count + 1 };
            var id = $"{number.ToString(CultureInfo.InvariantCulture)}#{first.Count + 1}";
            problems.Add(new LoadProblem(path, article.Line,
                $"duplicate article number {number} (first at line {first.Line}); this article is loaded with the id {id}"));
            yield return article with { Id = id };
        }
    }
}
