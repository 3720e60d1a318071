using ArticleLens.Cli.Output;

namespace ArticleLens.Cli.Commands;

/// <summary>The main job's pledge section: the quantified commitments of the corpus as a table, the first <see cref="SectionRows"/>.</summary>
internal static class PledgesSection
{
    private const int SectionRows = 50;

    public static void Write(CorpusAnalyses analyses, OutputFormat format, TextWriter output)
    {
        var table = analyses.Pledges;
        var quantified = table.Commitments.Quantified;
        output.WriteLine(quantified.Count > SectionRows
            ? $"{table}; the first {SectionRows} quantified commitments of {quantified.Count:N0} (all rows: the pledges command, or the report)"
            : table.ToString());
        RowWriter.Write(quantified.Take(SectionRows), format == OutputFormat.Table ? PledgesCommand.Readable : PledgesCommand.Columns, format, output);
    }
}
