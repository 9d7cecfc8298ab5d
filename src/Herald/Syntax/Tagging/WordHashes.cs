using Herald.Learning;

namespace Herald.Syntax.Tagging;

/// <summary>
/// What the tagger's features need to know about one word, as hashes computed once from its chars:
/// the exact form, the normalised lowercase form (digits as <c>0</c>), its prefixes and suffixes, its shape
/// and a few flags. Neighbouring positions reuse them, so each word is read once.
/// </summary>
internal struct WordHashes
{
    public const int MaxChars = 64;

    public ulong Form;
    public ulong Lower;
    public ulong Shape;
    public ulong Prefix1;
    public ulong Prefix2;
    public ulong Prefix3;
    public ulong Suffix1;
    public ulong Suffix2;
    public ulong Suffix3;
    public ulong Suffix4;
    public int Flags;

    /// <summary>The word's ambiguity class (the set of classes it had in training), filled in by the model.</summary>
    public ulong Ambiguity;

    /// <summary>The word's distributional cluster (from raw news), filled in by the model.</summary>
    public ulong Cluster;

    /// <summary>The classes the word may take (a bit per class; 0 for any), filled in by the model.</summary>
    public UInt128 Allowed;

    /// <summary>The class the tag dictionary gives the exact form, or -1, filled in by the model.</summary>
    public int Fixed;

    public const int HasUpper = 1, AllUpper = 2, Title = 4, HasDigit = 8, HasHyphen = 16, HasPeriod = 32, HasLetter = 64;

    /// <summary>The hashes standing for the positions before the sentence start and after its end.</summary>
    public static readonly WordHashes Start1 = Sentinel(0x5354_4152_5431UL), Start2 = Sentinel(0x5354_4152_5432UL),
        End1 = Sentinel(0x454E_4431UL), End2 = Sentinel(0x454E_4432UL);

    public static WordHashes Of(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxChars)
            word = word[..MaxChars];
        Span<char> lower = stackalloc char[MaxChars];
        Span<char> shape = stackalloc char[16];
        var shapeLength = 0;
        var flags = 0;
        var upper = 0;
        var letters = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            lower[i] = Folded(c);
            char s;
            if (char.IsDigit(c))
            {
                flags |= HasDigit;
                s = 'd';
            }
            else if (char.IsLetter(c))
            {
                letters++;
                var isUpper = char.IsUpper(c);
                upper += isUpper ? 1 : 0;
                s = isUpper ? 'X' : 'x';
            }
            else
            {
                if (c == '-')
                    flags |= HasHyphen;
                else if (c == '.')
                    flags |= HasPeriod;
                s = c;
            }
            if (shapeLength < shape.Length && (shapeLength < 2 || shape[shapeLength - 1] != s || shape[shapeLength - 2] != s))
                shape[shapeLength++] = s;
        }
        if (letters > 0)
        {
            flags |= HasLetter;
            if (upper > 0)
                flags |= HasUpper;
            if (upper == letters)
                flags |= AllUpper;
            else if (upper == 1 && char.IsUpper(word[0]))
                flags |= Title;
        }
        var low = lower[..word.Length];
        var n = low.Length;
        return new WordHashes
        {
            Form = FeatureHash.Chars(word),
            Lower = FeatureHash.Chars(low),
            Shape = FeatureHash.Chars(shape[..shapeLength]),
            Prefix1 = FeatureHash.Chars(low[..Math.Min(1, n)]),
            Prefix2 = FeatureHash.Chars(low[..Math.Min(2, n)]),
            Prefix3 = FeatureHash.Chars(low[..Math.Min(3, n)]),
            Suffix1 = FeatureHash.Chars(low[Math.Max(0, n - 1)..]),
            Suffix2 = FeatureHash.Chars(low[Math.Max(0, n - 2)..]),
            Suffix3 = FeatureHash.Chars(low[Math.Max(0, n - 3)..]),
            Suffix4 = FeatureHash.Chars(low[Math.Max(0, n - 4)..]),
            Flags = flags,
        };
    }

    /// <summary><see cref="Lower"/> alone: the hash of the word lowercased, its digits as 0, without the other hashes.</summary>
    public static ulong LowerOf(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxChars)
            word = word[..MaxChars];
        Span<char> lower = stackalloc char[MaxChars];
        for (var i = 0; i < word.Length; i++)
            lower[i] = Folded(word[i]);
        return FeatureHash.Chars(lower[..word.Length]);
    }

    /// <summary>A character as <see cref="Lower"/> reads it: digits as 0, capitals lowercased (only letters are capitals).</summary>
    private static char Folded(char c) => char.IsDigit(c) ? '0' : char.IsUpper(c) ? char.ToLowerInvariant(c) : c;

    private static WordHashes Sentinel(ulong value) => new()
    {
        Form = value, Lower = value, Shape = value, Prefix1 = value, Prefix2 = value, Prefix3 = value,
        Suffix1 = value, Suffix2 = value, Suffix3 = value, Suffix4 = value, Flags = 128, Ambiguity = value, Cluster = value,
    };
}
