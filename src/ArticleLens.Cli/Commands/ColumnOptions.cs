using System.CommandLine;

namespace ArticleLens.Cli.Commands;

/// <summary><c>--text-column</c>, <c>--id-column</c>, <c>--title-column</c>, <c>--date-column</c>: where CSV and JSON Lines records keep their fields.</summary>
internal static class ColumnOptions
{
    private static readonly (string Name, string Field, Func<RecordColumns, string> Default)[] Fields =
    [
        ("--text-column", "the article text", c => c.Text),
        ("--id-column", "an article id", c => c.Id),
        ("--title-column", "the title", c => c.Title),
        ("--date-column", "the date", c => c.Date),
    ];

    public static void AddTo(Command command)
    {
        foreach (var (name, field, value) in Fields)
        {
            var option = new Option<string>(name)
            {
                Description = $"CSV column or JSON Lines property holding {field}",
                DefaultValueFactory = _ => value(RecordColumns.Default),
                HelpName = "NAME",
            };
            option.Validators.Add(r =>
            {
                if (string.IsNullOrWhiteSpace(r.GetValueOrDefault<string>())) r.AddError($"{name} needs a column name");
            });
            command.Options.Add(option);
        }
    }

    /// <summary>The column names given on the command line (defaults where not given).</summary>
    public static RecordColumns Columns(ParseResult parse) => new(
        Get(parse, "--text-column"), Get(parse, "--id-column"), Get(parse, "--title-column"), Get(parse, "--date-column"));

    private static string Get(ParseResult parse, string name) =>
        parse.GetValue<string>(name) is { Length: > 0 } value ? value.Trim() : throw new UsageException($"{name} needs a column name");
}
