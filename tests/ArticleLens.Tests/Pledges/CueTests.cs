namespace ArticleLens.Tests.Pledges;

public class CueTests
{
    public class Modality
    {
        [Theory]
        [InlineData("China will build ten hospitals in the region.", "CHN", "will", "build")]
        [InlineData("Japan shall open three new consulates.", "JPN", "will", "open")]
        [InlineData("The Chinese government stands ready to deepen trade ties.", "CHN", "ready to", "deepen")]
        [InlineData("India is willing to host the next round of talks.", "IND", "ready to", "host")]
        [InlineData("We are prepared to send observers.", "we", "ready to", "send")]
        [InlineData("Russia proposes establishing a joint commission.", "RUS", "propose", "establish")]
        [InlineData("Brazil proposes to hold a summit on forests.", "BRA", "propose", "hold")]
        [InlineData("Canada calls for the release of all detainees.", "CAN", "call for", "call for")]
        [InlineData("We urge all parties to show restraint.", "we", "call for", "urge")]
        [InlineData("We support the peace plan of the African Union.", "we", "support", "support")]
        [InlineData("Kenya endorses the new framework.", "KEN", "support", "endorse")]
        [InlineData("We need to improve food security.", "we", "need to", "improve")]
        [InlineData("We must protect the oceans.", "we", "need to", "protect")]
        [InlineData("Let us join hands for a shared future.", "we", "need to", "join")]
        [InlineData("The leaders committed to ending the conflict.", "the leaders", "will", "end")]
        [InlineData("Australia has committed to invest in clean energy.", "AUS", "will", "invest")]
        [InlineData("We are committing to share vaccines with our neighbours.", "we", "will", "share")]
        [InlineData("The two sides agreed to resume direct flights.", "the two sides", "will", "resume")]
        [InlineData("All parties will implement the consensus of the summit.", "all parties", "will", "implement")]
        [InlineData("President Lula will travel to Beijing in April.", "President Lula", "will", "travel")]
        [InlineData("Central Asian countries will coordinate their water policies.", "Central Asia", "will", "coordinate")]
        [InlineData("We will speed up the construction of the railway.", "we", "will", "speed up")]
        [InlineData("12  We need to develop new legal instruments.", "we", "need to", "develop")]
        [InlineData("\"We will rebuild the schools,\" the minister said.", "we", "will", "rebuild")]
        [InlineData("Our two countries will open new consulates.", "our two countries", "will", "open")]
        [InlineData("China announced that it will provide 20 billion yuan in loans.", "CHN", "will", "provide")]
        [InlineData("China has decided to cancel the debt of 23 interest-free loans.", "CHN", "will", "cancel")]
        [InlineData("We intend to disburse this financing through multiple channels.", "we", "will", "disburse")]
        [InlineData("By the end of 2025, China will have trained 10,000 technicians.", "CHN", "will", "train")]
        [InlineData("My Government will allocate 3 percent of our GDP to research.", "my Government", "will", "allocate")]
        [InlineData("I am pleased to announce that my country will contribute 1 million dollars to the Fund.", "my country", "will", "contribute")]
        [InlineData("We pledge 500,000 euros to the World Food Programme.", "we", "will", "pledge")]
        [InlineData("India pledges $20 million to Kenya.", "IND", "will", "pledge")]
        [InlineData("The UAE has pledged USD 100 million to Sudan.", "ARE", "will", "pledge")]
        [InlineData("Japan committed USD 10 million to UNICEF.", "JPN", "will", "commit")]
        [InlineData("Canada announced an additional CAD 16 million in humanitarian aid.", "CAN", "will", "announce")]
        [InlineData("Egypt, on behalf of the Arab Group, will provide USD 5 million.", "EGY", "will", "provide")]
        [InlineData("Saudi Arabia, through the King Salman Humanitarian Aid and Relief Centre (KSrelief), will provide aid to Yemen.", "SAU", "will", "provide")]
        [InlineData("China, as a responsible major country, will provide 100 tons of aid.", "CHN", "will", "provide")]
        [InlineData("JICA will fund three bridges in Manila.", "JPN", "will", "fund")]
        [InlineData("USAID will provide $5 million to Ecuador.", "USA", "will", "provide")]
        [InlineData("The AU is determined to mobilize at least USD 100 million.", "African Union", "will", "mobilize")]
        [InlineData("China will, within its capacity, provide assistance to Vanuatu.", "CHN", "will", "provide")]
        [InlineData("China announced it would provide RMB 500 million to Laos.", "CHN", "will", "provide")]
        [InlineData("India said that it would send 10 tons of medicine.", "IND", "will", "send")]
        [InlineData("Prime Minister Kishida expressed his intention to provide up to 5.5 billion dollars.", "Prime Minister Kishida", "will", "provide")]
        [InlineData("India conveyed its readiness to extend a line of credit.", "IND", "ready to", "extend")]
        [InlineData("Beijing will provide 500 million yuan to Laos.", "CHN", "will", "provide")]
        [InlineData("Washington plans to contribute USD 20 million over five years.", "USA", "will", "contribute")]
        [InlineData("The Secretary said Washington would expand aid.", "USA", "will", "expand")]
        [InlineData("New Delhi will extend a credit line to Nepal.", "IND", "will", "extend")]
        [InlineData("The European Commission will disburse US$ 5 million.", "European Union", "will", "disburse")]
        [InlineData("Member States will deploy an additional 2,000 troops.", "Member States", "will", "deploy")]
        [InlineData("China will, as always, firmly support Laos.", "CHN", "will", "support")]
        [InlineData("The EU and its member states will mobilise 1 billion euros.", "the EU and its member states", "will", "mobilise")]
        [InlineData("We are committed to planting 10 billion trees over the next decade.", "we", "will", "plant")]
        [InlineData("China will have talks with Laos.", "CHN", "will", "have")]
        [InlineData("The Chinese side said it is ready to deepen cooperation.", "CHN", "ready to", "deepen")]
        [InlineData("China will not seek spheres of influence.", "CHN", "will", "not seek")]
        [InlineData("The United States stands with Ukraine and will continue to send aid.", "USA", "will", "send")]
        [InlineData("In October, the U.S. and Ukrainian governments plan to hold a dialogue.", "the U.S. and Ukrainian governments", "will", "hold")]
        public void Given_a_cue_When_detected_Then_actor_modality_and_action_are_read(string sentence, string actor, string modality, string action)
        {
            var pledge = PledgeText.Find(sentence)[0];

            Assert.Equal(actor, pledge.Actor.Label);
            Assert.Equal(modality, pledge.Modality.Label);
            Assert.Equal(action, pledge.Action);
        }

