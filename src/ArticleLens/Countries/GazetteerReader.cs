using System.Runtime.CompilerServices;

namespace ArticleLens.Countries;

/// <summary>
/// Reads and checks a gazetteer file (the line format of <c>Data/countries.txt</c>: <c>[section]</c> lines, one entry per
/// line, fields split by <c>|</c>, forms by <c>;</c>); every defect is reported as <c>source:line: reason</c>.
/// </summary>
internal static class GazetteerReader
{
    private static readonly string[] CountryFields = ["names", "official", "aliases", "demonyms", "capitals", "currency"];
    private static readonly string[] GroupFields = ["names", "official", "aliases", "demonyms", "members"];
    private static readonly Dictionary<string, MentionKind> Kinds = new()
    {
        ["names"] = MentionKind.Name, ["official"] = MentionKind.OfficialName, ["aliases"] = MentionKind.Alias,
        ["demonyms"] = MentionKind.Demonym, ["capitals"] = MentionKind.Capital,
    };

    [MethodImpl(MethodImplOptions.NoOptimization)] // start-up code: see Pattern.Parse
    public static Gazetteer Read(TextReader text, string source)
    {
        var file = new Reading(source);
        string? section = null;
        var number = 0;
        while (text.ReadLine() is { } line)
        {
            number++;
            var content = line.Trim();
            if (content.Length == 0 || content[0] == '#') continue;
            if (content[0] == '[')
            {
                section = content switch
                {
                    "[countries]" or "[groups]" or "[case-sensitive]" or "[not-mentions]" => content[1..^1],
                    _ => throw file.Error(number, $"unknown section {content} (expected [countries], [groups], [case-sensitive], [not-mentions])"),
                };
                continue;
            }
            switch (section)
            {
                case "countries": file.Countries.Add(ReadCountry(file, content, number)); break;
                case "groups": file.GroupLines.Add((content, number)); break;
                case "case-sensitive": file.CaseSensitive.AddRange(Forms(file, content, number).Select(f => (f, number))); break;
                case "not-mentions": file.NotMentions.AddRange(Forms(file, content, number).Select(f => (f, number))); break;
                default: throw file.Error(number, "an entry before any [section]");
            }
        }
        if (file.Countries.Count == 0) throw file.Error(Math.Max(number, 1), "no [countries] entries");
        var groups = file.GroupLines.Select(g => ReadGroup(file, g.Line, g.Number)).ToList();
        Check(file);
        return new Gazetteer(file.Countries, groups, file.CaseSensitive.Select(f => f.Form), file.NotMentions.Select(f => f.Form), source);
    }

    [MethodImpl(MethodImplOptions.NoOptimization)] // start-up code: see Pattern.Parse
    private static Country ReadCountry(Reading file, string line, int number)
    {
        var (head, name, fields) = Split(file, line, number, CountryFields);
        var codes = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (codes.Length != 2 || !IsCode(codes[0], 3, char.IsAsciiLetterUpper))
            throw file.Error(number, $"'{head}' is not 'ISO3 ISO2' (an ISO 3166-1 alpha-3 code, three capital letters, then alpha-2)");
        var (iso3, iso2) = (codes[0], codes[1]);
        if (!IsCode(iso2, 2, char.IsAsciiLetterUpper)) throw file.Error(number, $"{iso3}: '{iso2}' is not an ISO 3166-1 alpha-2 code");
        if (file.Countries.FirstOrDefault(c => c.Iso3 == iso3 || c.Iso2 == iso2) is { } twin)
            throw file.Error(number, $"{iso3} {iso2}: the code is also {twin.Iso3} {twin.Iso2} (line {file.Lines[twin.Iso3]})");
        file.Lines[iso3] = number;
        var currency = fields.TryGetValue("currency", out var units) ? Forms(file, units, number) : [];
        return new Country(iso3, iso2, name, EntryForms(file, iso3, name, fields, number), currency);
    }

