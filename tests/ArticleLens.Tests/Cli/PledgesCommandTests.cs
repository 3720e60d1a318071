using System.Text.Json;
using ArticleLens.Cli.Commands;
using ArticleLens.Cli.Output;

namespace ArticleLens.Tests.Cli;

public class PledgesCommandTests
{
    public class Write
    {
        [Fact]
        public void Given_json_When_written_Then_keys_are_exactly_the_contract()
        {
            var output = new StringWriter();

            PledgesCommand.Write(Corpus.Load(Seeds.SeedArticle), OutputFormat.Json, output);

            using var json = JsonDocument.Parse(output.ToString());
            var first = json.RootElement.EnumerateArray().First();
            Assert.Equal(
                "article,sentence,actor,modality,action,quantity,unit,amountUsd,currency,recipient,timeframe,fromYear,toYear,minYears,maxYears,reaffirmation,text,start,end",
                string.Join(',', first.EnumerateObject().Select(p => p.Name)));
            Assert.Equal(70, json.RootElement.GetArrayLength());
        }

        [Fact]
        public void Given_a_file_of_many_articles_When_written_Then_start_and_end_index_the_file_text()
        {
            using var folder = new TempFolder();
            var seed = File.ReadAllText(Seeds.SeedArticle);
            var text = "Article Number: 1\nFirst\nWe will plant 300 trees.\n\n" + seed + "\n";
            var path = folder.Write("two.txt", text);
            var output = new StringWriter();

            var count = PledgesCommand.Write(Corpus.Load(path), OutputFormat.Json, output);

            Assert.Equal(2, count);
            using var json = JsonDocument.Parse(output.ToString());
            foreach (var row in json.RootElement.EnumerateArray())
                Assert.Equal(row.GetProperty("text").GetString(), text[row.GetProperty("start").GetInt32()..row.GetProperty("end").GetInt32()]);
            var scholarships = json.RootElement.EnumerateArray().Single(r => r.GetProperty("quantity").ValueKind == JsonValueKind.Number
                                                                             && r.GetProperty("quantity").GetDouble() == 1200);
            Assert.Equal("government scholarships", scholarships.GetProperty("unit").GetString());
            Assert.Equal(5, scholarships.GetProperty("minYears").GetDouble());
        }

        [Fact]
        public void Given_csv_When_written_Then_the_header_is_the_contract_and_rows_follow()
        {
            var output = new StringWriter();

            PledgesCommand.Write(Corpus.Load(Seeds.SeedArticle), OutputFormat.Csv, output);

            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("article,sentence,actor,modality,action,quantity,unit,amountUsd,currency,recipient,", lines[0]);
            Assert.Equal(71, lines.Length);
        }
    }
}
