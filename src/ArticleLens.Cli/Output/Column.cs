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

    public Column(string key, Func<T, object?> value) : this(key, CellKind.Other) => _value = value;

    public Column(string key, Func<T, string?> text) : this(key, CellKind.Text) => _text = text;

    /// <summary>A text column read as a slice of a longer string (an article's text), so no string is made per row.</summary>
    public Column(string key, Func<T, ReadOnlyMemory<char>> slice) : this(key, CellKind.Text) => _slice = slice;

    public Column(string key, Func<T, int> integer) : this(key, CellKind.Integer) => _integer = row => integer(row);

    public Column(string key, Func<T, int?> integer) : this(key, CellKind.Integer) => _integer = row => integer(row);

    public Column(string key, Func<T, long> integer) : this(key, CellKind.Integer) => _integer = row => integer(row);

    public Column(string key, Func<T, bool> flag) : this(key, CellKind.Boolean) => _flag = flag;

    public Column(string key, Func<T, double?> number) : this(key, CellKind.Number) => _number = number;

    private Column(string key, CellKind kind) => (Key, Kind) = (key, kind);

    public string Key { get; }

    /// <summary>Aligns the column right in a table, as numbers are (a KWIC line's left context, which ends at its match).</summary>
    public bool AlignRight { get; init; }

    /// <summary>What the column's cells hold, which says which of the typed readers below to use.</summary>
    public CellKind Kind { get; }

    /// <summary>The cell of <paramref name="row"/> as an object (integers as <see cref="long"/>).</summary>
    public object? Value(T row) =>
        _text is not null ? _text(row)
        : _slice is not null ? _slice(row).ToString()
        : _integer is not null ? _integer(row)
        : _number is not null ? _number(row)
        : _flag is not null ? _flag(row)
        : _value!(row);

    /// <summary>The text of a <see cref="CellKind.Text"/> cell; false when it is empty.</summary>
    public bool TryText(T row, out ReadOnlyMemory<char> text)
    {
        if (_slice is not null)
        {
            text = _slice(row);
            return true;
        }
        var value = _text!(row);
        text = value.AsMemory();
        return value is not null;
    }

    public long? Integer(T row) => _integer!(row);

    public double? Number(T row) => _number!(row);

    public bool Flag(T row) => _flag!(row);

    public object? Other(T row) => _value!(row);
}

/// <summary>What the cells of a <see cref="Column{T}"/> hold.</summary>
internal enum CellKind : byte
{
    Text,
    Integer,
    Number,
    Boolean,
    Other,
}
