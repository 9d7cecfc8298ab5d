using System.Text;

namespace Herald.Geo;

/// <summary>
/// Folded place names mapped to entry indices, held compactly: the names' UTF-8 bytes in one sorted block with
/// offsets, and the entry indices of each name in one array. Looked up by binary search.
/// </summary>
internal sealed class NameIndex
{
    private readonly byte[] _bytes;
    private readonly int[] _nameStarts;
    private readonly int[] _entries;
    private readonly int[] _entryStarts;

    private NameIndex(byte[] bytes, int[] nameStarts, int[] entries, int[] entryStarts)
    {
        _bytes = bytes;
        _nameStarts = nameStarts;
        _entries = entries;
        _entryStarts = entryStarts;
    }

    public int Count => _nameStarts.Length - 1;

    public static NameIndex Build(IReadOnlyDictionary<string, int[]> names)
    {
        var sorted = names.Select(p => (Bytes: Encoding.UTF8.GetBytes(p.Key), p.Value)).ToList();
        sorted.Sort((a, b) => a.Bytes.AsSpan().SequenceCompareTo(b.Bytes));
        var bytes = new List<byte>();
        var entries = new List<int>();
        var (nameStarts, entryStarts) = (new int[sorted.Count + 1], new int[sorted.Count + 1]);
        for (var i = 0; i < sorted.Count; i++)
        {
            (nameStarts[i], entryStarts[i]) = (bytes.Count, entries.Count);
            bytes.AddRange(sorted[i].Bytes);
            entries.AddRange(sorted[i].Value);
        }
        (nameStarts[^1], entryStarts[^1]) = (bytes.Count, entries.Count);
        return new NameIndex([.. bytes], nameStarts, [.. entries], entryStarts);
    }

    public ReadOnlySpan<int> Find(string folded)
    {
        Span<byte> key = stackalloc byte[Encoding.UTF8.GetMaxByteCount(Math.Min(folded.Length, 256))];
        if (folded.Length > 256)
            return [];
        key = key[..Encoding.UTF8.GetBytes(folded, key)];
        var (low, high) = (0, Count - 1);
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = _bytes.AsSpan(_nameStarts[middle], _nameStarts[middle + 1] - _nameStarts[middle]).SequenceCompareTo(key);
            if (order == 0)
                return _entries.AsSpan(_entryStarts[middle], _entryStarts[middle + 1] - _entryStarts[middle]);
            if (order < 0)
                low = middle + 1;
            else
                high = middle - 1;
        }
        return [];
    }

    public void Write(BinaryWriter writer)
    {
        foreach (var array in new[] { _nameStarts, _entryStarts, _entries })
        {
            writer.Write(array.Length);
            foreach (var value in array)
                writer.Write(value);
        }
        writer.Write(_bytes.Length);
        writer.Write(_bytes);
    }

    public static NameIndex Read(BinaryReader reader)
    {
        var nameStarts = ReadInts(reader);
        var entryStarts = ReadInts(reader);
        var entries = ReadInts(reader);
        var bytes = reader.ReadBytes(reader.ReadInt32());
        if (nameStarts.Length != entryStarts.Length || nameStarts.Length == 0 || nameStarts[^1] != bytes.Length || entryStarts[^1] != entries.Length)
            throw new EndOfStreamException("inconsistent name index");
        return new NameIndex(bytes, nameStarts, entries, entryStarts);
    }

    private static int[] ReadInts(BinaryReader reader)
    {
        var values = new int[reader.ReadInt32()];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
