using System.Runtime.CompilerServices;

namespace Herald.Learning;

/// <summary>
/// 64-bit hashes for features, computed from chars and small integers without building strings.
/// Feature values are never 0: 0 marks an empty slot in <see cref="LinearModel"/>'s table.
/// </summary>
public static class FeatureHash
{
    /// <summary>
    /// Hashes <paramref name="chars"/> (FNV-1a over UTF-16 code units): words are short, and every feature goes
    /// through <see cref="Mix(ulong, ulong)"/> before use, so a one-multiply-per-char hash is enough and far cheaper to start.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Chars(ReadOnlySpan<char> chars)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in chars)
            h = (h ^ c) * 0x100000001B3UL;
        return h;
    }

    /// <summary>Combines a template (or any hash) with a value into a non-zero feature hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong a, ulong b)
    {
        var h = Finish((a * 0x9E3779B97F4A7C15UL) ^ (b + 0x632BE59BD9B4E019UL + (a << 6) + (a >> 2)));
        return h == 0 ? 1 : h;
    }

    /// <summary>Combines a template with two values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong a, ulong b, ulong c) => Mix(Mix(a, b), c);

    // The murmur3 64-bit finaliser: every input bit affects every output bit.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB93FE1A85B53UL;
        h ^= h >> 33;
        return h;
    }
}
