namespace ArticleLens.Cli.Output;

/// <summary>
/// One column of a command's output: its key (the JSON key and CSV header, part of the CLI contract) and how to read it from a row.
/// Text, integer and boolean cells keep their type, so JSON rows are written without boxing a value per cell (a command such as
/// <c>pledges</c> writes millions of cells); <see cref="Value"/> gives any cell as an object for tables, CSV and the report.
/// </summary>
internal sealed class Column<T>
{
    private readonly Func<T, object?>? _value;
    private readonly Func<T, string?>? _text;
    private readonly Func<T, ReadOnlyMemory<char>>? _slice;
    private readonly Func<T, long?>? _integer;
    private readonly Func<T, double?>? _number;
    private readonly Func<T, bool>? _flag;

    public Column(string key, Func<T, object?> value) : this(key) => _value = value;

    public Column(string key, Func<T, string?> text) : this(key) => _text = text;

    /// <summary>A text column read as a slice of a longer string (an article's text), so no string is made per row.</summary>
    public Column(string key, Func<T, ReadOnlyMemory<char>> slice) : this(key) => _slice = slice;

    public Column(string key, Func<T, int> integer) : this(key) => _integer = row => integer(row);

    public Column(string key, Func<T, int?> integer) : this(key) => _integer = row => integer(row);

    public Column(string key, Func<T, long> integer) : this(key) => _integer = row => integer(row);

    public Column(string key, Func<T, bool> flag) : this(key) => _flag = flag;

    public Column(string key, Func<T, double?> number) : this(key) => _number = number;

    private Column(string key) => Key = key;

    public string Key { get; }

    /// <summary>The cell of <paramref name="row"/> as an object (integers as <see cref="long"/>).</summary>
    public object? Value(T row) =>
        _text is not null ? _text(row)
        : _slice is not null ? _slice(row).ToString()
        : _integer is not null ? _integer(row)
        : _number is not null ? _number(row)
        : _flag is not null ? _flag(row)
        : _value!(row);

    /// <summary>
    /// Writes the cell of <paramref name="row"/> as a JSON member: <paramref name="key"/> then the value, or
    /// <paramref name="keyAndNull"/> for an empty cell (most cells of a pledge row are empty: one copy instead of two).
    /// </summary>
    public void WriteJson(T row, JsonCellWriter cells, ReadOnlySpan<byte> key, ReadOnlySpan<byte> keyAndNull)
    {
        if (_text is not null)
        {
            if (_text(row) is { } text) cells.WriteText(key, text);
            else cells.WriteRaw(keyAndNull);
        }
        else if (_slice is not null) cells.WriteText(key, _slice(row).Span);
        else if (_integer is not null)
        {
            if (_integer(row) is { } integer) cells.WriteInteger(key, integer);
            else cells.WriteRaw(keyAndNull);
        }
        else if (_number is not null)
        {
            if (_number(row) is { } number && double.IsFinite(number)) cells.WriteNumber(key, number);
            else cells.WriteRaw(keyAndNull);
        }
        else if (_flag is not null) cells.WriteBoolean(key, _flag(row));
        else if (_value!(row) is { } value) cells.Write(key, value);
        else cells.WriteRaw(keyAndNull);
    }
}
