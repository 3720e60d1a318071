using Microsoft.Data.Analysis;

namespace ArticleLens.Interactive;

/// <summary>Builds a <see cref="DataFrame"/> from rows with typed columns, declared once per row type.</summary>
internal sealed class FrameBuilder<T>
{
    private readonly List<Func<IReadOnlyList<T>, DataFrameColumn>> _columns = [];

    public FrameBuilder<T> Text(string name, Func<T, string?> value)
    {
        _columns.Add(rows => new StringDataFrameColumn(name, rows.Select(value)));
        return this;
    }

    public FrameBuilder<T> Int(string name, Func<T, int?> value)
    {
        _columns.Add(rows => new Int32DataFrameColumn(name, rows.Select(value)));
        return this;
    }

    public FrameBuilder<T> Long(string name, Func<T, long?> value)
    {
        _columns.Add(rows => new Int64DataFrameColumn(name, rows.Select(value)));
        return this;
    }

    public FrameBuilder<T> Double(string name, Func<T, double?> value)
    {
        _columns.Add(rows => new DoubleDataFrameColumn(name, rows.Select(value)));
        return this;
    }

    public FrameBuilder<T> Bool(string name, Func<T, bool?> value)
    {
        _columns.Add(rows => new BooleanDataFrameColumn(name, rows.Select(value)));
        return this;
    }

    public DataFrame Build(IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows as IReadOnlyList<T> ?? rows.ToList();
        return new DataFrame(_columns.Select(column => column(list)));
    }
}
