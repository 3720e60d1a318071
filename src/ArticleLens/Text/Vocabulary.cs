using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ArticleLens.Text;

/// <summary>
/// Interns normalised forms as dense integer ids. Lookups take a span and allocate a string only for a form seen
/// for the first time; an open-addressing table with a seeded multiply-xorshift hash keeps the hot path to a few nanoseconds.
/// Not thread-safe.
/// </summary>
public sealed class Vocabulary
{
    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64();

    private ulong[] _slots = new ulong[1024]; // hash << 32 | (id + 1), or 0 when empty: a probe reads one array
    private string[] _forms = new string[512];
    private int _count;

    /// <summary>Number of distinct forms.</summary>
    public int Count => _count;

    /// <summary>The form with id <paramref name="id"/>.</summary>
    public string this[int id] => (uint)id < (uint)_count ? _forms[id] : throw new ArgumentOutOfRangeException(nameof(id));

    /// <summary>The id of <paramref name="form"/>, adding it when new.</summary>
    public int Intern(ReadOnlySpan<char> form)
    {
        var hash = Hash(form);
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot == 0)
            {
                var id = Add(form);
                slots[i] = (ulong)hash << 32 | (uint)(id + 1);
                if (_count * 2 > slots.Length) Rehash();
                return id;
            }
            if ((uint)(slot >> 32) == hash && form.SequenceEqual(_forms[(int)(uint)slot - 1])) return (int)(uint)slot - 1;
        }
    }

    /// <summary>The id of <paramref name="form"/>, or -1 when it has not been seen.</summary>
    public int Find(ReadOnlySpan<char> form)
    {
        var hash = Hash(form);
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot == 0) return -1;
            if ((uint)(slot >> 32) == hash && form.SequenceEqual(_forms[(int)(uint)slot - 1])) return (int)(uint)slot - 1;
        }
    }

    private int Add(ReadOnlySpan<char> form)
    {
        if (_count == _forms.Length) Array.Resize(ref _forms, _count * 2);
        _forms[_count] = form.ToString();
        return _count++;
    }

    private void Rehash()
    {
        var slots = new ulong[_slots.Length * 2];
        var mask = slots.Length - 1;
        foreach (var slot in _slots)
        {
            if (slot == 0) continue;
            var i = (int)(slot >> 32) & mask;
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = slot;
        }
        _slots = slots;
    }

    /// <summary>
    /// Seeded multiply-xorshift over 8 bytes (4 chars) at a time: two steps for a typical word. The last step reads the
    /// remaining 2, 4 or 6 bytes at once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> form)
    {
        const ulong K = 0x9E3779B97F4A7C15;
        var bytes = MemoryMarshal.AsBytes(form);
        var hash = (Seed ^ (ulong)bytes.Length) * K;
        var i = 0;
        for (; i + 8 <= bytes.Length; i += 8)
        {
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes[i..])) * K;
            hash ^= hash >> 29;
        }
        var rest = bytes.Length - i;
        if (rest > 0)
        {
            ulong tail = rest >= 4 ? BinaryPrimitives.ReadUInt32LittleEndian(bytes[i..]) : 0;
            if ((rest & 2) != 0) tail |= (ulong)BinaryPrimitives.ReadUInt16LittleEndian(bytes[(i + rest - 2)..]) << ((rest - 2) * 8);
            hash = (hash ^ tail) * K;
            hash ^= hash >> 29;
        }
        return (uint)(hash ^ (hash >> 32));
    }

    /// <summary>One line: "Vocabulary of 1,234 forms".</summary>
    public override string ToString() => $"Vocabulary of {Count:N0} forms";
}
