namespace ArticleLens.Cli.Output;

/// <summary>How rows are printed.</summary>
internal enum OutputFormat
{
    /// <summary>A table for people.</summary>
    Table,
    /// <summary>RFC 4180 CSV with a header row.</summary>
    Csv,
    /// <summary>One JSON array of row objects with camelCase keys.</summary>
    Json,
}
