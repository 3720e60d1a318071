using ArticleLens.Pledges;

namespace ArticleLens.Tests.Pledges;

public class QuantityTests
{
    public class Numbers
    {
        [Theory]
        [InlineData("China will provide 1,200 government scholarships to Laos.", 1200.0, null, "government scholarships")]
        [InlineData("Japan will donate 50 million doses of vaccine to Africa.", 50e6, null, "doses of vaccine")]
        [InlineData("India will train 1.5 million health workers.", 1.5e6, null, "health workers")]
        [InlineData("Korea will build twenty-five new clinics.", 25.0, null, "new clinics")]
        [InlineData("We will plant two billion trees.", 2e9, null, "trees")]
        [InlineData("China will offer 5,000 seminar and workshop opportunities to Laos.", 5000.0, null, "seminar and workshop opportunities")]
        [InlineData("We will recruit 5,000 to 10,000 volunteers.", 5000.0, 10000.0, "volunteers")]
        [InlineData("We will recruit 5,000-10,000 volunteers.", 5000.0, 10000.0, "volunteers")]
        [InlineData("We will deliver between 300 and 400 buses.", 300.0, 400.0, "buses")]
        [InlineData("We will deliver 3 to 4 million tons of grain.", 3e6, 4e6, "tons of grain")]
        [InlineData("China will bring the number of sister cities to 100 pairs.", 100.0, null, "pairs")]
        [InlineData("We will cut emissions by 45 percent.", 45.0, null, "percent")]
        [InlineData("We will cut emissions by 45%.", 45.0, null, "percent")]
        [InlineData("We commit to a global minimum tax of at least 15% on a country by country basis.", 15.0, null, "percent")]
        [InlineData("The EU will cut emissions by at least 55 per cent compared with 1990 levels.", 55.0, null, "percent")]
        [InlineData("We will deploy at least 1500 GW of energy storage.", 1500.0, null, "GW of energy storage")]
        [InlineData("We will share more than 870 million doses.", 870e6, null, "doses")]
        [InlineData("China will send 500 more doctors to Africa.", 500.0, null, "doctors")]
        [InlineData("China will deliver the first batch of 200,000 vaccine doses next week.", 200000.0, null, "vaccine doses")]
        [InlineData("Australia will resettle 20,000 Afghan refugees over four years.", 20000.0, null, "Afghan refugees")]
        [InlineData("China will dispatch 2 Chinese medical teams to Laos.", 2.0, null, "Chinese medical teams")]
        [InlineData("China will invite 1,000 young leaders from Central Asia.", 1000.0, null, "young leaders")]
        [InlineData("China will set up 50 Luban Workshops in Africa.", 50.0, null, "Luban Workshops")]
        [InlineData("China will build 10 Confucius Institutes.", 10.0, null, "Confucius Institutes")]
        [InlineData("India will supply 2 lakh tonnes of rice.", 2e5, null, "tonnes of rice")]
        [InlineData("China will increase imports of palm oil from 5 million tonnes to 7 million tonnes.", 7e6, null, "tonnes")]
        [InlineData("We will deploy a further 2,000 troops.", 2000.0, null, "troops")]
        [InlineData("The two sides will hold 3 rounds of consultations.", 3.0, null, "rounds of consultations")]
        [InlineData("Japan will provide three patrol vessels to the Philippines.", 3.0, null, "patrol vessels")]
        [InlineData("Japan will provide five additional patrol vessels.", 5.0, null, "additional patrol vessels")]
        [InlineData("Japan will provide five 97-meter multi-role response vessels.", 5.0, null, "97-meter multi-role response vessels")]
        [InlineData("The UAE will send 5 aid ships carrying 4,500 tonnes of food.", 5.0, null, "aid ships")]
        [InlineData("China will provide 50,000 tonnes of grain free of charge.", 50000.0, null, "tonnes of grain")]
        [InlineData("China will build 10 vocational training centres.", 10.0, null, "vocational training centres")]
        [InlineData("China will build 1,300 km of railway.", 1300.0, null, "km of railway")]
        [InlineData("China will donate another 150 million doses of vaccines, bringing the total to 500 million doses.", 150e6, null, "doses of vaccines")]
        public void Given_a_quantity_When_detected_Then_number_range_and_unit_are_read(string sentence, double value, double? max, string unit)
        {
            var pledge = PledgeText.One(sentence);

            Assert.NotNull(pledge.Quantity);
            Assert.Equal(value, pledge.Quantity.Value);
            Assert.Equal(max, pledge.Quantity.Max);
            Assert.Equal(unit, pledge.Unit);
        }

