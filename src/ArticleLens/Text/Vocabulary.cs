namespace ArticleLens.Text;

/// <summary>
/// Interns normalised forms as dense integer ids, looked up by span so that counting allocates
/// a string only for a form seen for the first time. Not thread-safe.
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _forms = [];

    /// <summary>An empty vocabulary.</summary>
    public Vocabulary() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Number of distinct forms.</summary>
    public int Count => _forms.Count;

    /// <summary>The form with id <paramref name="id"/>.</summary>
    public string this[int id] => _forms[id];

    /// <summary>The id of <paramref name="form"/>, adding it when new.</summary>
    public int Intern(ReadOnlySpan<char> form)
    {
        if (_lookup.TryGetValue(form, out var id)) return id;
        id = _forms.Count;
        var text = form.ToString();
        _ids.Add(text, id);
        _forms.Add(text);
        return id;
    }

    /// <summary>The id of <paramref name="form"/>, or -1 when it has not been seen.</summary>
    public int Find(ReadOnlySpan<char> form) => _lookup.TryGetValue(form, out var id) ? id : -1;

    /// <summary>One line: "Vocabulary of 1,234 forms".</summary>
    public override string ToString() => $"Vocabulary of {Count:N0} forms";
}