        [Theory]
        [InlineData("We need to improve food security.", false)]
        [InlineData("We will improve food security.", true)]
        public void Given_an_exhortation_When_detected_Then_it_is_kept_apart_from_commitments(string sentence, bool commitment) =>
            Assert.Equal(commitment, PledgeText.One(sentence).IsCommitment);
    }

    public class Reaffirmation
    {
        [Theory]
        [InlineData("China will continue to provide vaccines to Africa.", true, "provide")]
        [InlineData("We will keep supporting the reconstruction of Ukraine.", true, "support")]
        [InlineData("We reaffirm our commitment to provide humanitarian aid.", true, "provide")]
        [InlineData("We will continue our efforts to end hunger.", true, "continue")]
        [InlineData("China will provide vaccines to Africa.", false, "provide")]
        public void Given_continued_action_When_detected_Then_reaffirmation_is_set(string sentence, bool expected, string action)
        {
            var pledge = PledgeText.One(sentence);

            Assert.Equal(expected, pledge.Reaffirmation);
            Assert.Equal(action, pledge.Action);
        }
    }

    public class Speakers
    {
        [Theory]
        [InlineData("A spokesperson said China will donate 5 million doses.")]
        [InlineData("According to the Foreign Ministry, China will provide $20 million.")]
        [InlineData("In response to media reports, China will provide 300 tons of aid.")]
        public void Given_a_speaker_for_the_actor_or_a_mere_mention_of_reports_When_detected_Then_the_pledge_is_kept(string sentence) =>
            Assert.Equal("CHN", PledgeText.One(sentence).Actor.Label);
    }

