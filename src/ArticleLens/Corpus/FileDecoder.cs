using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ArticleLens;

/// <summary>
/// Opens a file as text: honours a UTF-8/UTF-16/UTF-32 BOM, otherwise strict UTF-8 (or the encoding asked for).
/// Empty, binary and undecodable files become a <see cref="LoadProblem"/> instead of text with replacement characters.
/// Files up to 1 MB are read once into memory, checked and decoded there; larger ones are checked in one streaming
/// pass and then decoded as a stream, so a 100 MB file is never held whole.
/// </summary>
internal static class FileDecoder
{
    private const int WholeFile = 1 << 20;
    private const int ChunkBytes = 1 << 20;

    /// <summary>A reader positioned after the BOM, or the problem that prevents reading.</summary>
    public static (TextReader? Reader, LoadProblem? Problem) Open(string path, Encoding? fallback)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new LoadProblem(path, 0, $"cannot read the file: {e.Message}"));
        }

        try
        {
            return stream.Length <= WholeFile ? ReadWhole(stream, path, fallback) : OpenStream(stream, path, fallback);
        }
        catch (IOException e)
        {
            stream.Dispose();
            return (null, new LoadProblem(path, 0, $"cannot read the file: {e.Message}"));
        }
    }

    private static (TextReader?, LoadProblem?) ReadWhole(FileStream stream, string path, Encoding? fallback)
    {
        using (stream)
        {
            var buffer = ArrayPool<byte>.Shared.Rent((int)stream.Length + 1);
            try
            {
                var bytes = buffer.AsSpan(0, stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false));
                var (encoding, bom, problem) = ByteChecks.Detect(bytes, path, fallback);
                if (problem is null && encoding == ByteChecks.StrictUtf8)
                    problem = ByteChecks.InvalidUtf8(bytes, path, 0, 1);
                if (problem is not null) return (null, problem);
                try
                {
                    return (new WholeText(encoding!.GetString(bytes[bom..])), null);
                }
                catch (DecoderFallbackException e)
                {
                    return (null, new LoadProblem(path, 0, $"cannot decode the text as {encoding!.WebName}: {e.Message}"));
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private static (TextReader?, LoadProblem?) OpenStream(FileStream stream, string path, Encoding? fallback)
    {
        Span<byte> head = stackalloc byte[ByteChecks.SniffBytes];
        var (encoding, bom, problem) = ByteChecks.Detect(head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)], path, fallback);
        if (problem is null && encoding == ByteChecks.StrictUtf8)
            problem = ValidateUtf8(stream, path);
        if (problem is not null)
        {
            stream.Dispose();
            return (null, problem);
        }
        stream.Position = bom;
        return (new StreamReader(stream, encoding!, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16), null);
    }

    /// <summary>
    /// One streaming pass over the bytes; names the line and byte of the first invalid sequence. Lines are counted only
    /// then, by reading the file again up to that byte: a valid file (nearly every one) pays for no counting.
    /// </summary>
    private static LoadProblem? ValidateUtf8(FileStream stream, string path)
    {
        stream.Position = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes + 4);
        try
        {
            long consumed = 0;
            var carry = 0;
            while (true)
            {
                var n = carry + stream.ReadAtLeast(buffer.AsSpan(carry, ChunkBytes), ChunkBytes, throwOnEndOfStream: false);
                var final = n < carry + ChunkBytes;
                var chunk = buffer.AsSpan(0, n);
                var complete = final ? n : CompleteLength(chunk);
                if (!Utf8.IsValid(chunk[..complete]))
                {
                    var bad = ByteChecks.FirstInvalid(chunk[..complete]);
                    return ByteChecks.InvalidUtf8At(path, LineAt(stream, consumed + bad), chunk[bad], consumed + bad);
                }
                if (final) return null;
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

    /// <summary>
    /// The line (from 1) holding byte <paramref name="offset"/> of the stream. Breaks are counted a chunk at a time; a run of
    /// CR and LF at a chunk's end waits for the next chunk, so a pair split between two chunks counts once.
    /// </summary>
    private static int LineAt(FileStream stream, long offset)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(2 * ChunkBytes);
        try
        {
            stream.Position = 0;
            var lines = 1;
            var carry = 0;
            for (long read = 0; read < offset;)
            {
                var want = (int)Math.Min(ChunkBytes, offset - read);
                var n = stream.ReadAtLeast(buffer.AsSpan(carry, want), want, throwOnEndOfStream: false);
                if (n == 0) break;
                read += n;
                var length = carry + n;
                var run = read < offset ? length - 1 - buffer.AsSpan(0, length).LastIndexOfAnyExcept((byte)'\r', (byte)'\n') : 0;
                carry = run < length ? run : 0;
                lines += ByteChecks.CountBreaks(buffer.AsSpan(0, length - carry));
                buffer.AsSpan(length - carry, carry).CopyTo(buffer);
            }
            return lines + ByteChecks.CountBreaks(buffer.AsSpan(0, carry));
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
}
