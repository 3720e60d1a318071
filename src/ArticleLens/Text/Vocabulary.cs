using System.Numerics;

namespace ArticleLens.Text;

/// <summary>
/// Interns normalised forms as dense integer ids. Lookups take a span and allocate a string only for a form seen
/// for the first time; an open-addressing table with a seeded FNV-1a hash keeps the hot path to a few nanoseconds.
/// Not thread-safe.
/// </summary>
public sealed class Vocabulary
{
    private static readonly uint Seed = (uint)Random.Shared.Next() | 1;

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

    private static uint Hash(ReadOnlySpan<char> form)
    {
        var hash = 2166136261u ^ Seed;
        foreach (var c in form)
            hash = (hash ^ c) * 16777619u;
        return hash ^ BitOperations.RotateRight(hash, 15);
    }

    /// <summary>One line: "Vocabulary of 1,234 forms".</summary>
    public override string ToString() => $"Vocabulary of {Count:N0} forms";
}
