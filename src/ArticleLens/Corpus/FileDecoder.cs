using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ArticleLens;

/// <summary>
/// Opens a file as text: honours a UTF-8/UTF-16/UTF-32 BOM, otherwise strict UTF-8 (or the encoding asked for).
/// Empty, binary and undecodable files become a <see cref="LoadProblem"/> instead of text with replacement characters.
/// </summary>
internal static class FileDecoder
{
    private const int SniffBytes = 8192;
    private const int ChunkBytes = 1 << 20;

    /// <summary>A reader positioned after the BOM, or the problem that prevents reading.</summary>
    public static (TextReader? Reader, LoadProblem? Problem) Open(string path, Encoding? fallback)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new LoadProblem(path, 0, $"cannot read the file: {e.Message}"));
        }

        try
        {
            var (encoding, bomLength, problem) = Detect(stream, path, fallback);
            if (problem is not null)
            {
                stream.Dispose();
                return (null, problem);
            }
            stream.Position = bomLength;
            return (new StreamReader(stream, encoding!, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16), null);
        }
        catch (IOException e)
        {
            stream.Dispose();
            return (null, new LoadProblem(path, 0, $"cannot read the file: {e.Message}"));
        }
    }

    private static (Encoding? Encoding, int BomLength, LoadProblem? Problem) Detect(FileStream stream, string path, Encoding? fallback)
    {
        if (stream.Length == 0)
            return (null, 0, new LoadProblem(path, 0, "empty file"));

        Span<byte> head = stackalloc byte[4];
        var read = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        head = head[..read];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0])) return (new UTF32Encoding(false, false, true), 4, null);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (Strict.Utf8, 3, EmptyAfter(stream, 3, path));
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (new UnicodeEncoding(false, false, true), 2, EmptyAfter(stream, 2, path));
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (new UnicodeEncoding(true, false, true), 2, EmptyAfter(stream, 2, path));

        if (FindNul(stream) is var nul and >= 0)
            return (null, 0, new LoadProblem(path, 0, $"binary file (NUL byte at byte offset {nul}); not text"));
        if (fallback is not null)
            return (Encoding.GetEncoding(fallback.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), 0, null);
        return (Strict.Utf8, 0, ValidateUtf8(stream, path));
    }

    private static LoadProblem? EmptyAfter(FileStream stream, int bom, string path) =>
        stream.Length == bom ? new LoadProblem(path, 0, "empty file (only a byte order mark)") : null;

    private static long FindNul(FileStream stream)
    {
        stream.Position = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(SniffBytes);
        try
        {
            var n = stream.ReadAtLeast(buffer.AsSpan(0, SniffBytes), SniffBytes, throwOnEndOfStream: false);
            return buffer.AsSpan(0, n).IndexOf((byte)0);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>One fast pass over the bytes; names the line and byte of the first invalid sequence.</summary>
    private static LoadProblem? ValidateUtf8(FileStream stream, string path)
    {
        stream.Position = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes + 4);
        try
        {
            long consumed = 0;
            var lines = 1;
            var carry = 0;
            while (true)
            {
                var n = carry + stream.ReadAtLeast(buffer.AsSpan(carry, ChunkBytes), ChunkBytes, throwOnEndOfStream: false);
                var final = n < carry + ChunkBytes;
                var chunk = buffer.AsSpan(0, n);
                var complete = final ? n : CompleteLength(chunk);
                if (!Utf8.IsValid(chunk[..complete]))
                {
                    var bad = FirstInvalid(chunk[..complete]);
                    var line = lines + chunk[..bad].Count((byte)'\n');
                    return new LoadProblem(path, line,
                        $"invalid UTF-8 (byte 0x{chunk[bad]:X2} at byte offset {consumed + bad}); " +
                        "if the file uses a legacy encoding, pass it with --encoding (for example windows-1252)");
                }
                if (final) return null;
                lines += chunk[..complete].Count((byte)'\n');
                consumed += complete;
                carry = n - complete;
                chunk[complete..].CopyTo(buffer);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Length of the chunk without a trailing, possibly incomplete, multi-byte sequence.</summary>
    private static int CompleteLength(ReadOnlySpan<byte> chunk)
    {
        var i = chunk.Length;
        for (var back = 0; back < 4 && i > 0; back++)
        {
            var b = chunk[i - 1];
            if (b < 0x80) return chunk.Length;       // ASCII: nothing pending
            i--;
            if (b >= 0xC0) return i;                 // lead byte: its sequence may continue in the next chunk
        }
        return chunk.Length;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
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

    private static class Strict
    {
        public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    }
}
