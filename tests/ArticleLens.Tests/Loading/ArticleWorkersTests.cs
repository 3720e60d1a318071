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
