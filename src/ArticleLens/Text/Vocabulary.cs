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

    private int[] _slots = new int[1024];      // id + 1, or 0 when empty
    private uint[] _hashes = new uint[512];
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
        var mask = _slots.Length - 1;
        for (var i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            var slot = _slots[i];
            if (slot == 0)
            {
                var id = Add(form, hash);
                _slots[i] = id + 1;
                if (_count * 2 > _slots.Length) Rehash();
                return id;
            }
            if (_hashes[slot - 1] == hash && form.SequenceEqual(_forms[slot - 1])) return slot - 1;
        }
    }

    /// <summary>The id of <paramref name="form"/>, or -1 when it has not been seen.</summary>
    public int Find(ReadOnlySpan<char> form)
    {
        var hash = Hash(form);
        var mask = _slots.Length - 1;
        for (var i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            var slot = _slots[i];
            if (slot == 0) return -1;
            if (_hashes[slot - 1] == hash && form.SequenceEqual(_forms[slot - 1])) return slot - 1;
        }
    }

    private int Add(ReadOnlySpan<char> form, uint hash)
    {
        if (_count == _forms.Length)
        {
            Array.Resize(ref _forms, _count * 2);
            Array.Resize(ref _hashes, _count * 2);
        }
        _forms[_count] = form.ToString();
        _hashes[_count] = hash;
        return _count++;
    }

    private void Rehash()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var id = 0; id < _count; id++)
        {
            var i = (int)_hashes[id] & mask;
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = id + 1;
        }
        _slots = slots;
    }

    /// <summary>Seeded multiply-xorshift over 8 bytes (4 chars) at a time: two steps for a typical word.</summary>
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
        if (i < bytes.Length)
        {
            ulong tail = 0;
            for (var shift = 0; i < bytes.Length; i++, shift += 8)
                tail |= (ulong)bytes[i] << shift;
            hash = (hash ^ tail) * K;
            hash ^= hash >> 29;
        }
        return (uint)(hash ^ (hash >> 32));
    }

    /// <summary>One line: "Vocabulary of 1,234 forms".</summary>
    public override string ToString() => $"Vocabulary of {Count:N0} forms";
}
