using Herald.Documents;
using Herald.Learning;

namespace Herald.Syntax.Parsing;

/// <summary>
/// An arc-hybrid configuration over one sentence: word 0 is the artificial root at the bottom of the stack,
/// words 1..n are the sentence. Holds the words' features (lowercased form hash, Penn tag, UPOS, shape) and the
/// arcs built so far with what the feature templates need (outermost children, valencies, label sets). Reused
/// sentence after sentence: <see cref="Reset"/> only grows its arrays.
/// </summary>
internal sealed class ParseState
{
    public const int Shift = 0, Left = 1, Right = 2, TransitionCount = 3;

    public ulong[] Words = new ulong[64];
    public byte[] Tags = new byte[64];
    public byte[] Upos = new byte[64];
    public byte[] Shapes = new byte[64];
    public ulong[] Clusters = new ulong[64];

    /// <summary>The hash of each word's last letters (see <see cref="SuffixHash"/>).</summary>
    public ulong[] Suffixes = new ulong[64];
    public byte[] Supertags = new byte[64];
    public int[] Heads = new int[64];
    public int[] Labels = new int[64];
    public int[] Left1 = new int[64], Left2 = new int[64], Right1 = new int[64], Right2 = new int[64];
    public byte[] LeftCount = new byte[64], RightCount = new byte[64];
    public ulong[] LeftSets = new ulong[64], RightSets = new ulong[64];
    public int[] Stack = new int[64];
    public int StackCount;
    public int Next;
    public int Count;   // words, not counting the root

    /// <summary>The neural scorer's buffers, made on first use.</summary>
    public NeuralWorkspace? Neural;

    public const ulong RootWord = 2, NoWord = 1, RootCluster = 3;
    public const byte RootTag = 254, NoTag = 255;

    /// <summary>Clears the arcs for a sentence of <paramref name="words"/> words (features are filled by the caller).</summary>
    public void Reset(int words)
    {
        if (Words.Length < words + 1)
            Grow(words + 1);
        Count = words;
        Words[0] = RootWord;
        Tags[0] = RootTag;
        Upos[0] = RootTag;
        Shapes[0] = RootTag;
        Clusters[0] = RootCluster;
        Suffixes[0] = RootWord;
        Supertags[0] = RootTag;
        for (var i = 0; i <= words; i++)
        {
            Heads[i] = -1;
            Labels[i] = -1;
            Left1[i] = Left2[i] = Right1[i] = Right2[i] = -1;
            LeftCount[i] = RightCount[i] = 0;
            LeftSets[i] = RightSets[i] = 0;
        }
        Stack[0] = 0;
        StackCount = 1;
        Next = 1;
    }

    /// <summary>Fills word <paramref name="i"/> (1-based) from a tagged token.</summary>
    public void SetWord(int i, ReadOnlySpan<char> form, in TokenData token, ulong cluster)
    {
        Clusters[i] = cluster;
        Words[i] = WordHash(form);
        Suffixes[i] = SuffixHash(form);
        Tags[i] = (byte)(token.Xpos + 1);
        Upos[i] = (byte)(token.Upos + 1);
        Shapes[i] = ShapeOf(form);
    }

    public bool Terminal => Next > Count && StackCount == 1;

    public bool CanShift => Next <= Count;

    public bool CanLeft => StackCount >= 2 && Next <= Count;

    public bool CanRight => StackCount >= 3 || (StackCount == 2 && Next > Count);

    /// <summary>The i-th item from the top of the stack, or -1.</summary>
    public int S(int i) => i < StackCount ? Stack[StackCount - 1 - i] : -1;

    /// <summary>The i-th word of the buffer, or -1.</summary>
    public int B(int i) => Next + i <= Count ? Next + i : -1;

    /// <summary>The head and dependent the arc transition <paramref name="transition"/> would join.</summary>
    public (int Head, int Dependent) ArcOf(int transition) =>
        transition == Left ? (Next, Stack[StackCount - 1]) : (Stack[StackCount - 2], Stack[StackCount - 1]);

