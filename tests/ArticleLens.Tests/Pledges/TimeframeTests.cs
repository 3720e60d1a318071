namespace ArticleLens.Tests.Pledges;

public class TimeframeTests
{
    public class Resolve
    {
        [Theory]
        [InlineData("In 2022, China will provide vaccines to Laos.", "In 2022", 2022, 2022, null, null)]
        [InlineData("We will end coal power by 2030.", "by 2030", null, 2030, null, null)]
        [InlineData("We will build the line from 2023 to 2025.", "from 2023 to 2025", 2023, 2025, null, null)]
        [InlineData("We will carry out the plan in 2021-2025.", "in 2021-2025", 2021, 2025, null, null)]
        [InlineData("We will carry out the plan between 2024 and 2026.", "between 2024 and 2026", 2024, 2026, null, null)]
        [InlineData("We will finish it before 2030.", "before 2030", null, 2029, null, null)]
        [InlineData("In the first half of 2024, China will send 50 teachers to Laos.", "In the first half of 2024", 2024, 2024, null, null)]
        [InlineData("We will open the line in early 2025.", "in early 2025", 2025, 2025, null, null)]
        [InlineData("We will vaccinate 70 percent of the population by mid-2022.", "by mid-2022", null, 2022, null, null)]
        [InlineData("We will sign the deal by the third quarter of 2025.", "by the third quarter of 2025", null, 2025, null, null)]
        [InlineData("In the next five years, China will provide scholarships to Laos.", "In the next five years", null, null, 5.0, 5.0)]
        [InlineData("China will twin 100 cities in the next five to ten years.", "in the next five to ten years", null, null, 5.0, 10.0)]
        [InlineData("We will invest in roads over the next three years.", "over the next three years", null, null, 3.0, 3.0)]
        [InlineData("We will train nurses within 3 years.", "within 3 years", null, null, 3.0, 3.0)]
        [InlineData("We will train nurses over the next decade.", "over the next decade", null, null, 10.0, 10.0)]
        [InlineData("We will train nurses in the next six months.", "in the next six months", null, null, 0.5, 0.5)]
        [InlineData("We will train nurses in the coming years.", "in the coming years", null, null, null, null)]
        [InlineData("India will train 1,500 civil servants over a period of five years.", "over a period of five years", null, null, 5.0, 5.0)]
        [InlineData("The EU will mobilise €1.5 billion between now and 2027.", "between now and 2027", null, 2027, null, null)]
        [InlineData("Japan will provide USD 250 million in Q3 2025.", "in Q3 2025", 2025, 2025, null, null)]
        [InlineData("Japan will provide USD 250 million in FY2025.", "in FY2025", 2025, 2025, null, null)]
        [InlineData("Japan will provide 250 scholarships in fiscal year 2025.", "in fiscal year 2025", 2025, 2025, null, null)]
        [InlineData("Japan will provide 250 scholarships by FY 2026.", "by FY 2026", null, 2026, null, null)]
        [InlineData("We will deliver the buses by March 2026.", "by March 2026", null, 2026, null, null)]
        [InlineData("We will train 500 nurses in 2025 and 2026.", "in 2025 and 2026", 2025, 2026, null, null)]
        public void Given_a_timeframe_When_detected_Then_it_is_resolved_to_years(string sentence, string text, int? from, int? to, double? min, double? max)
        {
            var timeframe = PledgeText.Find(sentence)[0].Timeframe;

            Assert.NotNull(timeframe);
            Assert.Equal(text, timeframe.Text);
            Assert.Equal((from, to), (timeframe.FromYear, timeframe.ToYear));
            Assert.Equal((min, max), (timeframe.MinYears, timeframe.MaxYears));
        }

        [Fact]
        public void Given_next_month_in_december_When_resolved_Then_it_is_the_next_year() =>
            Assert.Equal(2023, PledgeText.Find("China will open a center next month.", new DateOnly(2022, 12, 20))[0].Timeframe!.FromYear);

        [Theory]
        [InlineData("In the next five years, China will provide scholarships.", 2022, 2027)]
        [InlineData("China will open a center next year.", 2023, 2023)]
        [InlineData("China will open a center this year.", 2022, 2022)]
        [InlineData("China will open a center by the end of next year.", null, 2023)]
        [InlineData("China will deliver 200,000 doses next week.", 2022, 2022)]
        [InlineData("China will open a center next month.", 2022, 2022)]
        [InlineData("We will mobilise €1.5 billion between now and 2027.", 2022, 2027)]
        [InlineData("We will phase out coal by the end of this decade.", null, 2030)]
        [InlineData("We will send 5 aid ships before the end of the year.", null, 2022)]
        [InlineData("Starting next year, we will give 500 scholarships annually.", 2023, null)]
        [InlineData("The two delegations will meet again in March 2022.", 2022, 2022)]
        public void Given_the_article_date_When_resolved_Then_calendar_years_are_given(string sentence, int? from, int? to)
        {
            var timeframe = PledgeText.Find(sentence, new DateOnly(2022, 1, 25))[0].Timeframe!;

            Assert.Equal((from, to), (timeframe.FromYear, timeframe.ToYear));
        }

        [Theory]
        [InlineData("Over the past 30 years, we will have built trust.")]
        [InlineData("We will honour the treaty signed in 2001.")]
        [InlineData("Since 2013 we will keep the promise.")]
        [InlineData("We will advance the 2030 Agenda.")]
        public void Given_elapsed_time_or_a_name_When_detected_Then_there_is_no_timeframe(string sentence) =>
            Assert.All(PledgeText.Find(sentence), p => Assert.Null(p.Timeframe));

        [Theory]
        [InlineData("In 2021, China pledged to provide 1 billion doses to Africa.")]
        [InlineData("At the 2018 summit, China pledged 60 billion dollars to Africa.")]
        [InlineData("The United States has committed $2.5 billion in support of Ukraine since 2014.")]
        public void Given_a_pledge_in_the_past_tense_after_an_earlier_date_When_detected_Then_it_is_history(string sentence) =>
            Assert.Empty(PledgeText.Find(sentence, new DateOnly(2024, 5, 17)));

        [Theory]
        [InlineData("In 2024, China pledged to provide 1 billion doses to Africa.")]
        [InlineData("We have agreed to a seven-year extension of the Agreement signed in 1993.")]
        public void Given_a_pledge_in_the_past_tense_and_no_earlier_date_before_it_When_detected_Then_it_is_a_pledge(string sentence) =>
            Assert.Single(PledgeText.Find(sentence, new DateOnly(2024, 5, 17)));

        [Fact]
        public void Given_a_month_before_the_articles_own_When_detected_Then_it_is_elapsed_time() =>
            Assert.Null(PledgeText.One("We will implement the resolution adopted at the Assembly in May 2022.", new DateOnly(2022, 6, 10)).Timeframe);

        [Fact]
        public void Given_a_timeframe_stated_once_When_a_sentence_has_two_pledges_Then_it_applies_to_each()
        {
            var pledges = PledgeText.Find("In the next three years, China will provide 500 million U.S. dollars to Laos, and offer 5,000 training places.");

            Assert.Equal(2, pledges.Count);
            Assert.All(pledges, p => Assert.Equal(3.0, p.Timeframe!.MaxYears));
        }
    }
}
