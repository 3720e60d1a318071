using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ArticleLens.Countries;

/// <summary>Reads and checks a gazetteer file; every defect is reported as <c>source:line: reason</c>.</summary>
internal static partial class GazetteerReader
{
    private static readonly string[] CountryKeys = ["iso2", "name", "names", "official", "aliases", "demonyms", "capitals", "currency"];
    private static readonly string[] GroupKeys = ["name", "names", "official", "aliases", "demonyms", "members"];
    private static readonly (string Key, MentionKind Kind)[] FormKeys =
    [
        ("names", MentionKind.Name), ("official", MentionKind.OfficialName), ("aliases", MentionKind.Alias),
        ("demonyms", MentionKind.Demonym), ("capitals", MentionKind.Capital),
    ];

    public static Gazetteer Read(TextReader text, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(text);
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{source}:{e.Start.Line}: {e.Message}", e);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new InvalidDataException($"{source}:1: expected a mapping with countries, groups, case-sensitive and not-mentions");
        var file = new Reading(source);
        foreach (var (key, value) in root.Children)
        {
            switch (Scalar(file, key))
            {
                case "countries": file.CountriesNode = Mapping(file, value, "countries"); break;
                case "groups": file.GroupsNode = Mapping(file, value, "groups"); break;
                case "case-sensitive": file.CaseSensitive = Strings(file, value); break;
                case "not-mentions": file.NotMentions = Strings(file, value); break;
                case var other: throw file.Error(key, $"unknown key '{other}' (expected countries, groups, case-sensitive, not-mentions)");
            }
        }
        if (file.CountriesNode is null) throw file.Error(root, "no countries: section");
        var countries = file.CountriesNode.Children.Select(c => ReadCountry(file, c.Key, c.Value)).ToList();
        var groups = file.GroupsNode?.Children.Select(g => ReadGroup(file, g.Key, g.Value, countries)).ToList() ?? [];
        Check(file, countries.Concat<GazetteerEntry>(groups));
        return new Gazetteer(countries, groups, file.CaseSensitive.Select(f => f.Text), file.NotMentions.Select(f => f.Text), source);
    }

    private static Country ReadCountry(Reading file, YamlNode key, YamlNode value)
    {
        var iso3 = Scalar(file, key);
        if (!Iso3().IsMatch(iso3)) throw file.Error(key, $"'{iso3}' is not an ISO 3166-1 alpha-3 code (three capital letters)");
        var fields = Fields(file, value, iso3, CountryKeys);
        var iso2 = Required(file, fields, "iso2", value, iso3);
        if (!Iso2().IsMatch(iso2.Text)) throw file.Error(iso2.Node, $"{iso3}: '{iso2.Text}' is not an ISO 3166-1 alpha-2 code");
        var currency = fields.TryGetValue("currency", out var units) ? Strings(file, units).Select(u => u.Text).ToList() : [];
        return new Country(iso3, iso2.Text, Required(file, fields, "name", value, iso3).Text, Forms(file, fields, value, iso3), currency);
    }

    private static CountryGroup ReadGroup(Reading file, YamlNode key, YamlNode value, List<Country> countries)
    {
        var id = Scalar(file, key);
        if (!GroupId().IsMatch(id)) throw file.Error(key, $"'{id}' is not a group id (lower-case words joined by hyphens: central-asia)");
        var fields = Fields(file, value, id, GroupKeys);
        if (fields.ContainsKey("capitals")) throw file.Error(value, $"{id}: a group has no capitals");
        if (!fields.TryGetValue("members", out var membersNode)) throw file.Error(value, $"{id}: no members");
        var members = new List<string>();
        foreach (var member in Strings(file, membersNode))
        {
            if (!countries.Any(c => c.Iso3 == member.Text)) throw file.Error(member.Node, $"{id}: member '{member.Text}' is not a country of the gazetteer");
            if (members.Contains(member.Text)) throw file.Error(member.Node, $"{id}: member '{member.Text}' is listed twice");
            members.Add(member.Text);
        }
        return new CountryGroup(id, Required(file, fields, "name", value, id).Text, Forms(file, fields, value, id), members);
    }