    public class NotPledges
    {
        [Theory]
        [InlineData("They believe that China will overcome the difficulties of the pandemic.")]
        [InlineData("We hope that Japan will join the agreement.")]
        [InlineData("It will be a long winter for the region.")]
        [InlineData("It is reported that China will provide 100 tons of aid.")]
        [InlineData("Analysts say China will invest 50 billion dollars in Africa.")]
        [InlineData("Media reports suggest that China will provide $20 million.")]
        [InlineData("Reports say China will build 10 schools.")]
        [InlineData("According to Reuters, China will provide $20 million to Laos.")]
        [InlineData("According to media reports, Japan will fund 3 bridges.")]
        [InlineData("Sources familiar with the matter said China will donate 5 million doses.")]
        [InlineData("China would benefit from the deal.")]
        [InlineData("If elected, we would cut taxes by 10 percent.")]
        [InlineData("We would like to thank Kenya.")]
        [InlineData("In 2021, we announced that we would negotiate an arrangement within two years.")]
        [InlineData("The Washington Post will publish the report.")]
        [InlineData("Q: The EU will impose tariffs on Chinese cars, will China respond")]
        [InlineData("Question: Japan will send 3 ships, won't it")]
        [InlineData("China announced new measures.")]
        [InlineData("The project, which has been delayed, will create 5,000 jobs.")]
        [InlineData("Germany pledged support for Ukraine.")]
        [InlineData("Three years ago, China pledged to provide 1 billion doses.")]
        [InlineData("Last year China pledged 1 billion doses to Africa.")]
        [InlineData("China previously pledged to provide 1 billion doses.")]
        [InlineData("Members support the Paris Call for Trust and Security.")]
        [InlineData("Analysts said China would invest $5 billion.")]
        [InlineData("Chad will receive 200 tons of wheat from the WFP.")]
        [InlineData("The report said it will take years to rebuild.")]
        [InlineData("They believe China said it will cut tariffs.")]
        [InlineData("The ministers expressed the hope that India will host the games.")]
        [InlineData("Analysts are confident that Brazil will grow faster.")]
        [InlineData("It is unclear whether Russia will attend.")]
        [InlineData("We have provided 50 million doses to Africa.")]
        [InlineData("Thirty years ago, China established relations with Kazakhstan.")]
        [InlineData("Last year we built 200 schools.")]
        [InlineData("China was ready to help at the time.")]
        [InlineData("I proposed the Global Development Initiative last year.")]
        [InlineData("We thank Kenya for its generous support.")]
        [InlineData("The leaders spoke highly of China's achievements.")]
        [InlineData("China's will to cooperate is strong.")]
        [InlineData("U.S. support for Ukraine remains strong.")]
        [InlineData("Will China provide more aid?")]
        [InlineData("The summit will be held next week.")]
        [InlineData("Central Asia will face a 2.5 degree increase in temperatures by 2050.")]
        [InlineData("This cooperation will surely bring more confidence to the world.")]
        public void Given_no_commitment_When_detected_Then_there_is_no_row(string sentence) =>
            Assert.Empty(PledgeText.Find(sentence));
    }

    public class Clauses
    {
        [Theory]
        [InlineData("China will provide vaccines to Laos, and set up medical centers in the region.", "provide|set up")]
        [InlineData("We will enhance trust, deepen cooperation, and achieve common prosperity.", "enhance|deepen|achieve")]
        [InlineData("China will build platforms for tourism, and stands ready to host a forum.", "build|work|host")]
        [InlineData("China proposes to hold a forum, and will strive to expand trade.", "hold|expand")]
        [InlineData("We will protect and restore wetlands in the basin.", "protect")]
        [InlineData("We will promote trade and investment and exchanges.", "promote")]
        [InlineData("China will support Laos, firmly support them in development, and support their reforms.", "support|support|support")]
        [InlineData("Japan will build a port; Korea will finance a railway.", "build|finance")]
        public void Given_coordinated_actions_When_detected_Then_each_is_its_own_pledge(string sentence, string expected)
        {
            var actions = PledgeText.Find(sentence).Select(p => p.Action);

            Assert.Equal(expected.Replace("|work", ""), string.Join('|', actions));
        }

        [Fact]
        public void Given_a_second_clause_When_detected_Then_it_keeps_the_actor_and_its_span_starts_at_the_verb()
        {
            var pledges = PledgeText.Find("The Chinese government will provide grants to Laos, and offer training to Laotian officials.");

            Assert.Equal(["CHN", "CHN"], pledges.Select(p => p.Actor.Label));
            Assert.Equal("the Chinese government will provide grants to Laos".ToLowerInvariant(), pledges[0].Text.ToLowerInvariant());
            Assert.Equal("offer training to Laotian officials", pledges[1].Text);
            Assert.Equal(pledges[1].Text, pledges[1].ArticleText[pledges[1].Start..pledges[1].End]);
            Assert.Contains(pledges[1].Text, pledges[1].SentenceText);
        }
    }
}
