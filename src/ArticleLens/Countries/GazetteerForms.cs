namespace ArticleLens.Countries;

/// <summary>The spelling rules of gazetteer forms: variants matched beside a form, when a form is case-sensitive, and the key two forms clash on.</summary>
internal static class GazetteerForms
{
    /// <summary>The key under which forms clash: lower case, no diacritics, straight apostrophes.</summary>
    public static string Key(string form) => WithoutDiacritics(form).Replace('\u2019', '\'').ToLowerInvariant();

    /// <summary>
    /// True when <paramref name="form"/> must match case included: at most three letters, all capitals (<c>US</c>, <c>U.K.</c>,
    /// <c>CAR</c>, <c>G20</c>), or listed as a word in the gazetteer's case-sensitive forms.
    /// </summary>
    public static bool IsCaseSensitive(string form, IReadOnlySet<string> listed)
    {
        if (listed.Contains(form)) return true;
        var letters = 0;
        foreach (var c in form)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
            else if (c != '.' && !char.IsDigit(c)) return false;
        }
        return letters is > 0 and <= 3;
    }

    /// <summary>
    /// <paramref name="form"/> and the spellings matched with it: without diacritics (<c>Turkiye</c>), <c>St.</c> and
    /// <c>St</c> for a leading <c>Saint</c>, <c>&amp;</c> for <c>and</c>, a possessive without its apostrophe
    /// (<c>Peoples Republic of China</c>, so that Taiwan's <c>Republic of China</c> never matches inside it).
    /// </summary>
    public static IEnumerable<string> Variants(string form)
    {
        var variants = new List<string> { form };
        Add(variants, WithoutDiacritics(form));
        foreach (var v in variants.ToList())
        {
            if (v.StartsWith("Saint ", StringComparison.Ordinal))
            {
                Add(variants, "St. " + v[6..]);
                Add(variants, "St " + v[6..]);
            }
        }
        foreach (var v in variants.ToList())
            if (v.Contains(" and ", StringComparison.Ordinal)) Add(variants, v.Replace(" and ", " & ", StringComparison.Ordinal));
        foreach (var v in variants.ToList())
            if (v.Contains("'s ", StringComparison.Ordinal)) Add(variants, v.Replace("'s ", "s ", StringComparison.Ordinal));
        return variants;
    }

    /// <summary>The plural spellings of a currency unit that follow a country form: <c>dollar</c>, <c>dollars</c>.</summary>
    public static IEnumerable<string> CurrencySpellings(string unit)
    {
        var units = new List<string>();
        foreach (var spelling in new[] { unit, WithoutDiacritics(unit) })
        {
            Add(units, spelling);
            Add(units, spelling + "s");
        }
        return units;
    }

    private static void Add(List<string> list, string value)
    {
        if (!list.Contains(value)) list.Add(value);
    }

    /// <summary>Latin letters with diacritics and their base letters (a table, so the result does not depend on ICU or invariant mode).</summary>
    private const string Accented = "ÀÁÂÃÄÅĀĂĄàáâãäåāăąÇĆČçćčĎĐďđÈÉÊËĒĖĘĚèéêëēėęěĞğÌÍÎÏĪİìíîïīıŁłÑŃŇñńňÒÓÔÕÖØŌŐòóôõöøōőŘřŚŞŠȘśşšșŢŤȚţťțÙÚÛÜŪŮŰùúûüūůűÝýÿŹŻŽźżž";
    private const string Base =     "AAAAAAAAAaaaaaaaaaCCCcccDDddEEEEEEEEeeeeeeeeGgIIIIIIiiiiiiLlNNNnnnOOOOOOOOooooooooRrSSSSssssTTTtttUUUUUUUuuuuuuuYyyZZZzzz";

    private static string WithoutDiacritics(string text)
    {
        if (text.All(char.IsAscii)) return text;
        return string.Create(text.Length, text, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var at = Accented.IndexOf(source[i]);
                chars[i] = at < 0 ? source[i] : Base[at];
            }
        });
    }
}
