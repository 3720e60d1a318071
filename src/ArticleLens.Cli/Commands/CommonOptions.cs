using System.CommandLine;
using System.Text;
using ArticleLens.Cli.Output;

namespace ArticleLens.Cli.Commands;

/// <summary>The arguments every analysis command takes: paths, <c>--format</c>, <c>--encoding</c>.</summary>
internal static class CommonOptions
{
    /// <summary>The corpus used when no path is given.</summary>
    public const string DefaultCorpus = "seeds/";

    public static Argument<string[]> Paths() => new("PATH")
    {
        Description = $"Files, folders (read recursively) or globs to analyse [default: {DefaultCorpus}]",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<OutputFormat> Format() => new("--format", "-f")
    {
        Description = "Output format: table, csv or json",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    public static Option<string?> Encoding() => new("--encoding")
    {
        Description = "Encoding of files without a byte order mark, e.g. windows-1252 [default: strict UTF-8]",
    };

    /// <summary>Adds the common arguments to <paramref name="command"/> (and the CSV/JSON Lines column options).</summary>
    public static (Argument<string[]> Paths, Option<OutputFormat> Format, Option<string?> Encoding) AddTo(Command command)
    {
        var set = (Paths(), Format(), Encoding());
        command.Arguments.Add(set.Item1);
        command.Options.Add(set.Item2);
        command.Options.Add(set.Item3);
        ColumnOptions.AddTo(command);
        return set;
    }

    /// <summary>The corpus the parse result names; throws <see cref="UsageException"/> for an unknown encoding.</summary>
    public static Corpus Corpus(ParseResult parse, Argument<string[]> paths, Option<string?> encoding)
    {
        var given = parse.GetValue(paths) is { Length: > 0 } p ? p : [DefaultCorpus];
        return ArticleLens.Corpus.Load(given, new CorpusOptions
        {
            Encoding = ResolveEncoding(parse.GetValue(encoding)),
            Columns = ColumnOptions.Columns(parse),
        });
    }

    private static Encoding? ResolveEncoding(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return System.Text.Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            throw new UsageException($"unknown encoding '{name}' (try utf-8, windows-1252, iso-8859-1, utf-16)");
        }
    }
}
