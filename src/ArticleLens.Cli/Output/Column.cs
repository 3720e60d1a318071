namespace ArticleLens.Cli.Output;

/// <summary>One column of a command's output: its key (the JSON key and CSV header, part of the CLI contract) and how to read it from a row.</summary>
internal sealed record Column<T>(string Key, Func<T, object?> Value);