    private static List<(string, MentionKind)> Forms(Reading file, Dictionary<string, YamlNode> fields, YamlNode entry, string code)
    {
        var name = Required(file, fields, "name", entry, code);
        file.Remember(name, code);
        var forms = new List<(string, MentionKind)> { (name.Text, MentionKind.Name) };
        foreach (var (key, kind) in FormKeys)
        {
            if (!fields.TryGetValue(key, out var node)) continue;
            foreach (var form in Strings(file, node))
            {
                file.Remember(form, code);
                forms.Add((form.Text, kind));
            }
        }
        return forms;
    }

    private static void Check(Reading file, IEnumerable<GazetteerEntry> entries)
    {
        var iso2 = new Dictionary<string, string>();
        foreach (var country in entries.OfType<Country>())
        {
            if (!iso2.TryAdd(country.Iso2, country.Iso3)) throw file.Error(file.FirstNode(country.Name), $"{country.Iso3}: iso2 {country.Iso2} is also {iso2[country.Iso2]}");
        }
        var all = file.Forms.Select(f => f.Form.Text).ToHashSet(StringComparer.Ordinal);
        foreach (var listed in file.CaseSensitive)
            if (!all.Contains(listed.Text)) throw file.Error(listed.Node, $"case-sensitive: '{listed.Text}' is not a form of any country or group");
        foreach (var phrase in file.NotMentions)
            if (file.Owner(phrase.Text) is { } owner) throw file.Error(phrase.Node, $"not-mentions: '{phrase.Text}' is a form of {owner}");
    }

    private static Dictionary<string, YamlNode> Fields(Reading file, YamlNode value, string code, string[] allowed)
    {
        var fields = new Dictionary<string, YamlNode>();
        foreach (var (key, field) in Mapping(file, value, code).Children)
        {
            var name = Scalar(file, key);
            if (!allowed.Contains(name)) throw file.Error(key, $"{code}: unknown field '{name}' (expected {string.Join(", ", allowed)})");
            if (!fields.TryAdd(name, field)) throw file.Error(key, $"{code}: field '{name}' given twice");
        }
        return fields;
    }

    private static (string Text, YamlNode Node) Required(Reading file, Dictionary<string, YamlNode> fields, string key, YamlNode entry, string code) =>
        fields.TryGetValue(key, out var node) ? (Scalar(file, node), node) : throw file.Error(entry, $"{code}: no {key}");

    private static YamlMappingNode Mapping(Reading file, YamlNode node, string what) =>
        node as YamlMappingNode ?? throw file.Error(node, $"{what}: expected a mapping");

    private static string Scalar(Reading file, YamlNode node) =>
        node is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text) ? text.Trim() : throw file.Error(node, "expected a non-empty text");

    private static List<(string Text, YamlNode Node)> Strings(Reading file, YamlNode node) => node switch
    {
        YamlScalarNode => [(Scalar(file, node), node)],
        YamlSequenceNode list => [.. list.Children.Select(item => (Scalar(file, item), item))],
        _ => throw file.Error(node, "expected a text or a list of texts"),
    };

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Iso3();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex Iso2();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex GroupId();

    /// <summary>What has been read so far, to report clashes with the line of both sides.</summary>
    private sealed class Reading(string source)
    {
        private readonly Dictionary<string, (string Code, YamlNode Node)> _owners = [];

        public YamlMappingNode? CountriesNode { get; set; }
        public YamlMappingNode? GroupsNode { get; set; }
        public List<(string Text, YamlNode Node)> CaseSensitive { get; set; } = [];
        public List<(string Text, YamlNode Node)> NotMentions { get; set; } = [];
        public List<((string Text, YamlNode Node) Form, string Code)> Forms { get; } = [];

        public void Remember((string Text, YamlNode Node) form, string code)
        {
            var key = GazetteerForms.Key(form.Text);
            if (_owners.TryGetValue(key, out var owner))
            {
                var where = $"line {owner.Node.Start.Line}";
                throw Error(form.Node, owner.Code == code
                    ? $"{code}: '{form.Text}' is given twice (also {where})"
                    : $"{code}: '{form.Text}' already names {owner.Code} ({where}); a form names one country or group");
            }
            _owners[key] = (code, form.Node);
            Forms.Add((form, code));
        }

        public string? Owner(string form) => _owners.TryGetValue(GazetteerForms.Key(form), out var owner) ? owner.Code : null;

        public YamlNode FirstNode(string form) => _owners[GazetteerForms.Key(form)].Node;

        public InvalidDataException Error(YamlNode node, string reason) => new($"{source}:{node.Start.Line}: {reason}");
    }
}
