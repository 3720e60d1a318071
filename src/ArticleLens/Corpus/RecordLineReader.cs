namespace ArticleLens;

/// <summary>One physical line of a record file: its text with the exact line break, where it starts, or why it was skipped.</summary>
/// <param name="Text">The line's characters followed by its line break.</param>
/// <param name="ContentLength">Characters before the line break.</param>
/// <param name="Offset">UTF-16 offset of the line in the file's decoded text.</param>
/// <param name="Number">1-based line number.</param>
/// <param name="TooLong">True when the line was longer than the limit: its text is empty and was never held.</param>
internal readonly record struct RecordLine(string Text, int ContentLength, int Offset, int Number, bool TooLong)
{
    /// <summary>The line without its line break.</summary>
    public ReadOnlySpan<char> Content => Text.AsSpan(0, ContentLength);
}

/// <summary>Streams the lines of a CSV or JSON Lines file with their offsets; a line longer than the limit is skipped, not held.</summary>
internal sealed class RecordLineReader(TextReader reader, int maxLineLength)
{
    private const int Chunk = 1 << 16;
    private char[] _buffer = new char[Chunk];
    private int _start, _length, _offset, _number; // _offset: file offset of _buffer[_start]
    private bool _eof;

    public IEnumerable<RecordLine> ReadLines()
    {
        while (true)
        {
            var lineOffset = _offset;
            var dropped = 0;   // characters of an overlong line already let go
            var pos = _start;  // where the search for a line break resumes
            var lineEnd = -1;
            while (true)
            {
                var found = _buffer.AsSpan(pos, _length - pos).IndexOfAny('\r', '\n');
                if (found >= 0 && (pos + found + 1 < _length || _eof))
                {
                    lineEnd = pos + found;
                    break;
                }
                pos = found >= 0 ? pos + found : _length; // a break at the very end: read on to tell CRLF from CR
                if (dropped + pos - _start > maxLineLength)
                {
                    dropped += pos - _start;
                    _offset += pos - _start;
                    _start = pos;
                }
                if (_eof) break;
                pos -= _start;
                Fill();
            }
            var contentEnd = lineEnd < 0 ? _length : lineEnd;
            var lineLength = contentEnd - _start + (lineEnd < 0 ? 0 : ArticleBlockReader.TerminatorLength(_buffer.AsSpan(lineEnd, _length - lineEnd)));
            var tooLong = dropped + contentEnd - _start > maxLineLength;
            if (lineLength == 0 && dropped == 0) yield break;
            _number++;
            yield return tooLong
                ? new RecordLine("", 0, lineOffset, _number, true)
                : new RecordLine(new string(_buffer, _start, lineLength), contentEnd - _start, lineOffset, _number, false);
            _start += lineLength;
            _offset += lineLength;
            if (lineEnd < 0) yield break;
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _length - _start).CopyTo(_buffer);
            _length -= _start;
            _start = 0;
        }
        if (_buffer.Length - _length < Chunk)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + Chunk));
        var n = reader.Read(_buffer, _length, Chunk);
        if (n == 0) _eof = true;
        _length += n;
    }
}
