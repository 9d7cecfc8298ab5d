using System.IO.Hashing;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Herald.Storage.Duplicates;

/// <summary>
/// A MinHash signature over word shingles: the share of positions where two signatures agree estimates the
/// Jaccard similarity of the two texts' sets of three-word runs, so wire copies and light rewrites can be
/// found without comparing texts.
/// </summary>
public static class MinHash
{
    /// <summary>Values per signature.</summary>
    public const int Size = 64;

    /// <summary>Words per shingle.</summary>
    public const int ShingleWords = 3;

    /// <summary>Fewer shingles than this and a text is too short to call a near copy of anything.</summary>
    public const int MinimumShingles = 20;

    /// <summary>The signature of <paramref name="text"/>, or null when it is too short to have a useful one.</summary>
    public static uint[]? Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        var shingles = words.Count - ShingleWords + 1;
        if (shingles < MinimumShingles)
            return null;
        var signature = new uint[Size];
        Array.Fill(signature, uint.MaxValue);
        for (var i = 0; i < shingles; i++)
        {
            var shingle = Mix(words[i] ^ BitOperations.RotateLeft(words[i + 1], 21) ^ BitOperations.RotateLeft(words[i + 2], 42));
            // Each position is its own hash function: the shingle's hash re-mixed with the position as a seed.
            for (var k = 0; k < Size; k++)
            {
                var value = (uint)Mix(shingle + (ulong)k * 0x9e3779b97f4a7c15UL);
                if (value < signature[k])
                    signature[k] = value;
            }
        }
        return signature;
    }

    /// <summary>The estimated Jaccard similarity of the texts behind two signatures, in [0, 1].</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var same = 0;
        for (var k = 0; k < Size; k++)
        {
            if (a[k] == b[k])
                same++;
        }
        return same / (double)Size;
    }

    /// <summary>The signature as text for the archive (Base64 of its little-endian bytes).</summary>
    public static string ToText(uint[] signature) => Convert.ToBase64String(MemoryMarshal.AsBytes(signature.AsSpan()));

    /// <summary>A signature read back from <see cref="ToText"/>.</summary>
    public static uint[] FromText(string text) => MemoryMarshal.Cast<byte, uint>(Convert.FromBase64String(text)).ToArray();

    // Each word, lower-cased, as a 64-bit hash; words are runs of letters and digits.
    private static List<ulong> Words(string text)
    {
        var words = new List<ulong>(text.Length / 5);
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (length < buffer.Length)
                    buffer[length++] = char.ToLowerInvariant(c);
            }
            else if (length > 0)
            {
                words.Add(XxHash64.HashToUInt64(MemoryMarshal.AsBytes(buffer[..length])));
                length = 0;
            }
        }
        return words;
    }

    // splitmix64's finaliser: independent-looking bits from any input.
    private static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebUL;
        return x ^ (x >> 31);
    }
}
