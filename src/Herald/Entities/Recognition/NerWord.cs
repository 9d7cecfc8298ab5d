using Herald.Documents;
using Herald.Entities.Gazetteers;
using Herald.Learning;

namespace Herald.Entities.Recognition;

/// <summary>
/// What the recognizer's features need to know about one token, computed once per document: hashes of the
/// form (recased in ALL-CAPS headlines when the document shows the word's usual case), its lowercase, shape,
/// prefixes and suffixes; flags; the tagger's XPOS; word clusters; gazetteer match; the word's case elsewhere
/// in the document; and (filled while decoding) the types given to it earlier in the document.
/// </summary>
internal struct NerWord
{
    public const int MaxChars = 64;

    public ulong Form, Lower, Shape, Prefix2, Prefix3, Suffix2, Suffix3, Suffix4;
    public uint Cluster;
    public int Flags;
    public int Pos;
    public int Place;
    public int Case;
    public int History;

    public const int HasUpper = 1, AllUpper = 2, Title = 4, HasDigit = 8, HasHyphen = 16, HasPeriod = 32, HasLetter = 64,
        Initial = 128, CapsSentence = 256, Recased = 512, Single = 1024;

    // Case seen for a lowercase form elsewhere in the document.
    private const int SeenTitle = 1, SeenLower = 2, SeenCaps = 4, SeenInitialTitle = 8;

    public static readonly NerWord Start1 = Sentinel(0x5354_4152_5431UL), Start2 = Sentinel(0x5354_4152_5432UL),
        End1 = Sentinel(0x454E_4431UL), End2 = Sentinel(0x454E_4432UL);

    private static NerWord Sentinel(ulong value) => new()
    {
        Form = value, Lower = value, Shape = value, Prefix2 = value, Prefix3 = value, Suffix2 = value, Suffix3 = value,
        Suffix4 = value, Flags = 1 << 12, Pos = -2, Place = -1, Case = -1, History = -1, Cluster = uint.MaxValue,
    };

    /// <summary>Fills <paramref name="words"/> (one per token) for the tokens of <paramref name="document"/>; <paramref name="caseInfo"/> is scratch.</summary>
    public static void Build(Document document, NerLexicon lexicon, Span<NerWord> words, Dictionary<ulong, int> caseInfo)
    {
        var text = document.Text.AsSpan();
        var tokens = document.TokenRecords;
        caseInfo.Clear();
        Span<char> buffer = stackalloc char[MaxChars];
        foreach (var sentence in document.SentenceRecords)
        {
            var caps = IsCapsSentence(text, tokens[sentence.TokenStart..sentence.TokenEnd]);
            for (var t = sentence.TokenStart; t < sentence.TokenEnd; t++)
            {
                var form = Clip(text.Slice(tokens[t].Start, tokens[t].Length));
                var flags = FlagsOf(form);
                words[t].Lower = LowerHash(form, buffer);
                words[t].Flags = flags | (caps ? CapsSentence : 0) | (t == sentence.TokenStart ? Initial : 0);
                if (caps || (flags & HasLetter) == 0)
                    continue;
                var seen = t == sentence.TokenStart ? ((flags & Title) != 0 ? SeenInitialTitle : 0)
                    : (flags & AllUpper) != 0 && form.Length > 1 ? SeenCaps
                    : (flags & HasUpper) != 0 && char.IsUpper(form[0]) ? SeenTitle
                    : (flags & HasUpper) == 0 ? SeenLower : 0;
                if (seen != 0)
                    caseInfo[words[t].Lower] = caseInfo.GetValueOrDefault(words[t].Lower) | seen;
            }
        }
        var gazetteer = lexicon.Gazetteer;
        foreach (var sentence in document.SentenceRecords)
        {
            for (var t = sentence.TokenStart; t < sentence.TokenEnd; t++)
            {
                ref var w = ref words[t];
                scoped var form = Clip(text.Slice(tokens[t].Start, tokens[t].Length));
                w.Case = caseInfo.GetValueOrDefault(w.Lower);
                w.Pos = tokens[t].Xpos;
                w.Place = 0;
                w.History = 0;
                if ((w.Flags & (CapsSentence | AllUpper)) == (CapsSentence | AllUpper) && (w.Case & (SeenTitle | SeenLower)) != 0)
                {
                    form = Recase(form, buffer, (w.Case & SeenTitle) != 0);
                    w.Flags = (w.Flags & ~(HasUpper | AllUpper | Title)) | FlagsOf(form) | Recased;
                }
                Describe(form, ref w);
                w.Cluster = lexicon.ClusterOf(w.Form);
                if (w.Cluster == 0 && (w.Flags & AllUpper) != 0)
                    w.Cluster = lexicon.ClusterOf(FeatureHash.Chars(Recase(form, buffer, true)));
            }
            if (gazetteer.Count > 0)
                MatchPlaces(text, tokens, sentence, gazetteer, words);
        }
    }

