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
        return Read(reader!, path, problems);
    }

    public static IEnumerable<Article> FromText(string text, string name, List<LoadProblem> problems) =>
        Read(new StringReader(text), name, problems);

    private static IEnumerable<Article> Read(TextReader reader, string path, List<LoadProblem> problems)
    {
        using (reader)
        {
            var stem = Path.GetFileNameWithoutExtension(path);
            var count = 0;
            var any = false;
            using var blocks = new ArticleBlockReader(reader).ReadBlocks().GetEnumerator();
            while (true)
            {
                ArticleBlock block;
                try
                {
                    if (!blocks.MoveNext()) break;
                    block = blocks.Current;
                }
                catch (Exception e) when (e is System.Text.DecoderFallbackException or IOException)
                {
                    problems.Add(new LoadProblem(path, 0, $"cannot decode the text: {e.Message}"));
                    yield break;
                }
                if (block.Text.AsSpan().IsWhiteSpace()) continue;
                count++;
                any = true;
                var id = count == 1 ? stem : $"{stem}#{count}";
                yield return ArticleParser.Parse(block, path, id, problems);
            }
            if (!any)
                problems.Add(new LoadProblem(path, 0, "empty file (only whitespace)"));
        }
    }
}
