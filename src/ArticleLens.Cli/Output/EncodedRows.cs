using System.Buffers;

namespace ArticleLens.Cli.Output;

/// <summary>
/// Rows already encoded as UTF-8 by a <see cref="RowEncoder{T}"/>: <paramref name="Length"/> bytes at the start of
/// <paramref name="Buffer"/>, an array rented from the shared pool that <see cref="RowWriter"/> returns once it has printed them.
/// </summary>
internal readonly record struct EncodedRows(byte[] Buffer, int Length)
{
    /// <summary>No rows.</summary>
    public static EncodedRows Empty => new([], 0);

    /// <summary>The encoded bytes.</summary>
    public ReadOnlySpan<byte> Bytes => Buffer.AsSpan(0, Length);

    /// <summary>Gives the buffer back to the pool; the rows must not be read afterwards.</summary>
    public void Return()
    {
        if (Buffer.Length > 0) ArrayPool<byte>.Shared.Return(Buffer);
    }
}
