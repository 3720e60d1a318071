using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ArticleLens;

/// <summary>What the first bytes of a file say about it: its encoding and BOM, or why it is not text.</summary>
internal static class ByteChecks
{
    /// <summary>How much of a file's start is searched for a NUL byte (the sign of a binary file).</summary>
    public const int SniffBytes = 8192;

    /// <summary>UTF-8 that throws on invalid bytes instead of inventing replacement characters.</summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The encoding and BOM length named by <paramref name="head"/> (the file's first bytes, or all of them), or the problem.</summary>
    public static (Encoding? Encoding, int BomLength, LoadProblem? Problem) Detect(ReadOnlySpan<byte> head, string path, Encoding? fallback)
    {
        if (head.IsEmpty)
            return (null, 0, new LoadProblem(path, 0, "empty file"));
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0])) return (new UTF32Encoding(false, false, true), 4, EmptyAfter(head, 4, path));
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (StrictUtf8, 3, EmptyAfter(head, 3, path));
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (new UnicodeEncoding(false, false, true), 2, EmptyAfter(head, 2, path));
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (new UnicodeEncoding(true, false, true), 2, EmptyAfter(head, 2, path));

        if (head[..Math.Min(head.Length, SniffBytes)].IndexOf((byte)0) is var nul and >= 0)
            return (null, 0, new LoadProblem(path, 0, $"binary file (NUL byte at byte offset {nul}); not text"));
        if (fallback is not null)
            return (Encoding.GetEncoding(fallback.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), 0, null);
        return (StrictUtf8, 0, null);
    }

    /// <summary>
    /// The problem with the first invalid UTF-8 sequence in <paramref name="bytes"/>, or null; <paramref name="consumed"/>
    /// bytes and <paramref name="lines"/> lines came before them.
    /// </summary>
    public static LoadProblem? InvalidUtf8(ReadOnlySpan<byte> bytes, string path, long consumed, int lines)
    {
        if (Utf8.IsValid(bytes)) return null;
        var bad = FirstInvalid(bytes);
        return InvalidUtf8At(path, lines + CountBreaks(bytes[..bad]), bytes[bad], consumed + bad);
    }

    /// <summary>The problem of an invalid byte <paramref name="value"/> at byte <paramref name="offset"/>, on line <paramref name="line"/>.</summary>
    public static LoadProblem InvalidUtf8At(string path, int line, byte value, long offset) =>
        new(path, line, $"invalid UTF-8 (byte 0x{value:X2} at byte offset {offset}); " +
                        "if the file uses a legacy encoding, pass it with --encoding (for example windows-1252)");

    /// <summary>Line breaks as the loader counts them: CRLF, LF CR, LF and CR are one each.</summary>
    public static int CountBreaks(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        var i = bytes.IndexOfAny((byte)'\r', (byte)'\n');
        while (i >= 0)
        {
            count++;
            var next = i + (i + 1 < bytes.Length && bytes[i + 1] != bytes[i] && bytes[i + 1] is (byte)'\r' or (byte)'\n' ? 2 : 1);
            var found = bytes[next..].IndexOfAny((byte)'\r', (byte)'\n');
            i = found < 0 ? -1 : next + found;
        }
        return count;
    }

    private static LoadProblem? EmptyAfter(ReadOnlySpan<byte> head, int bom, string path) =>
        head.Length == bom ? new LoadProblem(path, 0, "empty file (only a byte order mark)") : null;

    /// <summary>The index of the first byte of <paramref name="bytes"/> that is not valid UTF-8 (the bytes are known to hold one).</summary>
    public static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            return read;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
