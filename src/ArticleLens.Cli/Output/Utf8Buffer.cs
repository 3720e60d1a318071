using System.Buffers;

namespace ArticleLens.Cli.Output;

/// <summary>
/// A growable byte buffer for encoding rows: small appends are a length check and a copy (cheaper than
/// <see cref="ArrayBufferWriter{T}"/>), and a <see cref="System.Text.Json.Utf8JsonWriter"/> can write into it directly.
/// Its arrays come from the shared pool, so <see cref="Detach"/> hands the bytes over without copying them.
/// </summary>
internal sealed class Utf8Buffer : IBufferWriter<byte>
{
    private readonly int _initialSize;
    private byte[] _bytes;

    /// <summary>A buffer that starts with room for <paramref name="size"/> bytes (64 KB: a few articles' rows).</summary>
    public Utf8Buffer(int size = 1 << 16)
    {
        _initialSize = size;
        _bytes = ArrayPool<byte>.Shared.Rent(size);
    }

    /// <summary>Number of bytes written.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written.</summary>
    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    /// <summary>Forgets the bytes written (keeps the memory).</summary>
    public void Clear() => Length = 0;

    /// <summary>The pooled array holding the bytes written and their length; the buffer starts again, empty, on a fresh array.</summary>
    public (byte[] Array, int Length) Detach()
    {
        var written = (_bytes, Length);
        _bytes = ArrayPool<byte>.Shared.Rent(_initialSize);
        Length = 0;
        return written;
    }

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

    private void Grow(int size)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max((long)_bytes.Length * 2, (long)Length + size)));
        _bytes.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = larger;
    }
}