        [Theory]
        [InlineData("China will celebrate the 30th anniversary of relations with Laos.")]
        [InlineData("We will build on the friendship of the past 30 years.")]
        [InlineData("We will deepen ties that began 30 years ago.")]
        [InlineData("China will support the five Central Asian countries in development.")]
        [InlineData("China will help the two countries build roads.")]
        [InlineData("We will advance the 2030 Agenda for Sustainable Development.")]
        [InlineData("We will implement Resolution 2231 in full.")]
        [InlineData("We will focus on three key priorities.")]
        [InlineData("We will pursue three goals.")]
        [InlineData("We will focus on two hospitals and three schools.")]
        [InlineData("We will uphold the five principles of peaceful coexistence.")]
        [InlineData("We will double trade in 2025.")]
        [InlineData("We will meet again on 25 January.")]
        [InlineData("We will increase trade three times.")]
        [InlineData("We will honour the three Joint Communiques.")]
        [InlineData("We will launch the 2024 Campaign.")]
        [InlineData("We will launch 30 Campaign for peace.")]
        [InlineData("China will help achieve the 17 Sustainable Development Goals.")]
        [InlineData("We will reform the 12 Congress.")]
        [InlineData("We will provide aid, including 30 million doses for Gaza.")]
        [InlineData("We support the UN's call for $3 billion in humanitarian aid.")]
        [InlineData("We will give 500 to the fund.")]
        [InlineData("We will vaccinate 1 in 3 adults.")]
        [InlineData("China will not provide 100 tons of aid.")]
        [InlineData("China will import gas from Turkmenistan, with annual imports expected to reach 65 billion cubic meters.")]
        [InlineData("China will open its market wider, and imports are expected to exceed 22 trillion U.S. dollars in the next 10 years.")]
        [InlineData("We will vaccinate one in five adults.")]
        [InlineData("China will open the No. 2 bridge.")]
        [InlineData("We will give priority to the first 3 projects.")]
        [InlineData("We will set up a 24/7 hotline.")]
        [InlineData("We will build 3 digital learning centres in each of the 25 districts.")]
        [InlineData("We will cut the cost to 3 dollars per dose.")]
        [InlineData("The two sides will build a ferry service between the two ports, a distance of about 30 kilometres.")]
        [InlineData("China will host the summit in Gyeongju, 1,300 km from Beijing.")]
        [InlineData("India will expedite a 120 MW wind power project.")]
        [InlineData("China will deliver the aid in 2 phases.")]
        [InlineData("China and Fiji will jointly build a rice research centre covering 20 hectares in Nadi.")]
        [InlineData("China will build a stadium with a capacity of 60,000 seats.")]
        [InlineData("China will build a hospital covering an area of 5,000 square metres.")]
        [InlineData("Norway will give 500 million kroner to the fund.")]
        [InlineData("Mexico will invest 100 million pesos in schools.")]
        [InlineData("Britain will send 50 million pounds of food.")]
        public void Given_a_number_that_is_not_a_pledge_quantity_When_detected_Then_no_quantity_is_read(string sentence) =>
            Assert.All(PledgeText.Find(sentence), p => Assert.Null(p.Quantity));

        [Fact]
        public void Given_a_sentence_hard_wrapped_over_lines_When_detected_Then_its_fields_read_on_one_line()
        {
            var article = Corpus.FromText("Statement\n\nThe United\n  States will provide an additional $45\n    million in humanitarian\n" +
                                          "  assistance to Central\n    Asian countries this\nyear.\n").Single();

            var pledge = Assert.Single(new PledgeDetector().Find(article));

            Assert.Equal(("USA", "humanitarian assistance", "this year", "Central Asian countries"),
                (pledge.Actor.Label, pledge.Unit, pledge.Timeframe?.Text, pledge.Recipient?.Text));
        }

        [Fact]
        public void Given_markdown_emphasis_inside_a_pledge_When_detected_Then_its_fields_hold_the_words_alone()
        {
            var pledge = Assert.Single(Corpus.FromText("# Statement\n\nWe will provide **$50 million** in _humanitarian aid_ to Gaza by **2026**.\n", "s.md")
                .SelectMany(a => new PledgeDetector().Find(a)));

            Assert.Equal(("humanitarian aid", "by 2026", 50e6), (pledge.Unit, pledge.Timeframe?.Text, pledge.AmountUsd));
        }

