namespace Verbatim.Corpus.Statements;

/// <summary>
/// Dense ids 0, 1, 2, ... for 64-bit keys, in the order the keys are first seen: an open-addressing
/// table of two flat arrays. Linking looks up every word and every shingle of the corpus, millions
/// of keys, where a <c>Dictionary</c>'s comparer call, modulo and entry chains cost several times
/// as much.
/// </summary>
internal sealed class DenseIds
{
    private ulong[] _keys;
    // Per slot the id + 1; 0 is a free slot.
    private int[] _ids;
    private int _shift;

    public DenseIds(int expected)
    {
        int bits = 4;
        while ((1 << bits) < expected * 2 && bits < 30)
        {
            bits++;
        }
        (_keys, _ids, _shift) = (new ulong[1 << bits], new int[1 << bits], 64 - bits);
    }

    /// <summary>How many keys have an id.</summary>
    public int Count { get; private set; }

    /// <summary>The id of <paramref name="key"/>, given it now (the next id) when it has none yet.</summary>
    public int IdOf(ulong key, out bool added)
    {
        int mask = _ids.Length - 1;
        for (int slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            int id = _ids[slot];
            if (id == 0)
            {
                (_keys[slot], _ids[slot], added) = (key, ++Count, true);
                if (Count * 2 > _ids.Length)
                {
                    Grow();
                }
                return Count - 1;
            }
            if (_keys[slot] == key)
            {
                added = false;
                return id - 1;
            }
        }
    }

    // Fibonacci hashing: the top bits of the key times 2^64 / phi spread keys whose low bits agree.
    private int Slot(ulong key) => (int)(unchecked(key * 0x9E3779B97F4A7C15UL) >> _shift);

    private void Grow()
    {
        var (keys, ids) = (_keys, _ids);
        (_keys, _ids, _shift) = (new ulong[keys.Length * 2], new int[ids.Length * 2], _shift - 1);
        int mask = _ids.Length - 1;
        for (int i = 0; i < ids.Length; i++)
        {
            if (ids[i] != 0)
            {
                int slot = Slot(keys[i]);
                while (_ids[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }
                (_keys[slot], _ids[slot]) = (keys[i], ids[i]);
            }
        }
    }
}