    [MethodImpl(MethodImplOptions.NoOptimization)] // start-up code: see Pattern.Parse
    private static CountryGroup ReadGroup(Reading file, string line, int number)
    {
        var (id, name, fields) = Split(file, line, number, GroupFields);
        if (!IsGroupId(id)) throw file.Error(number, $"'{id}' is not a group id (lower-case words joined by hyphens: central-asia)");
        if (!file.Lines.TryAdd(id, number)) throw file.Error(number, $"{id}: the id is given twice (also line {file.Lines[id]})");
        if (!fields.TryGetValue("members", out var list)) throw file.Error(number, $"{id}: no members");
        var members = new List<string>();
        foreach (var member in list.Split([' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!file.Countries.Any(c => c.Iso3 == member)) throw file.Error(number, $"{id}: member '{member}' is not a country of the gazetteer");
            if (members.Contains(member)) throw file.Error(number, $"{id}: member '{member}' is listed twice");
            members.Add(member);
        }
        return new CountryGroup(id, name, EntryForms(file, id, name, fields, number), members);
    }

    [MethodImpl(MethodImplOptions.NoOptimization)] // start-up code: see Pattern.Parse
    private static List<(string, MentionKind)> EntryForms(Reading file, string code, string name, Dictionary<string, string> fields, int number)
    {
        file.Remember(name, code, number);
        var forms = new List<(string, MentionKind)> { (name, MentionKind.Name) };
        foreach (var (field, kind) in Kinds)
        {
            if (!fields.TryGetValue(field, out var value)) continue;
            foreach (var form in Forms(file, value, number))
            {
                file.Remember(form, code, number);
                forms.Add((form, kind));
            }
        }
        return forms;
    }

    /// <summary>Splits an entry into its head, its display name and its labelled fields.</summary>
    [MethodImpl(MethodImplOptions.NoOptimization)] // start-up code: see Pattern.Parse
    private static (string Head, string Name, Dictionary<string, string> Fields) Split(Reading file, string line, int number, string[] allowed)
    {
        var parts = line.Split('|', StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || parts[0].Length == 0 || parts[1].Length == 0)
            throw file.Error(number, "expected 'code | display name | field: forms | ...'");
        var fields = new Dictionary<string, string>();
        foreach (var part in parts.Skip(2))
        {
            var colon = part.IndexOf(':');
            var field = colon < 0 ? part : part[..colon].Trim();
            if (!allowed.Contains(field)) throw file.Error(number, $"{parts[0]}: unknown field '{field}' (expected {string.Join(", ", allowed)})");
            if (!fields.TryAdd(field, part[(colon + 1)..].Trim())) throw file.Error(number, $"{parts[0]}: field '{field}' given twice");
        }
        return (parts[0], Form(file, parts[1], number), fields);
    }

    private static List<string> Forms(Reading file, string list, int number) =>
        [.. list.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(f => Form(file, f, number))];

    private static string Form(Reading file, string form, int number) =>
        form.AsSpan().IndexOfAny('*', '?') >= 0 ? throw file.Error(number, $"'{form}' is not literal text (a form has no * or ? globs)") : form;

    [MethodImpl(MethodImplOptions.NoOptimization)] // start-up code: see Pattern.Parse
    private static void Check(Reading file)
    {
        foreach (var (form, number) in file.CaseSensitive)
            if (!file.IsForm(form)) throw file.Error(number, $"case-sensitive: '{form}' is not a form of any country or group");
        foreach (var (phrase, number) in file.NotMentions)
            if (file.Owner(phrase) is { } owner) throw file.Error(number, $"not-mentions: '{phrase}' is a form of {owner}");
    }

    private static bool IsCode(string code, int length, Func<char, bool> allowed) => code.Length == length && code.All(allowed);

    private static bool IsGroupId(string id) =>
        id.Length > 0 && id[0] != '-' && id[^1] != '-' && !id.Contains("--", StringComparison.Ordinal)
        && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>What has been read so far, to report clashes with the line of both sides.</summary>
    private sealed class Reading(string source)
    {
        private readonly Dictionary<string, (string Code, int Line)> _owners = [];
        private readonly HashSet<string> _forms = new(StringComparer.Ordinal);

        public List<Country> Countries { get; } = [];
        public List<(string Line, int Number)> GroupLines { get; } = [];
        public List<(string Form, int Line)> CaseSensitive { get; } = [];
        public List<(string Form, int Line)> NotMentions { get; } = [];
        public Dictionary<string, int> Lines { get; } = [];

        public void Remember(string form, string code, int line)
        {
            var key = GazetteerForms.Key(form);
            if (_owners.TryGetValue(key, out var owner))
            {
                throw Error(line, owner.Code == code
                    ? $"{code}: '{form}' is given twice"
                    : $"{code}: '{form}' already names {owner.Code} (line {owner.Line}); a form names one country or group");
            }
            _owners[key] = (code, line);
            _forms.Add(form);
        }

        public bool IsForm(string form) => _forms.Contains(form);

        public string? Owner(string form) => _owners.TryGetValue(GazetteerForms.Key(form), out var owner) ? owner.Code : null;

        public InvalidDataException Error(int line, string reason) => new($"{source}:{line}: {reason}");
    }
}