        [Fact]
        public void Given_two_quantities_each_with_its_timeframe_When_detected_Then_each_row_has_its_own()
        {
            var pledges = PledgeText.Find("We will provide 20 million doses this year and 30 million doses next year.", new DateOnly(2023, 5, 19));

            Assert.Equal([(20e6, 2023), (30e6, 2024)], pledges.Select(p => (p.Quantity!.Value, p.Timeframe!.FromYear!.Value)));
        }

        [Fact]
        public void Given_an_amount_and_its_equivalent_followed_by_other_numbers_When_detected_Then_only_the_amount_is_read()
        {
            var pledge = PledgeText.One("China will allocate RMB 1.5 billion, about 210 million U.S. dollars, to rebuild 300 schools.");

            Assert.Equal((1.5e9, "CNY"), (pledge.Quantity!.Value, pledge.Currency));
        }

        [Fact]
        public void Given_a_share_in_a_relative_clause_When_detected_Then_only_the_amount_is_read()
        {
            var pledge = PledgeText.One("China will offer 100,000 training opportunities, 50 percent of which will be for women.");

            Assert.Equal((100000.0, "training opportunities"), (pledge.Quantity!.Value, pledge.Unit));
        }

        [Theory]
        [InlineData("China will import 3 million tons of soybeans, up 20 percent from last year.", 3e6)]
        [InlineData("China will provide 100 million dollars, 20 percent more than last year.", 100e6)]
        public void Given_an_amount_and_its_rate_of_change_When_detected_Then_only_the_amount_is_read(string sentence, double amount) =>
            Assert.Equal(amount, PledgeText.One(sentence).Quantity!.Value);

        [Theory]
        [InlineData("China will build two hospitals and three schools.", 2.0, 3.0)]
        [InlineData("China will build 20 hospitals and thirty schools.", 20.0, 30.0)]
        public void Given_counts_in_words_coordinated_When_detected_Then_each_has_a_row(string sentence, double first, double second) =>
            Assert.Equal([(first, "hospitals"), (second, "schools")], PledgeText.Find(sentence).Select(p => (p.Quantity!.Value, p.Unit!)));

        [Fact]
        public void Given_two_coordinated_quantities_When_detected_Then_each_has_a_row()
        {
            var pledges = PledgeText.Find("Japan will donate 10 million doses and 5,000 ventilators to India.");

            Assert.Equal([10e6, 5000.0], pledges.Select(p => p.Quantity!.Value));
            Assert.Equal(["doses", "ventilators"], pledges.Select(p => p.Unit));
        }
    }

