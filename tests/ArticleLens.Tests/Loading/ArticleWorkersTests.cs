namespace ArticleLens.Tests.Loading;

public class ArticleWorkersTests
{
    public class Map
    {
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(4)]
        public void Given_many_articles_When_mapped_in_parallel_Then_results_keep_article_order_and_every_state_is_kept(int workers)
        {
            var text = string.Concat(Enumerable.Range(1, 300).Select(i => $"Article Number: {i}\nTitle {i}\nSentence one.\n"));
            var pool = new ArticleWorkers<List<int>>(() => [], workers);

            var numbers = pool.Map(Corpus.FromText(text), (seen, article) => { seen.Add(article.Number!.Value); return article.Number!.Value; }).ToList();

            Assert.Equal(Enumerable.Range(1, 300), numbers);
            Assert.Equal(Enumerable.Range(1, 300), pool.States.SelectMany(s => s).Order());
        }

        [Fact]
        public void Given_a_corpus_When_mapped_Then_nothing_runs_until_enumeration()
        {
            var calls = 0;
            var pool = new ArticleWorkers<object>(() => new object());

            var results = pool.Map(Corpus.FromText("Title\nOne.\n"), (_, a) => ++calls);

            Assert.Equal(0, calls);
            Assert.Single(results);
        }
    }
}

public class ArticleWorkersFailures
{
    [Fact]
    public void Given_an_analysis_that_throws_When_mapped_in_parallel_Then_the_exception_reaches_the_caller()
    {
        var text = string.Concat(Enumerable.Range(1, 500).Select(i => $"Article Number: {i}\nTitle\nOne.\n"));
        var pool = new ArticleWorkers<object>(() => new object(), 2);

        var error = Assert.Throws<InvalidOperationException>(() =>
            pool.Map(Corpus.FromText(text), (_, a) => a.Number == 250 ? throw new InvalidOperationException("boom") : a.Number).ToList());

        Assert.Equal("boom", error.Message);
    }

    [Fact]
    public void Given_a_caller_that_stops_early_When_mapped_in_parallel_Then_the_threads_end()
    {
        var text = string.Concat(Enumerable.Range(1, 2000).Select(i => $"Article Number: {i}\nTitle\nOne.\n"));
        var pool = new ArticleWorkers<object>(() => new object(), 2);

        var first = pool.Map(Corpus.FromText(text), (_, a) => a.Number).Take(3).ToList();

        Assert.Equal([1, 2, 3], first);
    }
}
