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
            case int i: WriteInteger([], i); break;
            case long l: WriteInteger([], l); break;
            case double d when double.IsFinite(d): WriteNumber([], d); break;
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

    /// <summary>Appends bytes already encoded (a member name, or a member name and null).</summary>
    public void WriteRaw(ReadOnlySpan<byte> bytes) => buffer.Append(bytes);

    /// <summary>Appends <paramref name="key"/>, then text.</summary>
    public void WriteText(ReadOnlySpan<byte> key, ReadOnlySpan<char> text) => WriteString(key, text);

    /// <summary>Appends <paramref name="key"/>, then an integer.</summary>
    public void WriteInteger(ReadOnlySpan<byte> key, long value)
    {
        var room = buffer.Room(key.Length + 20);
        key.CopyTo(room);
        Utf8Formatter.TryFormat(value, room[key.Length..], out var written);
        buffer.Advance(key.Length + written);
    }

    /// <summary>Appends <paramref name="key"/>, then a finite number rounded to 6 places, as <see cref="Utf8JsonWriter"/> writes it.</summary>
    public void WriteNumber(ReadOnlySpan<byte> key, double value)
    {
        var room = buffer.Room(key.Length + 128);
        key.CopyTo(room);
        Math.Round(value, 6).TryFormat(room[key.Length..], out var written, default, CultureInfo.InvariantCulture);
        buffer.Advance(key.Length + written);
    }

    /// <summary>Appends <paramref name="key"/>, then true or false.</summary>
    public void WriteBoolean(ReadOnlySpan<byte> key, bool value)
    {
        buffer.Append(key);
        buffer.Append(value ? "true"u8 : "false"u8);
    }

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

    /// <summary>
    /// <paramref name="key"/>, then text in quotes: runs of verbatim characters copied (ASCII narrowed, the rest transcoded),
    /// <c>"</c> and <c>\</c> escaped. A short cell is copied char by char first: vectorised searches cost more to set up than it takes.
    /// </summary>
    private void WriteString(ReadOnlySpan<byte> key, ReadOnlySpan<char> text)
    {
        var room = buffer.Room(key.Length + text.Length * 3 + 2); // a UTF-16 unit takes at most 3 UTF-8 bytes; an escape takes 2
        key.CopyTo(room);
        var n = key.Length;
        room[n++] = (byte)'"';
        var i = 0;
        if (text.Length <= 32)
            for (; i < text.Length && text[i] is var c && c is >= ' ' and <= '~' and not ('"' or '\\'); i++)
                room[n++] = (byte)c;
        while (i < text.Length)
        {
            var plain = text[i..].IndexOfAnyExcept(PlainAscii);
            if (plain < 0) plain = text.Length - i;
            Ascii.FromUtf16(text.Slice(i, plain), room[n..], out var narrowed);
            n += narrowed;
            i += plain;
            if (i == text.Length) break;
            var c = text[i];
            if (c is '"' or '\\')
            {
                room[n++] = (byte)'\\';
                room[n++] = (byte)c;
                i++;
                continue;
            }
            if (c < 128 || !Reference.Verbatim[c])
            {
                buffer.Advance(key.Length);
                WriteWithWriter(text.ToString()); // control characters, surrogates, characters the encoder escapes
                return;
            }
            var end = i + 1;
            while (end < text.Length && text[end] >= 128 && Reference.Verbatim[text[end]]) end++;
            n += Encoding.UTF8.GetBytes(text[i..end], room[n..]);
            i = end;
        }
        room[n++] = (byte)'"';
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
