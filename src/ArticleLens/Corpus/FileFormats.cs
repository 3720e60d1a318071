namespace ArticleLens;

/// <summary>How a file's articles are laid out.</summary>
internal enum FileFormat : byte
{
    /// <summary>Text: the seed format, plain text or Markdown with front matter, told apart by content.</summary>
    Text,
    /// <summary>Markdown, with or without YAML front matter.</summary>
    Markdown,
    /// <summary>Comma- or semicolon-separated values with a header row, one article per record.</summary>
    Csv,
    /// <summary>Tab-separated values with a header row.</summary>
    Tsv,
    /// <summary>One JSON object per line.</summary>
    JsonLines,
}

/// <summary>Picks a file's format from its extension; text files are told apart by content when read.</summary>
internal static class FileFormats
{
    public static FileFormat Of(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" or ".mdown" or ".mkd" => FileFormat.Markdown,
        ".csv" => FileFormat.Csv,
        ".tsv" or ".tab" => FileFormat.Tsv,
        ".jsonl" or ".ndjson" or ".json" => FileFormat.JsonLines,
        _ => FileFormat.Text,
    };
}
