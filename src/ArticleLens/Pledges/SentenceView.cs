using System.Runtime.InteropServices;
using ArticleLens.Text;

namespace ArticleLens.Pledges;

/// <summary>
/// The tokens and match-stream terms of one sentence, reused from sentence to sentence (no allocation once warm),
/// with the small questions the pledge rules ask about a term.
/// </summary>
internal sealed class SentenceView
{
    private readonly List<Token> _tokens = new(128);
    private readonly List<Term> _terms = new(128);

    public string Text { get; private set; } = "";

    public Sentence Sentence { get; private set; }

    /// <summary>Number of terms.</summary>
    public int Count => _terms.Count;

    public ReadOnlySpan<Term> Terms => CollectionsMarshal.AsSpan(_terms);

    public ReadOnlySpan<Token> Tokens => CollectionsMarshal.AsSpan(_tokens);

    /// <summary>
    /// What the sentence holds, read in one pass for rules that skip sentences without it: the classes of its terms
    /// together, whether a token is a number or starts with a digit ("1.5bn"), and whether one is a year.
    /// </summary>
    public (WordClass Classes, bool Digits, bool Year) Summary(PledgeLexicon lexicon)
    {
        var classes = WordClass.None;
        foreach (ref readonly var term in Terms)
            classes |= lexicon[term.Id];
        bool digits = false, year = false;
        foreach (ref readonly var token in Tokens)
        {
            if (token.Kind == TokenKind.Number || token.Kind == TokenKind.Word && char.IsAsciiDigit(Text[token.Start])) digits = true;
            if (IsYear(token, out _) || token.Kind == TokenKind.Word && char.IsAsciiDigit(Text[token.End - 1]) && EndsWithYear(token))
            {
                year = true;
                break;
            }
        }
        return (classes, digits, year);
    }

    /// <summary>A word that ends in a hyphen and a year, or a fiscal year: "mid-2022" and "FY2025" are one word each.</summary>
    private bool EndsWithYear(in Token token) =>
        token.Length > 5 && (Text[token.End - 5] == '-' || token.Length == 6 && Text[token.Start] == 'F' && Text[token.Start + 1] == 'Y')
        && char.IsAsciiDigit(Text[token.End - 1]) && char.IsAsciiDigit(Text[token.End - 4]);

    /// <summary>Term <paramref name="i"/> is a fiscal year written as one word: "FY2025".</summary>
    public bool TryFiscalYear(int i, out int year)
    {
        year = 0;
        return (uint)i < (uint)Count && Raw(i) is ['F', 'Y', _, _, _, _] word
               && int.TryParse(word[2..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year)
               && year is >= 1900 and <= 2100;
    }

    /// <summary>Tokenizes <paramref name="sentence"/> of <paramref name="text"/> and builds its terms.</summary>
    public void Load(string text, Sentence sentence, Vocabulary vocabulary)
    {
        Text = text;
        Sentence = sentence;
        _tokens.Clear();
        _terms.Clear();
        foreach (var token in Tokenizer.Scan(text, sentence.Start, sentence.End, sentence.Index))
            _tokens.Add(token);
        TermStream.Append(text, CollectionsMarshal.AsSpan(_tokens), vocabulary, _terms);
    }

    public int Id(int i) => _terms[i].Id;

    /// <summary>The id of term <paramref name="i"/>, or -1 outside the sentence.</summary>
    public int IdAt(int i) => (uint)i < (uint)_terms.Count ? _terms[i].Id : -1;

    public int Start(int i) => _terms[i].Start;

    public int End(int i) => _terms[i].End;

    public Token TokenOf(int i) => _tokens[_terms[i].Token];

    public ReadOnlySpan<char> Raw(int i) => Text.AsSpan(_terms[i].Start, _terms[i].End - _terms[i].Start);

    /// <summary>True when terms <paramref name="i"/> and <paramref name="j"/> are parts of one hyphenated token.</summary>
    public bool SameToken(int i, int j) => (uint)j < (uint)_terms.Count && _terms[i].Token == _terms[j].Token;

    /// <summary>True when the term is a whole token (not a part of a hyphenated word).</summary>
    public bool IsWholeToken(int i)
    {
        var token = TokenOf(i);
        return (token.Flags & TokenFlags.Hyphenated) == 0;
    }

    public bool IsWord(int i) => TokenOf(i).Kind == TokenKind.Word;

    /// <summary>A possessive such as "China's": the term ends before its token does.</summary>
    public bool IsPossessive(int i)
    {
        var token = TokenOf(i);
        return (token.Flags & TokenFlags.Apostrophe) != 0 && token.End > _terms[i].End && (i + 1 >= Count || !SameToken(i, i + 1));
    }

    public bool IsCapitalized(int i) => char.IsUpper(Text[_terms[i].Start]);

    /// <summary>A four-digit year from 1900 to 2100 written without a separator.</summary>
    public bool TryYear(int i, out int year)
    {
        year = 0;
        return (uint)i < (uint)_terms.Count && IsYear(TokenOf(i), out year);
    }

    private static bool IsYear(in Token token, out int year)
    {
        year = 0;
        if (token.Kind != TokenKind.Number || token.Length != 4 || (token.Flags & TokenFlags.Ordinal) != 0) return false;
        var value = token.NumericValue;
        if (value is < 1900 or > 2100 || value != Math.Floor(value)) return false;
        year = (int)value;
        return true;
    }

    /// <summary>
    /// The text from the start of term <paramref name="first"/> to the end of term <paramref name="last"/> as a reader sees it:
    /// on one line (hard-wrapped text has line breaks inside a sentence) and without Markdown or HTML residue.
    /// </summary>
    public string Slice(int first, int last) => Markup.Flatten(Text, _terms[first].Start, _terms[last].End);
}
