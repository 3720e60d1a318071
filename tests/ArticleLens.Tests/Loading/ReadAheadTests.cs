namespace ArticleLens.Tests.Loading;

public class ReadAheadTests
{
    public class Buffered
    {
        [Theory]
        [InlineData(0, 256)]
        [InlineData(1, 1)]
        [InlineData(17, 4)]
        [InlineData(1000, 256)]
        public void Given_a_sequence_When_read_ahead_Then_every_item_comes_in_order(int count, int capacity) =>
            Assert.Equal(Enumerable.Range(0, count), Enumerable.Range(0, count).Buffered(capacity));

        [Fact]
        public void Given_a_failing_source_When_read_ahead_Then_the_error_reaches_the_caller()
        {
            static IEnumerable<int> Failing()
            {
                yield return 1;
                throw new InvalidDataException("bad input");
            }

            Assert.Throws<InvalidDataException>(() => Failing().Buffered().ToList());
        }

        [Fact]
        public void Given_a_consumer_that_stops_early_When_read_ahead_Then_it_gets_what_it_took() =>
            Assert.Equal([0, 1, 2], Enumerable.Range(0, 100_000).Buffered(8).Take(3));
    }
}
