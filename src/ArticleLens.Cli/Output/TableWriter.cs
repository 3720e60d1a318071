namespace ArticleLens.Cli.Output;

/// <summary>
/// Prints rows as one box-drawn table, streamed: the first <see cref="Sample"/> rows decide the layout
/// (<see cref="TableLayout{T}"/>), then each row is encoded as it comes (<see cref="TableEncoder{T}"/>), so a million rows print
/// as one table in flat memory. Found article by article, rows are encoded on the worker threads once the layout is known.
/// </summary>
internal static class TableWriter
{
    /// <summary>Rows read before the columns are sized.</summary>
    public const int Sample = 1000;

    private const int Chunk = 1 << 16;

    /// <summary>
    /// Prints <paramref name="rows"/>, encoded on the calling thread, fitted to <paramref name="width"/> (default: <see cref="Width"/>);
    /// no rows print the header alone.
    /// </summary>
    public static void Write<T>(IEnumerable<T> rows, IReadOnlyList<Column<T>> columns, TextWriter output, bool header = true, int? width = null)
    {
        using var each = rows.GetEnumerator();
        var sample = new List<T>();
        while (sample.Count < Sample && each.MoveNext()) sample.Add(each.Current);
        var encoder = Start(columns, sample, output, header, width);
        while (each.MoveNext())
        {
            encoder.Add(each.Current);
            if (encoder.Length >= Chunk) RowWriter.Print(encoder.Take(), output);
        }
        encoder.AddBottom();
        RowWriter.Print(encoder.Take(), output);
    }

    /// <summary>
    /// Prints the rows <paramref name="find"/> gives for each article, in article order. Workers hand back their first rows as
    /// found, for the layout; once it is known they encode their rows themselves, and this thread only copies bytes.
    /// </summary>
    public static void Write<TState, T>(IEnumerable<Article> articles, Func<TState> createState, Action<TState, Article, List<T>> find,
        IReadOnlyList<Column<T>> columns, TextWriter output)
        where TState : class
    {
        TableLayout<T>? layout = null; // published to the workers once the sample is in
        TableEncoder<T>? encoder = null; // this thread's, for rows found before the workers saw the layout
        var sample = new List<T>();
        var workers = new ArticleWorkers<Worker<TState, T>>(() => new Worker<TState, T>(createState()));
        foreach (var (rows, encoded) in workers.Map(articles, (worker, article) => worker.Run(article, find, Volatile.Read(ref layout))))
        {
            if (rows is null)
            {
                RowWriter.Print(encoded, output);
                continue;
            }
            foreach (var row in rows)
            {
                if (encoder is not null)
                {
                    encoder.Add(row);
                    continue;
                }
                sample.Add(row);
                if (sample.Count < Sample) continue;
                encoder = Start(columns, sample, output, header: true);
                Volatile.Write(ref layout, encoder.Layout);
            }
            if (encoder is not null) RowWriter.Print(encoder.Take(), output);
        }
        encoder ??= Start(columns, sample, output, header: true);
        encoder.AddBottom();
        RowWriter.Print(encoder.Take(), output);
    }

    /// <summary>The width tables fit: the terminal's when <paramref name="output"/> is the console on one, else 200.</summary>
    public static int Width(TextWriter output)
    {
        const int Redirected = 200;
        if (Console.IsOutputRedirected || output != Console.Out && output is not Standard.NonClosing) return Redirected;
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : Redirected;
        }
        catch (IOException)
        {
            return Redirected;
        }
    }

    /// <summary>Lays the table out for <paramref name="sample"/> and prints its top and the sampled rows.</summary>
    private static TableEncoder<T> Start<T>(IReadOnlyList<Column<T>> columns, List<T> sample, TextWriter output, bool header, int? width = null)
    {
        var encoder = new TableEncoder<T>(TableLayout<T>.Of(columns, sample, width ?? Width(output), header));
        encoder.AddTop();
        foreach (var row in sample) encoder.Add(row);
        RowWriter.Print(encoder.Take(), output);
        return encoder;
    }

    /// <summary>One worker thread's analysis state and, once the layout is known, its encoder.</summary>
    private sealed class Worker<TState, T>(TState state)
    {
        private readonly List<T> _rows = [];
        private TableEncoder<T>? _encoder;

        /// <summary>The article's rows as found while there is no layout, else encoded.</summary>
        public (List<T>? Rows, EncodedRows Encoded) Run(Article article, Action<TState, Article, List<T>> find, TableLayout<T>? layout)
        {
            if (layout is null)
            {
                var rows = new List<T>();
                find(state, article, rows);
                return (rows, EncodedRows.Empty);
            }
            if (_encoder?.Layout != layout) _encoder = new TableEncoder<T>(layout);
            try
            {
                find(state, article, _rows);
                foreach (var row in _rows) _encoder.Add(row);
                return (null, _encoder.Take());
            }
            finally
            {
                _rows.Clear(); // rows may hold their article's text: let it go
            }
        }
    }
}
