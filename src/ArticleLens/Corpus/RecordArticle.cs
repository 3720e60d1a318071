using System.Globalization;

namespace ArticleLens;

/// <summary>Builds the article of one CSV or JSON Lines record: its text is plain text, its sentences found by <see cref="SentenceLayout"/>.</summary>
internal static class RecordArticle
{
    public static Article? Build(RecordFields record, string path, RecordColumns columns, ICollection<LoadProblem> problems)
    {
        if (record.Text.AsSpan().IsWhiteSpace())
        {
            problems.Add(new LoadProblem(path, record.RecordLine, $"the '{columns.Text}' column of record {record.Row} is empty; the record is skipped"));
            return null;
        }
        var stem = Path.GetFileNameWithoutExtension(path);
        var id = string.IsNullOrWhiteSpace(record.Id) ? $"{stem}#{record.Row}" : record.Id.Trim();
        int? number = int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(record.Date))
        {
            if (ArticleDates.TryParse(record.Date, out var parsed)) date = parsed;
            else problems.Add(new LoadProblem(path, record.RecordLine,
                $"the {columns.Date} '{record.Date.Trim()}' of record {record.Row} is not a date (use 2021-06-13); the article is loaded without it"));
        }

        var text = record.Text;
        var lines = TextLine.Split(text);
        var sentences = new List<Sentence>();
        SentenceLayout.Split(text, lines, 0, lines.Count, SentenceLayout.Detect(text, lines, 0, lines.Count), sentences);
        var title = string.IsNullOrWhiteSpace(record.Title) ? id : MarkdownParser.CollapseSpace(record.Title);
        var (countryTag, bareTitle) = CountryTag.Split(title);
        return new Article
        {
            Id = id,
            Number = number,
            Title = bareTitle,
            CountryTag = countryTag,
            Date = date,
            Path = path,
            Text = text,
            Offset = record.Offset,
            Line = record.Line,
            Sentences = sentences,
            Metadata = record.Metadata,
        };
    }
}
