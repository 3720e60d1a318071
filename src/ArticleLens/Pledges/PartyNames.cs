using System.Reflection;
using System.Runtime.CompilerServices;
using ArticleLens.Countries;
using ArticleLens.Text;

namespace ArticleLens.Pledges;

/// <summary>
/// A table of party names read from tab-separated lines: kind (country or group), code, name, names, demonyms, members.
/// Names and demonyms are <c>|</c>-separated patterns (a leading <c>=</c> makes one case-sensitive); each demonym also
/// yields "&lt;demonym&gt; government", "side", "authorities" and "leadership".
/// </summary>
public sealed class PartyNames : IPartyNames
{
    private const string ResourceName = "ArticleLens.Data.pledge-parties.tsv";
    private static readonly string[] DemonymHeads = ["government", "side", "authorities", "leadership"];
    private static readonly Lazy<PartyNames> BuiltIn = new(LoadBuiltIn);
    private static readonly Lazy<PartyNames> WithGazetteer = new(() => BuiltIn.Value.Extend(Gazetteer.Default));
    private readonly List<(Pattern Pattern, Party Party)> _names;

    private PartyNames(List<(Pattern, Party)> names, int parties)
    {
        _names = names;
        Parties = parties;
    }

    /// <summary>The built-in table: about 60 countries and 14 groups common in diplomatic news, with their usual names and demonyms.</summary>
    public static PartyNames Minimal => BuiltIn.Value;

    /// <summary>
    /// <see cref="Minimal"/> and every other country of <see cref="Gazetteer.Default"/> ("Afghanistan", "Sri Lanka", "Côte d'Ivoire"),
    /// and the gazetteer's names that are no country ("New Mexico", "Gulf of Guinea"). The detectors' default.
    /// </summary>
    public static PartyNames Default => WithGazetteer.Value;

    /// <inheritdoc />
    public IEnumerable<Pattern> NotParties { get; private init; } = [];

    /// <inheritdoc />
    public IEnumerable<(Pattern Pattern, Party Party)> Capitals { get; private init; } = [];

    /// <summary>Number of parties in the table.</summary>
    public int Parties { get; }

    /// <inheritdoc />
    public IEnumerable<(Pattern Pattern, Party Party)> Names => _names;

    /// <summary>Reads a table; a malformed line throws <see cref="FormatException"/> naming <paramref name="source"/> and the line.</summary>
    [MethodImpl(MethodImplOptions.NoOptimization)] // start-up code: see Pattern.Parse
    public static PartyNames Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var names = new List<(Pattern, Party)>();
        var parties = 0;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (cells.Length < 4 || cells[1].Length == 0 || cells[2].Length == 0 || cells[3].Length == 0)
                throw new FormatException($"{source}:{number}: expected kind, code, name and names separated by tabs.");
            var party = cells[0] switch
            {
                "country" => Party.Country(cells[2], cells[1]),
                "group" => Party.GroupOf(cells[2], Cell(cells, 5).Split(' ', StringSplitOptions.RemoveEmptyEntries)),
                _ => throw new FormatException($"{source}:{number}: kind must be 'country' or 'group', not '{cells[0]}'."),
            };
            parties++;
            foreach (var name in Split(cells[3]))
                names.Add((ParsePattern(name, source, number), party));
            foreach (var demonym in Split(Cell(cells, 4)))
            foreach (var head in DemonymHeads)
                names.Add((ParsePattern($"{demonym} {head}", source, number), party));
        }
        return new PartyNames(names, parties);
    }

    private static PartyNames LoadBuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Read(reader, ResourceName);
    }

    private static string Cell(string[] cells, int index) => index < cells.Length ? cells[index] : "";

    private static IEnumerable<string> Split(string cell) =>
        cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Pattern ParsePattern(string text, string source, int line)
    {
        try
        {
            return text[0] == '=' ? Pattern.CaseSensitive(text[1..]) : Pattern.Parse(text);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"{source}:{line}: {e.Message}", e);
        }
    }

    /// <summary>
    /// This table and every country of <paramref name="gazetteer"/> it lacks (by ISO code): names, official names and aliases, and
    /// each demonym before the heads a demonym takes here. The gazetteer's not-mentions become <see cref="NotParties"/>, and the
    /// capitals of all its countries <see cref="Capitals"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoOptimization)] // start-up code: see Pattern.Parse
    public PartyNames Extend(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var names = new List<(Pattern, Party)>(_names);
        var parties = Parties;
        var builtIn = new Dictionary<string, Party>(StringComparer.Ordinal);
        foreach (var (_, party) in _names)
            if (party.Iso3 is { } code) builtIn.TryAdd(code, party);
        var capitals = new List<(Pattern, Party)>();
        foreach (var country in gazetteer.Countries)
        {
            var known = builtIn.TryGetValue(country.Code, out var party);
            if (!known)
            {
                party = Party.Country(country.Name, country.Code);
                parties++;
            }
            foreach (var (form, kind) in country.Forms)
            {
                if (kind == MentionKind.Capital) capitals.Add((FormPattern(form, gazetteer), party!));
                else if (known) continue;
                else if (kind is MentionKind.Name or MentionKind.OfficialName or MentionKind.Alias) names.Add((FormPattern(form, gazetteer), party!));
                else if (kind == MentionKind.Demonym)
                    foreach (var head in DemonymHeads) names.Add((FormPattern($"{form} {head}", gazetteer), party!));
            }
        }
        return new PartyNames(names, parties)
        {
            NotParties = [.. gazetteer.NotMentions.Select(form => FormPattern(form, gazetteer))],
            Capitals = capitals,
        };
    }

    private static Pattern FormPattern(string form, Gazetteer gazetteer)
    {
        try
        {
            return gazetteer.CaseSensitive.Contains(form) ? Pattern.CaseSensitive(form) : Pattern.Parse(form);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"{gazetteer.Source}: the form '{form}' is no pattern: {e.Message}", e);
        }
    }

    /// <summary>One line: "Party names: 74 parties, 412 patterns".</summary>
    public override string ToString() => $"Party names: {Parties} parties, {_names.Count} patterns";
}
