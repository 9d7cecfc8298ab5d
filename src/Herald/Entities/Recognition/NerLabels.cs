using Herald.Documents;

namespace Herald.Entities.Recognition;

/// <summary>
/// The recognizer's BILOU classes: 0 is outside; then, for each type (PER, ORG, LOC, MISC), Begin, Inside,
/// Last and Unit. <see cref="Allowed"/> gives the classes that may follow a class, so decoding never opens a
/// span it cannot close.
/// </summary>
public static class NerLabels
{
    /// <summary>The class of a token outside every mention.</summary>
    public const int Outside = 0;

    /// <summary>Number of classes.</summary>
    public const int Count = 1 + 4 * 4;

    /// <summary>Positions inside a span.</summary>
    public const int Begin = 0, Inside = 1, Last = 2, Unit = 3;

    /// <summary>The types as the data sets name them, in class order.</summary>
    public static IReadOnlyList<string> Types { get; } = ["PER", "ORG", "LOC", "MISC"];

    /// <summary>The types as Herald's document model names them, in class order.</summary>
    public static IReadOnlyList<string> MentionTypes { get; } = [EntityTypes.Person, EntityTypes.Organization, EntityTypes.Location, EntityTypes.Miscellaneous];

    private static readonly UInt128[] s_allowed = BuildAllowed(false);
    private static readonly UInt128[] s_allowedAtEnd = BuildAllowed(true);

    /// <summary>The class for <paramref name="type"/> (0-3) at <paramref name="position"/>.</summary>
    public static int Of(int type, int position) => 1 + type * 4 + position;

    /// <summary>The type (0-3) of a class, or -1 for outside.</summary>
    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) / 4;

    /// <summary>The position of a class inside its span (meaningless for outside).</summary>
    public static int PositionOf(int label) => label == Outside ? -1 : (label - 1) % 4;

    /// <summary>The index of a data-set type name (PER, ORG, LOC, MISC; also PERSON), or -1.</summary>
    public static int TypeIndex(ReadOnlySpan<char> name) => name switch
    {
        "PER" or "PERSON" => 0,
        "ORG" => 1,
        "LOC" => 2,
        "MISC" => 3,
        _ => -1,
    };

    /// <summary>The classes that may follow <paramref name="previous"/> (-1 at a sentence start); at the last token only closing ones.</summary>
    public static UInt128 Allowed(int previous, bool last) => (last ? s_allowedAtEnd : s_allowed)[previous + 1];

    /// <summary>The BILOU classes of a sentence with the given spans (token ranges and types).</summary>
    public static void Encode(ReadOnlySpan<(int Start, int End, int Type)> spans, Span<int> labels)
    {
        labels.Clear();
        foreach (var (start, end, type) in spans)
        {
            if (end - start == 1)
            {
                labels[start] = Of(type, Unit);
                continue;
            }
            labels[start] = Of(type, Begin);
            for (var i = start + 1; i < end - 1; i++)
                labels[i] = Of(type, Inside);
            labels[end - 1] = Of(type, Last);
        }
    }

    /// <summary>Appends the spans (token ranges and types) of a decoded class sequence to <paramref name="spans"/>, tolerating broken sequences.</summary>
    public static void Spans(ReadOnlySpan<int> labels, List<(int Start, int End, int Type)> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var start = -1;
        var type = -1;
        for (var i = 0; i < labels.Length; i++)
        {
            var t = TypeOf(labels[i]);
            var p = PositionOf(labels[i]);
            if (start >= 0 && (t != type || p is Begin or Unit))
            {
                spans.Add((start, i, type));
                start = -1;
            }
            if (t < 0)
                continue;
            if (start < 0)
            {
                start = i;
                type = t;
            }
            if (p is Last or Unit)
            {
                spans.Add((start, i + 1, type));
                start = -1;
            }
        }
        if (start >= 0)
            spans.Add((start, labels.Length, type));
    }

    private static UInt128[] BuildAllowed(bool last)
    {
        var table = new UInt128[Count + 1];
        for (var previous = -1; previous < Count; previous++)
        {
            var open = previous > 0 && PositionOf(previous) is Begin or Inside;
            var mask = UInt128.Zero;
            for (var label = 0; label < Count; label++)
            {
                var position = PositionOf(label);
                bool ok = open
                    ? label != Outside && TypeOf(label) == TypeOf(previous) && position is Inside or Last
                    : label == Outside || position is Begin or Unit;
                if (last && (label != Outside && position is Begin or Inside))
                    ok = false;
                if (ok)
                    mask |= UInt128.One << label;
            }
            table[previous + 1] = mask;
        }
        return table;
    }
}
