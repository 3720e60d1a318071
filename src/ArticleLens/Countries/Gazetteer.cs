using ArticleLens.Text;

namespace ArticleLens.Countries;

/// <summary>
/// The countries and regional groups a text can name, with every form of each (names, official names, aliases,
/// demonyms, capitals), the forms that only match as written, and phrases that hold a country form without mentioning
/// the country (<c>South China Sea</c>). <see cref="Default"/> is the project's own data file, <c>Data/countries.txt</c>.
/// </summary>
public sealed class Gazetteer
{
    private const string DefaultResource = "ArticleLens.Data.countries.txt";
    private static readonly Lazy<Gazetteer> DefaultGazetteer = new(ReadDefault);
    private readonly Dictionary<string, GazetteerEntry> _byCode = new(StringComparer.Ordinal);
    private readonly Lazy<(IReadOnlyList<(Pattern, GazetteerTarget)> Patterns, PatternRoots Roots)> _patterns;

    internal Gazetteer(IEnumerable<Country> countries, IEnumerable<CountryGroup> groups, IEnumerable<string> caseSensitive,
        IEnumerable<string> notMentions, string source)
    {
        Countries = [.. countries];
        Groups = [.. groups];
        CaseSensitive = new HashSet<string>(caseSensitive, StringComparer.Ordinal);
        NotMentions = [.. notMentions];
        Source = source;
        foreach (var entry in Entries)
            _byCode[entry.Code] = entry;
        foreach (var country in Countries)
            _byCode.TryAdd(country.Iso2, country);
        _patterns = new(() =>
        {
            var patterns = GazetteerTarget.PatternsOf(this).ToList();
            return (patterns, new PatternRoots(patterns.Select(p => p.Item1)));
        });
    }

    /// <summary>The gazetteer shipped with the library (every ISO 3166-1 country, Kosovo, and regional groups).</summary>
    public static Gazetteer Default => DefaultGazetteer.Value;

    /// <summary>The countries, by ISO-3 code.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>The regional groups.</summary>
    public IReadOnlyList<CountryGroup> Groups { get; }

    /// <summary>Countries then groups.</summary>
    public IEnumerable<GazetteerEntry> Entries => Countries.Concat<GazetteerEntry>(Groups);

    /// <summary>Forms that match only as written or in capitals because their lower-case spelling is a word (<c>Turkey</c>, <c>Polish</c>).</summary>
    public IReadOnlySet<string> CaseSensitive { get; }

    /// <summary>Phrases that hold a country form but do not mention the country (<c>South China Sea</c>, <c>Latin America</c>).</summary>
    public IReadOnlyList<string> NotMentions { get; }

    /// <summary>Where the gazetteer was read from.</summary>
    public string Source { get; }

    /// <summary>Reads a gazetteer file in the shape of <c>Data/countries.txt</c>; a defect is reported as <c>path:line: reason</c>.</summary>
    public static Gazetteer Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = File.OpenText(path);
        return GazetteerReader.Read(reader, path);
    }

    /// <summary>Reads a gazetteer from text in the shape of <c>Data/countries.txt</c>, named <paramref name="source"/> in error messages.</summary>
    public static Gazetteer Parse(string text, string source = "gazetteer")
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return GazetteerReader.Read(reader, source);
    }

    /// <summary>The country or group with this ISO-3 code, ISO-2 code or group id, or null.</summary>
    public GazetteerEntry? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.GetValueOrDefault(code);
    }

    /// <summary>The country with this ISO-3 or ISO-2 code; throws when there is none.</summary>
    public Country Country(string code) =>
        Find(code) as Country ?? throw new ArgumentException($"No country with code '{code}' in {Source}.", nameof(code));

    /// <summary>
    /// A copy of this gazetteer in which the entry <paramref name="code"/> has one more form (an alias, a demonym...).
    /// Throws when the form already names another entry or is a not-mention.
    /// </summary>
    public Gazetteer WithForm(string code, MentionKind kind, string form)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(form);
        var entry = Find(code) ?? throw new ArgumentException($"No country or group with code '{code}' in {Source}.", nameof(code));
        if (entry.IsGroup && kind == MentionKind.Capital) throw new ArgumentException("A group has no capital.", nameof(kind));
        var key = GazetteerForms.Key(form);
        if (Entries.FirstOrDefault(e => e.Forms.Any(f => GazetteerForms.Key(f.Form) == key)) is { } owner)
            throw new ArgumentException($"'{form}' already names {owner.Code}.", nameof(form));
        if (NotMentions.Any(n => GazetteerForms.Key(n) == key))
            throw new ArgumentException($"'{form}' is listed as not a mention.", nameof(form));
        IReadOnlyList<(string, MentionKind)> forms = [.. entry.Forms, (form.Trim(), kind)];
        var countries = Countries.Select(c => c != entry ? c : new Country(c.Iso3, c.Iso2, c.Name, forms, c.CurrencyUnits));
        var groups = Groups.Select(g => g != entry ? g : new CountryGroup(g.Code, g.Name, forms, g.Members));
        return new Gazetteer(countries, groups, CaseSensitive, NotMentions, Source);
    }

    /// <summary>The patterns of every form and not-mention, parsed once and shared by every matcher of this gazetteer.</summary>
    internal IReadOnlyList<(Pattern Pattern, GazetteerTarget Target)> Patterns => _patterns.Value.Patterns;

    /// <summary>The words that can start those patterns.</summary>
    internal PatternRoots Roots => _patterns.Value.Roots;

    /// <summary>One line: "Gazetteer of 250 countries and 18 groups (2,345 forms) from countries.txt".</summary>
    public override string ToString() =>
        $"Gazetteer of {Countries.Count} countries and {Groups.Count} groups ({Entries.Sum(e => e.Forms.Count):N0} forms) from {Path.GetFileName(Source)}";

    private static Gazetteer ReadDefault()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"The embedded resource {DefaultResource} is missing.");
        using var reader = new StreamReader(stream);
        return GazetteerReader.Read(reader, "countries.txt");
    }
}
