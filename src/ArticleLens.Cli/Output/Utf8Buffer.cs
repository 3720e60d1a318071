using System.Buffers;

namespace ArticleLens.Cli.Output;

/// <summary>
/// A growable byte buffer for encoding rows: small appends are a length check and a copy (cheaper than
/// <see cref="ArrayBufferWriter{T}"/>), and a <see cref="System.Text.Json.Utf8JsonWriter"/> can write into it directly.
/// </summary>
internal sealed class Utf8Buffer : IBufferWriter<byte>
{
    private byte[] _bytes = new byte[1 << 16];

    /// <summary>Number of bytes written.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written.</summary>
    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    /// <summary>Forgets the bytes written (keeps the memory).</summary>
    public void Clear() => Length = 0;

    /// <summary>Appends <paramref name="bytes"/>.</summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (_bytes.Length - Length < bytes.Length) Grow(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(Length));
        Length += bytes.Length;
    }

    /// <summary>Appends one byte.</summary>
    public void Append(byte value)
    {
        if (Length == _bytes.Length) Grow(1);
        _bytes[Length++] = value;
    }

    /// <summary>Room for at least <paramref name="size"/> bytes after those written; <see cref="Advance"/> by what was used.</summary>
    public Span<byte> Room(int size)
    {
        if (_bytes.Length - Length < size) Grow(size);
        return _bytes.AsSpan(Length);
    }

    /// <inheritdoc />
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _bytes.Length - Length);
        Length += count;
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Room(Math.Max(sizeHint, 256));
        return _bytes.AsMemory(Length);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0) => Room(Math.Max(sizeHint, 256));

    private void Grow(int size) => Array.Resize(ref _bytes, (int)Math.Min(Array.MaxLength, Math.Max((long)_bytes.Length * 2, (long)Length + size)));
}
