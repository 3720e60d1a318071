namespace ArticleLens;

/// <summary>The exact text of one article as it stands in its file, and where it starts.</summary>
/// <param name="Text">The article's characters, line endings kept.</param>
/// <param name="Offset">UTF-16 offset of the block in the file's decoded text.</param>
/// <param name="Line">1-based line where the block starts.</param>
/// <param name="HasHeader">True when the block starts with an <c>Article Number:</c> line.</param>
internal readonly record struct ArticleBlock(string Text, int Offset, int Line, bool HasHeader);

/// <summary>
/// Streams a text file as article blocks: a new block starts at every <c>Article Number:</c> line when the file's
/// first non-blank line is such a header; otherwise the whole file is one block. Holds one article at a time.
/// </summary>
internal sealed class ArticleBlockReader(TextReader reader)
{
    public const string Header = "Article Number:";
    private const int Chunk = 1 << 16;

    private char[] _buffer = new char[Chunk * 2];
    private int _start;       // buffer index where the current block starts
    private int _length;      // valid chars in the buffer
    private int _fileOffset;  // file offset of _buffer[_start]
    private int _blockLine = 1;
    private bool _eof;

    public IEnumerable<ArticleBlock> ReadBlocks()
    {
        bool? seedFormat = null;
        var scan = 0;  // start of the line being examined
        var line = 1;
        while (true)
        {
            var found = _buffer.AsSpan(scan, _length - scan).IndexOfAny('\r', '\n');
            int lineEnd, terminator;
            if (found < 0 || (_buffer[scan + found] == '\r' && scan + found + 1 == _length && !_eof))
            {
                if (!_eof)
                {
                    scan -= Fill();
                    continue;
                }
                lineEnd = _length;
                terminator = 0;
            }
            else
            {
                lineEnd = scan + found;
                terminator = _buffer[lineEnd] == '\r' && lineEnd + 1 < _length && _buffer[lineEnd + 1] == '\n' ? 2 : 1;
            }

            var content = _buffer.AsSpan(scan, lineEnd - scan);
            if (seedFormat is null && !content.IsWhiteSpace())
                seedFormat = IsHeader(content);
            if (seedFormat == true && scan > _start && IsHeader(content) && !_buffer.AsSpan(_start, scan - _start).IsWhiteSpace())
            {
                yield return Emit(scan, hasHeader: true);
                _blockLine = line;
            }

            if (terminator == 0) break;
            scan = lineEnd + terminator;
            line++;
        }
        if (_length > _start)
            yield return Emit(_length, seedFormat == true);
    }

    /// <summary>A header line: <c>Article Number:</c>, after optional spaces.</summary>
    public static bool IsHeader(ReadOnlySpan<char> line) =>
        line.TrimStart().StartsWith(Header, StringComparison.OrdinalIgnoreCase);

    private ArticleBlock Emit(int end, bool hasHeader)
    {
        var block = new ArticleBlock(new string(_buffer, _start, end - _start), _fileOffset, _blockLine, hasHeader);
        _fileOffset += end - _start;
        _start = end;
        return block;
    }

    /// <summary>Reads more text, first moving the current block to the front; returns how far indices moved back.</summary>
    private int Fill()
    {
        var shift = _start;
        if (_buffer.Length - _length < Chunk)
        {
            var kept = _length - _start;
            var target = kept + Chunk <= _buffer.Length ? _buffer : new char[Math.Max(_buffer.Length * 2, kept + Chunk)];
            _buffer.AsSpan(_start, kept).CopyTo(target);
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