    private static ReadOnlySpan<char> Clip(ReadOnlySpan<char> form) => form.Length > MaxChars ? form[..MaxChars] : form;

    private static bool IsCapsSentence(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens)
    {
        var capsWords = 0;
        foreach (var token in tokens)
        {
            var upper = 0;
            foreach (var c in text.Slice(token.Start, token.Length))
            {
                if (char.IsLower(c))
                    return false;
                if (char.IsUpper(c))
                    upper++;
            }
            if (upper > 1)
                capsWords++;
        }
        return capsWords > 0;
    }

    private static ReadOnlySpan<char> Recase(ReadOnlySpan<char> form, Span<char> buffer, bool title)
    {
        var first = true;
        for (var i = 0; i < form.Length; i++)
        {
            var c = form[i];
            buffer[i] = char.IsLetter(c) && !(first && title) ? char.ToLowerInvariant(c) : c;
            if (char.IsLetter(c))
                first = false;
        }
        return buffer[..form.Length];
    }

    private static ulong LowerHash(ReadOnlySpan<char> form, Span<char> buffer)
    {
        for (var i = 0; i < form.Length; i++)
            buffer[i] = char.IsDigit(form[i]) ? '0' : char.ToLowerInvariant(form[i]);
        return FeatureHash.Chars(buffer[..form.Length]);
    }

    private static int FlagsOf(ReadOnlySpan<char> form)
    {
        int flags = form.Length == 1 ? Single : 0, upper = 0, letters = 0;
        foreach (var c in form)
        {
            if (char.IsDigit(c))
                flags |= HasDigit;
            else if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
            else if (c == '-')
                flags |= HasHyphen;
            else if (c == '.')
                flags |= HasPeriod;
        }
        if (letters == 0)
            return flags;
        flags |= HasLetter;
        if (upper > 0)
            flags |= HasUpper;
        if (upper == letters)
            flags |= AllUpper;
        else if (upper == 1 && char.IsUpper(form[0]))
            flags |= Title;
        return flags;
    }

    private static void Describe(ReadOnlySpan<char> form, ref NerWord w)
    {
        Span<char> lower = stackalloc char[MaxChars];
        Span<char> shape = stackalloc char[16];
        var shapeLength = 0;
        for (var i = 0; i < form.Length; i++)
        {
            var c = form[i];
            char s;
            if (char.IsDigit(c))
            {
                lower[i] = '0';
                s = 'd';
            }
            else if (char.IsLetter(c))
            {
                var isUpper = char.IsUpper(c);
                lower[i] = isUpper ? char.ToLowerInvariant(c) : c;
                s = isUpper ? 'X' : 'x';
            }
            else
            {
                lower[i] = c;
                s = c;
            }
            if (shapeLength < shape.Length && (shapeLength < 2 || shape[shapeLength - 1] != s || shape[shapeLength - 2] != s))
                shape[shapeLength++] = s;
        }
        var low = lower[..form.Length];
        var n = low.Length;
        w.Form = FeatureHash.Chars(form);
        w.Shape = FeatureHash.Chars(shape[..shapeLength]);
        w.Prefix2 = FeatureHash.Chars(low[..Math.Min(2, n)]);
        w.Prefix3 = FeatureHash.Chars(low[..Math.Min(3, n)]);
        w.Suffix2 = FeatureHash.Chars(low[Math.Max(0, n - 2)..]);
        w.Suffix3 = FeatureHash.Chars(low[Math.Max(0, n - 3)..]);
        w.Suffix4 = FeatureHash.Chars(low[Math.Max(0, n - 4)..]);
    }

    // Leftmost-longest matches of place names that start with a capital letter: each covered token gets the
    // kinds of place and its position in the name (begin, inside, last, unit).
    private static void MatchPlaces(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, SentenceData sentence, Gazetteer gazetteer, Span<NerWord> words)
    {
        var t = sentence.TokenStart;
        while (t < sentence.TokenEnd)
        {
            if ((words[t].Flags & HasUpper) == 0 || !char.IsUpper(text[tokens[t].Start]))
            {
                t++;
                continue;
            }
            int bestLength = 0, bestKinds = 0;
            var hash = Gazetteer.Seed;
            for (var length = 1; length <= Gazetteer.MaxTokens && t + length <= sentence.TokenEnd; length++)
            {
                var token = tokens[t + length - 1];
                hash = Gazetteer.Extend(hash, text.Slice(token.Start, token.Length));
                var kinds = gazetteer.Lookup(hash);
                if (kinds != 0)
                    (bestLength, bestKinds) = (length, kinds);
            }
            if (bestLength == 0)
            {
                t++;
                continue;
            }
            for (var k = 0; k < bestLength; k++)
            {
                var position = bestLength == 1 ? 3 : k == 0 ? 0 : k == bestLength - 1 ? 2 : 1;
                words[t + k].Place = bestKinds * 4 + position + 1;
            }
            t += bestLength;
        }
    }
}
