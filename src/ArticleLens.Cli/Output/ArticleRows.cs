namespace ArticleLens.Cli.Output;

/// <summary>
/// Rows found article by article on <see cref="ArticleWorkers{TState}"/> threads and printed in article order. Each worker also
/// encodes its articles' rows (a table's once <see cref="TableWriter"/> has its layout), so the printing thread only copies bytes
/// and never becomes the bottleneck of a command with many rows.
/// </summary>
internal static class ArticleRows
{
    /// <summary>
    /// Adds the rows of each article (<paramref name="find"/>, run with a worker's own state from <paramref name="createState"/>)
    /// and writes them as <see cref="RowWriter.Write{T}"/> would.
    /// </summary>
    public static void Write<TState, T>(IEnumerable<Article> articles, Func<TState> createState, Action<TState, Article, List<T>> find,
        IReadOnlyList<Column<T>> columns, OutputFormat format, TextWriter output)
        where TState : class
    {
        if (format is not (OutputFormat.Json or OutputFormat.Csv))
        {
            TableWriter.Write(articles, createState, find, columns, output);
            return;
        }
        var encoders = new ArticleWorkers<Worker<TState, T>>(() => new Worker<TState, T>(createState(), new RowEncoder<T>(columns, format)));
        RowWriter.WriteEncoded(encoders.Map(articles, (worker, article) => worker.Encode(article, find)), columns, format, output);
    }

    /// <summary>One worker thread's analysis state, encoder and row list (reused from article to article).</summary>
    private sealed class Worker<TState, T>(TState state, RowEncoder<T> encoder)
    {
        private readonly List<T> _rows = [];

        public EncodedRows Encode(Article article, Action<TState, Article, List<T>> find)
        {
            try
            {
                find(state, article, _rows);
                foreach (var row in _rows) encoder.Add(row);
                return encoder.Take();
            }
            finally
            {
                _rows.Clear(); // rows may hold their article's text: let it go
            }
        }
    }
}
