using System.Buffers;
using System.Runtime.CompilerServices;

namespace ArticleLens;

/// <summary>The exact text of one article as it stands in its file, and where it starts.</summary>
/// <param name="Text">The article's characters, line endings kept.</param>
/// <param name="Offset">UTF-16 offset of the block in the file's decoded text.</param>
/// <param name="Line">1-based line where the block starts (for a rejected block: the line that got it rejected).</param>
/// <param name="HasHeader">True when the block starts with an <c>Article Number:</c> line.</param>
/// <param name="Rejected">Why the block was dropped (its text is then empty), or null.</param>
internal readonly record struct ArticleBlock(string Text, int Offset, int Line, bool HasHeader, string? Rejected = null);

/// <summary>
/// Streams a text file as article blocks: a new block starts at every <c>Article Number:</c> line when the file's
/// first non-blank line is such a header; otherwise the whole file is one block. Holds one article at a time.
/// A line longer than the limit is never held: its block is dropped and reported as a rejected block.
/// Line breaks are CRLF, LF, CR and LF CR (the <c>\n\r</c> of some old text files), each one break.
/// </summary>
internal sealed class ArticleBlockReader(TextReader reader, int maxLineLength = CorpusOptions.DefaultMaxLineLength)
{
    public const string Header = "Article Number:";
    private const int Chunk = 1 << 16;

    private char[] _buffer = ArrayPool<char>.Shared.Rent(Chunk * 2); // returned when the blocks have been read
    private int _start;       // buffer index where the current block starts
    private int _length;      // valid chars in the buffer
    private int _fileOffset;  // file offset of _buffer[_start]
    private int _blockLine = 1;
    private bool _eof;

    public IEnumerable<ArticleBlock> ReadBlocks()
    {
        try
        {
            foreach (var block in Blocks())
                yield return block;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private IEnumerable<ArticleBlock> Blocks()
    {
        bool? seedFormat = null;
        ArticleBlock? rejected = null; // set while skipping the rest of a block that held an overlong line
        var scan = 0;  // start of the line being examined
        var line = 1;
        while (true)
        {
            var found = _buffer.AsSpan(scan, _length - scan).IndexOfAny('\r', '\n');
            var lineEnd = found < 0 ? _length : scan + found;
            if (rejected is null && lineEnd - scan > maxLineLength)
            {
                rejected = new ArticleBlock("", _fileOffset, line, seedFormat == true,
                    $"line {line} is longer than {maxLineLength:N0} characters: not article text, the article is skipped");
                seedFormat ??= false;
            }
            if ((found < 0 || lineEnd + 1 == _length) && !_eof) // no line break yet, or one at the very end (CRLF? LF CR?)
            {
                if (rejected is not null) Discard(lineEnd - scan > maxLineLength ? _length : scan); // never hold an overlong line
                scan = Math.Max(scan, _start) - Fill();
                continue;
            }
            var terminator = found < 0 ? 0 : TerminatorLength(_buffer.AsSpan(lineEnd, _length - lineEnd));

            var content = _buffer.AsSpan(scan, lineEnd - scan);
            if (seedFormat is null && !content.IsWhiteSpace())
                seedFormat = IsHeader(content);
            if (seedFormat == true && IsHeader(content)
                && (rejected is not null || (scan > _start && !_buffer.AsSpan(_start, scan - _start).IsWhiteSpace())))
            {
                if (rejected is { } dropped)
                {
                    yield return dropped;
                    rejected = null;
                    Discard(scan);
                }
                else yield return Emit(scan, hasHeader: true);
                _blockLine = line;
            }

            if (terminator == 0) break;
            scan = lineEnd + terminator;
            line++;
            if (rejected is not null) Discard(scan);
        }
        if (rejected is { } last)
            yield return last;
        else if (_length > _start)
            yield return Emit(_length, seedFormat == true);
    }

    /// <summary>A header line: <c>Article Number:</c>, after optional spaces.</summary>
    public static bool IsHeader(ReadOnlySpan<char> line) =>
        line.TrimStart().StartsWith(Header, StringComparison.OrdinalIgnoreCase);

    /// <summary>Length of the line break at the start of <paramref name="rest"/>: 2 for CRLF and LF CR, else 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int TerminatorLength(ReadOnlySpan<char> rest) =>
        rest.Length > 1 && rest[0] + rest[1] == '\r' + '\n' ? 2 : 1; // CRLF or LF CR (the span starts at a break)

    private ArticleBlock Emit(int end, bool hasHeader)
    {
        var text = reader is WholeText whole && _fileOffset == 0 && end - _start == whole.Text.Length
            ? whole.Text // the block is the whole file: no copy
            : new string(_buffer, _start, end - _start);
        var block = new ArticleBlock(text, _fileOffset, _blockLine, hasHeader);
        Discard(end);
        return block;
    }

    /// <summary>Lets go of the text before <paramref name="end"/>.</summary>
    private void Discard(int end)
    {
        _fileOffset += end - _start;
        _start = end;
    }

    /// <summary>Reads more text, first moving the current block to the front; returns how far indices moved back.</summary>
    private int Fill()
    {
        var shift = _start;
        if (_buffer.Length - _length < Chunk)
        {
            var kept = _length - _start;
            var target = kept + Chunk <= _buffer.Length ? _buffer : ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, kept + Chunk));
            _buffer.AsSpan(_start, kept).CopyTo(target);
            if (target != _buffer) ArrayPool<char>.Shared.Return(_buffer);
            _buffer = target;
            _length = kept;
            _start = 0;
        }
        else shift = 0;
        var n = reader.Read(_buffer, _length, Chunk);
        if (n == 0) _eof = true;
        _length += n;
        return shift;
    }
}
