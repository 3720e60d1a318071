using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ArticleLens.Cli.Output;

/// <summary>
/// Writes cell values as JSON into a <see cref="Utf8Buffer"/>, byte for byte as <see cref="WriteValue"/> writes them with a
/// <see cref="Utf8JsonWriter"/>. Text, integers, booleans and nulls (nearly every cell) are written here directly; any other
/// value, and text that needs escaping other than <c>\"</c> and <c>\\</c>, goes through the writer itself.
/// </summary>
internal sealed class JsonCellWriter(Utf8Buffer buffer)
{
    /// <summary>JSON as the CLI prints it: non-ASCII text kept as is, only what JSON requires escaped.</summary>
    public static JsonWriterOptions Options => Reference.Options;

    /// <summary>
    /// The ASCII characters written as themselves: printable ASCII but <c>"</c> and <c>\</c> (the encoder of <see cref="Options"/>
    /// escapes control characters and DEL too; a test holds the two to the same set).
    /// </summary>
    internal static readonly SearchValues<char> PlainAscii =
        SearchValues.Create([.. Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).Where(c => c is not ('"' or '\\'))]);

    private Utf8JsonWriter? _writer; // made when a cell first needs it: few do

    /// <summary>Appends <paramref name="value"/> as a JSON value.</summary>
    public void Write(object? value)
    {
        switch (value)
        {
            case string text: WriteString([], text); break;
            case null: buffer.Append("null"u8); break;
            case bool b: buffer.Append(b ? "true"u8 : "false"u8); break;
            case int i: WriteInteger(i); break;
            case long l: WriteInteger(l); break;
            case double d when double.IsFinite(d): WriteNumber(d); break;
            case double: buffer.Append("null"u8); break;
            default: WriteWithWriter(value); break;
        }
    }

    /// <summary>Appends <paramref name="key"/> (an encoded member name and colon), then <paramref name="value"/>.</summary>
    public void Write(ReadOnlySpan<byte> key, object value)
    {
        buffer.Append(key);
        Write(value);
    }

    /// <summary><paramref name="text"/> as a JSON string, quotes included.</summary>
    public static byte[] Quote(string text)
    {
        var buffer = new Utf8Buffer(text.Length * 3 + 2);
        new JsonCellWriter(buffer).WriteString([], text);
        return buffer.Written.ToArray();
    }

    /// <summary>Appends <paramref name="key"/>, then text.</summary>
    public void WriteText(ReadOnlySpan<byte> key, ReadOnlySpan<char> text) => WriteString(key, text);

    /// <summary>Writes an integer at <paramref name="n"/> of <paramref name="room"/> (20 bytes at most) and moves past it.</summary>
    public static void Integer(long value, Span<byte> room, ref int n)
    {
        Utf8Formatter.TryFormat(value, room[n..], out var written);
        n += written;
    }

    /// <summary>
    /// Writes a finite number rounded to 6 places, as <see cref="Utf8JsonWriter"/> writes it, at <paramref name="n"/> of
    /// <paramref name="room"/> (<see cref="MaxNumberLength"/> bytes at most) and moves past it.
    /// </summary>
    public static void Number(double value, Span<byte> room, ref int n)
    {
        Math.Round(value, 6).TryFormat(room[n..], out var written, default, CultureInfo.InvariantCulture);
        n += written;
    }

    /// <summary>The most bytes <see cref="Number"/> writes ("-1.7976931348623157E+308").</summary>
    public const int MaxNumberLength = 32;

    /// <summary>
    /// Writes <paramref name="text"/> in quotes at <paramref name="n"/> of <paramref name="room"/> (which has room for
    /// <see cref="MaxQuotedLength"/> bytes): runs of verbatim characters copied (ASCII narrowed, the rest transcoded), <c>"</c> and
    /// <c>\</c> escaped. False, with <paramref name="n"/> unchanged, for text with a character only <see cref="Utf8JsonWriter"/>
    /// escapes (a control character, a surrogate...). A short text is copied char by char first: vectorised searches cost more to
    /// set up than it takes.
    /// </summary>
    public static bool TryQuote(ReadOnlySpan<char> text, Span<byte> room, ref int n)
    {
        var at = n;
        room[at++] = (byte)'"';
        var i = 0;
        if (text.Length <= 32)
            for (; i < text.Length && text[i] is var c && c is >= ' ' and <= '~' and not ('"' or '\\'); i++)
                room[at++] = (byte)c;
        while (i < text.Length)
        {
            var plain = text[i..].IndexOfAnyExcept(PlainAscii);
            if (plain < 0) plain = text.Length - i;
            Ascii.FromUtf16(text.Slice(i, plain), room[at..], out var narrowed);
            at += narrowed;
            i += plain;
            if (i == text.Length) break;
            var c = text[i];
            if (c is '"' or '\\')
            {
                room[at++] = (byte)'\\';
                room[at++] = (byte)c;
                i++;
                continue;
            }
            if (c < 128 || !Reference.Verbatim[c]) return false;
            var end = i + 1;
            while (end < text.Length && text[end] >= 128 && Reference.Verbatim[text[end]]) end++;
            at += Encoding.UTF8.GetBytes(text[i..end], room[at..]);
            i = end;
        }
        room[at++] = (byte)'"';
        n = at;
        return true;
    }

    /// <summary>The most bytes <see cref="TryQuote"/> writes for <paramref name="length"/> UTF-16 units (3 per unit, an escape 2).</summary>
    public static int MaxQuotedLength(int length) => length * 3 + 2;

    /// <summary>A cell value as JSON: the reference for every format decision (doubles rounded to 6 places, lists as arrays).</summary>
    public static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case double d when double.IsFinite(d): json.WriteNumberValue(Math.Round(d, 6)); break;
            case double: json.WriteNullValue(); break;
            case decimal m: json.WriteNumberValue(m); break;
            case IEnumerable<string> list:
                json.WriteStartArray();
                foreach (var item in list) json.WriteStringValue(item);
                json.WriteEndArray();
                break;
            case var other: json.WriteStringValue(RowWriter.Text(other)); break;
        }
    }

    /// <summary><paramref name="key"/>, then text in quotes (see <see cref="TryQuote"/>).</summary>
    private void WriteString(ReadOnlySpan<byte> key, ReadOnlySpan<char> text)
    {
        var room = buffer.Room(key.Length + MaxQuotedLength(text.Length));
        key.CopyTo(room);
        var n = key.Length;
        if (TryQuote(text, room, ref n))
        {
            buffer.Advance(n);
            return;
        }
        buffer.Advance(key.Length);
        WriteWithWriter(text.ToString()); // control characters, surrogates, characters the encoder escapes
    }

    private void WriteInteger(long value)
    {
        var n = 0;
        Integer(value, buffer.Room(20), ref n);
        buffer.Advance(n);
    }

    private void WriteNumber(double value)
    {
        var n = 0;
        Number(value, buffer.Room(MaxNumberLength), ref n);
        buffer.Advance(n);
    }

    private void WriteWithWriter(object? value)
    {
        _writer ??= new Utf8JsonWriter(buffer, Options with { SkipValidation = true });
        _writer.Reset(buffer);
        WriteValue(_writer, value);
        _writer.Flush();
    }

    /// <summary>
    /// The reference encoder and what it writes as itself beyond ASCII, set up on first use: loading System.Text.Json and its
    /// encoder takes about 35 ms, which a run whose text is all ASCII never pays.
    /// </summary>
    private static class Reference
    {
        public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        /// <summary>Per UTF-16 code unit: true when the encoder writes it as itself (surrogates never: they are checked in pairs).</summary>
        public static readonly bool[] Verbatim = VerbatimChars();

        private static bool[] VerbatimChars()
        {
            var encoder = Options.Encoder!;
            var verbatim = new bool[char.MaxValue + 1];
            for (var c = 0; c <= char.MaxValue; c++)
                verbatim[c] = !char.IsSurrogate((char)c) && !encoder.WillEncode(c);
            return verbatim;
        }
    }

    /// <summary>True when the encoder of <see cref="Options"/> writes <paramref name="c"/> as itself (for tests).</summary>
    internal static bool IsVerbatim(char c) => Reference.Verbatim[c];
}