    public class Money
    {
        [Theory]
        [InlineData("China will provide a grant assistance of 500 million U.S. dollars to Laos.", 500e6, "USD", 500e6, "grant assistance")]
        [InlineData("The United States will provide $45 million in humanitarian assistance to Ukraine.", 45e6, "USD", 45e6, "humanitarian assistance")]
        [InlineData("We will contribute US$1.2 billion to the fund.", 1.2e9, "USD", 1.2e9, null)]
        [InlineData("We will mobilize USD 20 billion for women's empowerment.", 20e9, "USD", 20e9, null)]
        [InlineData("We will commit 300 million USD to the program.", 300e6, "USD", 300e6, null)]
        [InlineData("We will invest $1.5bn in renewable energy.", 1.5e9, "USD", 1.5e9, "renewable energy")]
        [InlineData("Australia will invest AUD 30 billion in the Australian defense industrial base.", 30e9, "AUD", null, null)]
        [InlineData("China will provide 2 billion yuan of emergency aid.", 2e9, "CNY", null, "emergency aid")]
        [InlineData("China will provide RMB 10 billion in loans.", 10e9, "CNY", null, "loans")]
        [InlineData("The EU will provide €300 million to Jordan.", 300e6, "EUR", null, null)]
        [InlineData("Germany will pledge 50 million euros for reconstruction.", 50e6, "EUR", null, null)]
        [InlineData("Britain will give £20 million to the fund.", 20e6, "GBP", null, null)]
        [InlineData("China will set up a 1 billion dollar fund for the region.", 1e9, "USD", 1e9, null)]
        [InlineData("Korea will contribute 10 billion won to the fund.", 10e9, "KRW", null, null)]
        [InlineData("Kazakhstan will invest 500 billion tenge in roads.", 500e9, "KZT", null, "roads")]
        [InlineData("The Chinese government will allocate RMB 1.5 billion, about 210 million U.S. dollars, to flood relief.", 1.5e9, "CNY", 210e6, null)]
        [InlineData("China will provide 20 billion yuan ($2.8 billion) in loans to Africa.", 20e9, "CNY", 2.8e9, null)]
        [InlineData("Australia will provide A$ 222.5 million over four years.", 222.5e6, "AUD", null, null)]
        [InlineData("Canada will give C$5 million to the fund.", 5e6, "CAD", null, null)]
        [InlineData("Hong Kong will donate HK$ 40 million.", 40e6, "HKD", null, null)]
        [InlineData("Singapore will commit S$ 2 million to the fund.", 2e6, "SGD", null, null)]
        [InlineData("New Zealand will provide NZ$3m in aid.", 3e6, "NZD", null, "aid")]
        [InlineData("Brazil will invest R$ 10 billion in rail.", 10e9, "BRL", null, "rail")]
        [InlineData("India will provide Rs 500 crore in grant assistance.", 5e9, "INR", null, "grant assistance")]
        [InlineData("India will provide Rs. 50 lakh to Nepal.", 5e6, "INR", null, null)]
        [InlineData("India will provide ₹1,000 crore to the fund.", 1e10, "INR", null, null)]
        [InlineData("India will extend 500 crore rupees to Sri Lanka.", 5e9, "INR", null, null)]
        [InlineData("Türkiye will allocate TL 1 billion to reconstruction.", 1e9, "TRY", null, null)]
        [InlineData("Russia will provide $20 mln to the fund.", 20e6, "USD", 20e6, null)]
        [InlineData("Russia will invest $2.5 bln in the port.", 2.5e9, "USD", 2.5e9, null)]
        [InlineData("Indonesia will raise its contribution by 20 percent to US$ 600 million.", 600e6, "USD", 600e6, null)]
        [InlineData("China will provide $5 million for a new hospital.", 5e6, "USD", 5e6, null)]
        [InlineData("Denmark will provide DKK 50 million (approximately USD 7.3 million) to the fund.", 50e6, "DKK", 7.3e6, null)]
        [InlineData("Sweden will contribute SEK 200 million to the fund.", 200e6, "SEK", null, null)]
        [InlineData("Indonesia will allocate 2 trillion rupiah to the fund.", 2e12, "IDR", null, null)]
        [InlineData("Mexico will invest 100 million Mexican pesos in schools.", 100e6, "MXN", null, "schools")]
        [InlineData("China will invest at least RMB 70 billion in Africa.", 70e9, "CNY", null, null)]
        [InlineData("Russia will continue to provide assistance to Africa, contributing 10 million U.S. dollars in 2024.", 10e6, "USD", 10e6, null)]
        [InlineData("Australia will give AU$ 5 million to Fiji.", 5e6, "AUD", null, null)]
        [InlineData("We will provide $100 million a year to the fund.", 100e6, "USD", 100e6, null)]
        [InlineData("We will give $1 billion per annum.", 1e9, "USD", 1e9, null)]
        public void Given_money_When_detected_Then_amount_currency_and_usd_are_read(string sentence, double amount, string currency, double? usd, string? unit)
        {
            var pledge = PledgeText.One(sentence);

            Assert.Equal(amount, pledge.Quantity!.Value);
            Assert.Equal(currency, pledge.Currency);
            Assert.Equal(usd, pledge.AmountUsd);
            Assert.Equal(unit, pledge.Unit);
        }

        [Fact]
        public void Given_amounts_of_several_parties_with_the_verb_left_out_When_detected_Then_each_party_has_its_row()
        {
            var pledges = PledgeText.Find("France will contribute EUR 100 million, Slovenia EUR 1.5 million and Italy EUR 50 million.");

            Assert.Equal([("FRA", 100e6), ("SVN", 1.5e6), ("ITA", 50e6)], pledges.Select(p => (p.Actor.Iso3!, p.Quantity!.Value)));
        }

        [Fact]
        public void Given_dollars_of_several_countries_coordinated_When_detected_Then_each_keeps_its_currency()
        {
            var pledges = PledgeText.Find("We will give C$ 5 million, HK$ 40 million and US$ 3 million.");

            Assert.Equal([(5e6, "CAD"), (40e6, "HKD"), (3e6, "USD")], pledges.Select(p => (p.Quantity!.Value, p.Currency!)));
        }

        [Theory]
        [InlineData("Zimbabwe will provide Z$ 5 million to farmers.")] // a prefix not known: not read as U.S. dollars
        [InlineData("We will give XY$ 5 million.")]
        public void Given_dollars_of_an_unknown_prefix_When_detected_Then_no_amount_is_read(string sentence) =>
            Assert.All(PledgeText.Find(sentence), p => Assert.Null(p.Quantity));
    }
}
