namespace ArticleLens;

/// <summary>Words whose period does not end a sentence, and words that start one after a dotted abbreviation.</summary>
internal static class Abbreviations
{
    /// <summary>Titles and references whose period never ends a sentence: <c>Mr.</c>, <c>Dr.</c>, <c>No.</c>, <c>et al.</c> (case-sensitive).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverFinal = Lookup(
        "Mr", "Mrs", "Ms", "Mx", "Mme", "Mmes", "Messrs", "Mdm", "Dr", "Prof", "Hon", "Rt", "Rev", "Fr", "Jr", "Sr", "St", "Mt", "Ft",
        "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Sen", "Rep", "Gov", "Amb", "Pres", "Sec", "Dept", "Min",
        "No", "Nos", "Art", "Arts", "Vol", "Vols", "Fig", "Figs", "Para", "Paras", "Ch", "Chap", "Sect", "Res", "Ref", "Op",
        "no", "nos", "art", "arts", "vol", "fig", "para", "paras", "ch", "sect", "pp", "p", "cf", "vs", "v", "viz", "approx", "ca", "al",
        "Rs",
        "Jan", "Feb", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    /// <summary>Company abbreviations: final, except before a parenthesis (<c>Lomiko Metals, Inc. ("Lomiko")</c>).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Companies = Lookup("Inc", "Ltd", "Co", "Corp", "Bros", "Plc", "LLC");

    /// <summary>Words that start a sentence after <c>U.S.</c> or <c>a.m.</c> (otherwise the abbreviation is mid-sentence: <c>U.S. dollars</c>).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Starters = Lookup(
        "A", "After", "All", "Also", "An", "And", "As", "At", "Before", "Both", "But", "During", "Each", "For", "He", "Her", "His",
        "However", "I", "If", "In", "It", "Its", "Meanwhile", "Moreover", "On", "Our", "She", "Since", "So", "Such", "That", "The",
        "Their", "There", "These", "They", "This", "Those", "Thus", "Today", "We", "When", "While", "With", "Yet");

    /// <summary>True when a period after <paramref name="word"/> belongs to an abbreviation that never ends a sentence.</summary>
    public static bool IsNeverFinal(ReadOnlySpan<char> word) => NeverFinal.Contains(word);

    /// <summary>True when <paramref name="word"/> is a company abbreviation such as <c>Inc</c>.</summary>
    public static bool IsCompany(ReadOnlySpan<char> word) => Companies.Contains(word);

    /// <summary>True when <paramref name="word"/> typically starts a sentence.</summary>
    public static bool IsStarter(ReadOnlySpan<char> word) => Starters.Contains(word);

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
