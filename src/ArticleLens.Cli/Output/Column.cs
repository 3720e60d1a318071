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
    private readonly Func<T, bool>? _flag;

    public Column(string key, Func<T, object?> value) : this(key) => _value = value;

    public Column(string key, Func<T, string?> text) : this(key) => _text = text;

    /// <summary>A text column read as a slice of a longer string (an article's text), so no string is made per row.</summary>
    public Column(string key, Func<T, ReadOnlyMemory<char>> slice) : this(key) => _slice = slice;

    public Column(string key, Func<T, int> integer) : this(key) => _integer = row => integer(row);

    public Column(string key, Func<T, int?> integer) : this(key) => _integer = row => integer(row);

    public Column(string key, Func<T, long> integer) : this(key) => _integer = row => integer(row);

    public Column(string key, Func<T, bool> flag) : this(key) => _flag = flag;

    private Column(string key) => Key = key;

    public string Key { get; }

    /// <summary>The cell of <paramref name="row"/> as an object (integers as <see cref="long"/>).</summary>
    public object? Value(T row) =>
        _text is not null ? _text(row)
        : _slice is not null ? _slice(row).ToString()
        : _integer is not null ? _integer(row)
        : _flag is not null ? _flag(row)
        : _value!(row);

    /// <summary>Writes the cell of <paramref name="row"/> as a JSON value.</summary>
    public void WriteJson(T row, JsonCellWriter cells)
    {
        if (_text is not null) cells.WriteText(_text(row));
        else if (_slice is not null) cells.WriteText(_slice(row).Span);
        else if (_integer is not null) cells.WriteInteger(_integer(row));
        else if (_flag is not null) cells.WriteBoolean(_flag(row));
        else cells.Write(_value!(row));
    }
}