    /// <summary>Applies a legal transition; <paramref name="label"/> is the arc's relation.</summary>
    public void Apply(int transition, int label)
    {
        if (transition == Shift)
        {
            Stack[StackCount++] = Next++;
            return;
        }
        var (head, dependent) = ArcOf(transition);
        AddArc(head, dependent, label);
        StackCount--;
    }

    private void AddArc(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        var bit = 1UL << (label & 63);
        if (dependent < head)
        {
            if (Left1[head] < 0 || dependent < Left1[head])
            {
                Left2[head] = Left1[head];
                Left1[head] = dependent;
            }
            else if (Left2[head] < 0 || dependent < Left2[head])
                Left2[head] = dependent;
            if (LeftCount[head] < 255)
                LeftCount[head]++;
            LeftSets[head] |= bit;
        }
        else
        {
            if (Right1[head] < 0 || dependent > Right1[head])
            {
                Right2[head] = Right1[head];
                Right1[head] = dependent;
            }
            else if (Right2[head] < 0 || dependent > Right2[head])
                Right2[head] = dependent;
            if (RightCount[head] < 255)
                RightCount[head]++;
            RightSets[head] |= bit;
        }
    }

    /// <summary>The hash of a word's form, lowercased, with digits folded to 0.</summary>
    public static ulong WordHash(ReadOnlySpan<char> form)
    {
        Span<char> buffer = stackalloc char[48];
        var length = Math.Min(form.Length, buffer.Length);
        for (var i = 0; i < length; i++)
        {
            var c = form[i];
            buffer[i] = char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);
        }
        return FeatureHash.Chars(buffer[..length]) | 4;
    }

    /// <summary>The hash of a word's last <see cref="SuffixLength"/> characters, lowercased, with digits folded to 0 (the whole word when shorter).</summary>
    public static ulong SuffixHash(ReadOnlySpan<char> form) => WordHash(form[Math.Max(0, form.Length - SuffixLength)..]);

    /// <summary>How many characters <see cref="SuffixHash"/> reads.</summary>
    public const int SuffixLength = 3;

    /// <summary>A coarse shape: lower, Capitalised, ALLCAPS, digits, punctuation or mixed.</summary>
    public static byte ShapeOf(ReadOnlySpan<char> form)
    {
        if (form.IsEmpty)
            return 0;
        bool upper = false, lower = false, digit = false, other = false;
        foreach (var c in form)
        {
            if (char.IsUpper(c)) upper = true;
            else if (char.IsLower(c)) lower = true;
            else if (char.IsDigit(c)) digit = true;
            else other = true;
        }
        if (digit) return 4;
        if (!upper && !lower) return 5;
        if (upper && !lower) return 3;
        if (char.IsUpper(form[0])) return other ? (byte)6 : (byte)2;
        return other ? (byte)7 : (byte)1;
    }

    private void Grow(int size)
    {
        size = Math.Max(size, Words.Length * 2);
        Array.Resize(ref Words, size);
        Array.Resize(ref Tags, size);
        Array.Resize(ref Upos, size);
        Array.Resize(ref Shapes, size);
        Array.Resize(ref Clusters, size);
        Array.Resize(ref Suffixes, size);
        Array.Resize(ref Supertags, size);
        Array.Resize(ref Heads, size);
        Array.Resize(ref Labels, size);
        Array.Resize(ref Left1, size);
        Array.Resize(ref Left2, size);
        Array.Resize(ref Right1, size);
        Array.Resize(ref Right2, size);
        Array.Resize(ref LeftCount, size);
        Array.Resize(ref RightCount, size);
        Array.Resize(ref LeftSets, size);
        Array.Resize(ref RightSets, size);
        Array.Resize(ref Stack, size + 1);
    }
}
