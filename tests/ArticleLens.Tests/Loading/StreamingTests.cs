namespace ArticleLens.Tests.Loading;

public class StreamingTests
{
    /// <summary>An endless text: each call hands out the next piece of an infinite series of records, counting what it gave.</summary>
    private sealed class EndlessReader(string header, Func<int, string> record) : TextReader
    {
        private string _pending = header;
        private int _next;

        public long CharsRead { get; private set; }

        public override int Read(char[] buffer, int index, int count)
        {
            if (_pending.Length == 0) _pending = record(++_next);
            var n = Math.Min(count, _pending.Length);
            _pending.CopyTo(0, buffer, index, n);
            _pending = _pending[n..];
            CharsRead += n;
            return n;
        }
    }

    private const int Slack = 1 << 18; // read-ahead buffers: a few 64K chunks

    public class SeedFormat
    {
        [Fact]
        public void Given_an_endless_multi_article_file_When_articles_are_read_Then_the_reader_stays_one_article_ahead()
        {
            var reader = new EndlessReader("", i => $"Article Number: {i}\nChina: Title {i}\nFirst sentence of {i}.\nSecond one.\n");
            long consumed = 0;

            foreach (var block in new ArticleBlockReader(reader).ReadBlocks().Take(20_000))
            {
                consumed += block.Text.Length;
                Assert.True(reader.CharsRead <= consumed + Slack, $"read {reader.CharsRead:N0} chars for {consumed:N0} emitted");
            }
            Assert.True(consumed > 1_000_000);
        }
    }

    public class Records
    {
        [Theory]
        [InlineData("rows.csv", "id,text\n")]
        [InlineData("rows.jsonl", "")]
        public void Given_an_endless_record_file_When_articles_are_read_Then_records_stream(string name, string header)
        {
            var csv = name.EndsWith(".csv", StringComparison.Ordinal);
            var reader = new EndlessReader(header, i => csv ? $"{i},\"Sentence one of {i}. Sentence two.\"\n" : $"{{\"id\": {i}, \"text\": \"One of {i}. Two.\"}}\n");
            var corpus = Corpus.FromText("", name); // only for its options
            var problems = new List<LoadProblem>();
            var read = csv
                ? CsvArticles.Read(reader, name, corpus.Options, problems, tabs: false)
                : JsonLinesArticles.Read(reader, name, corpus.Options, problems);

            var last = read.Take(20_000).Last();

            Assert.Equal(20_000, last.Number);
            Assert.Equal(2, last.Sentences.Count);
            Assert.True(reader.CharsRead <= last.Offset + Slack, $"read {reader.CharsRead:N0} chars to reach offset {last.Offset:N0}");
            Assert.Empty(problems);
        }
    }
}
