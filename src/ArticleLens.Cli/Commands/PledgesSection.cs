using ArticleLens.Cli.Output;
using ArticleLens.Pledges;

namespace ArticleLens.Cli.Commands;

/// <summary>The main job's pledge section: the quantified commitments of the corpus as a table.</summary>
internal static class PledgesSection
{
    public static void Write(Corpus corpus, OutputFormat format, TextWriter output)
    {
        var table = PledgeTable.Of(corpus);
        output.WriteLine(table);
        var quantified = table.Commitments.Quantified;
        RowWriter.Write(quantified, format == OutputFormat.Table ? PledgesCommand.Readable : PledgesCommand.Columns, format, output);
    }
}
