using ArticleLens.Text;

namespace ArticleLens.Countries;

/// <summary>What a gazetteer pattern stands for: a form of an entry, or (no entry) a phrase that is not a mention.</summary>
/// <param name="Entry">The country or group named, or null for a not-mention phrase.</param>
/// <param name="Kind">How the form names the entry.</param>
internal sealed record GazetteerTarget(GazetteerEntry? Entry, MentionKind Kind)
{
    /// <summary>The patterns of every form of <paramref name="gazetteer"/> (with their spelling variants) and of its not-mentions.</summary>
    public static IEnumerable<(Pattern Pattern, GazetteerTarget Target)> PatternsOf(Gazetteer gazetteer)
    {
        foreach (var entry in gazetteer.Entries)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (form, kind) in entry.Forms)
            {
                var target = new GazetteerTarget(entry, kind);
                var cased = GazetteerForms.IsCaseSensitive(form, gazetteer.CaseSensitive);
                foreach (var variant in GazetteerForms.Variants(form))
                {
                    if (!cased)
                    {
                        if (seen.Add(variant.ToLowerInvariant())) yield return (Pattern.Parse(variant), target);
                        continue;
                    }
                    if (seen.Add(variant)) yield return (Pattern.CaseSensitive(variant), target);
                    var capitals = variant.ToUpperInvariant();
                    if (seen.Add(capitals)) yield return (Pattern.CaseSensitive(capitals), target);
                }
            }
        }
        var notMention = new GazetteerTarget(null, MentionKind.Name);
        foreach (var phrase in gazetteer.NotMentions)
            yield return (Pattern.Parse(phrase), notMention);
    }
}
