using ArticleLens.Cli.Commands;

namespace ArticleLens.Cli.Report;

/// <summary>The report's pledges: commitments by modality as bars, the quantified commitments, and every pledge as CSV.</summary>
internal static class PledgesPart
{
    public static void Add(HtmlReport report, CorpusAnalyses analyses)
    {
        var table = analyses.Pledges;
        report.Section("pledges", "Pledges",
                $"{table}. A pledge is a public statement of intent to take a future action (the G7/G20 Research Group's definition); " +
                "reported beliefs, past actions and thanks are not pledges, and \"need to\" exhortations are kept apart.")
            .Bars([.. table.CountBy(p => p.Modality.ToString()).Select(c => (c.Key, (double)c.Count))], "Pledges by modality")
            .Table("pledges-quantified", table.Commitments.Quantified, PledgesCommand.Readable)
            .Table("pledges", table, PledgesCommand.Columns, shown: 0);
    }
}
