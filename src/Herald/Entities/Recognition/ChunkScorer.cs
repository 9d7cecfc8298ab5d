namespace Herald.Entities.Recognition;

/// <summary>One chunk: a half-open token range and a type.</summary>
/// <param name="Start">First token.</param>
/// <param name="End">One past the last token.</param>
/// <param name="Type">The type, such as <c>PER</c>.</param>
public readonly record struct Chunk(int Start, int End, string Type);

/// <summary>
/// Chunks from tag sequences and exact-span scores, as conlleval computes them: a chunk starts at B (or S/U),
/// at I (or E/L) after O or a chunk end, or where the type changes; so IOB1 and IOB2 (and BIOES) read alike.
/// A predicted chunk is correct only when its type and both boundaries match a gold chunk.
/// </summary>
public sealed class ChunkScorer
{
    private readonly Dictionary<string, (int Gold, int Found, int Correct)> _counts = new(StringComparer.Ordinal);

    /// <summary>The chunks of one sentence's tags.</summary>
    public static List<Chunk> Chunks(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var chunks = new List<Chunk>();
        var start = -1;
        string prevTag = "O", prevType = "";
        for (var i = 0; i <= tags.Count; i++)
        {
            var (tag, type) = i < tags.Count ? Split(tags[i]) : ("O", "");
            if (start >= 0 && EndsBefore(prevTag, tag, prevType, type))
            {
                chunks.Add(new Chunk(start, i, prevType));
                start = -1;
            }
            if (StartsAt(prevTag, tag, prevType, type))
                start = i;
            (prevTag, prevType) = (tag, type);
        }
        return chunks;
    }

    /// <summary>Counts one sentence's gold and predicted chunks.</summary>
    public void Add(IReadOnlyCollection<Chunk> gold, IReadOnlyCollection<Chunk> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldSet = gold.ToHashSet();
        foreach (var chunk in gold)
            Bump(chunk.Type, 1, 0, 0);
        foreach (var chunk in predicted)
            Bump(chunk.Type, 0, 1, goldSet.Contains(chunk) ? 1 : 0);
    }

    /// <summary>The scores: overall, then per type in name order.</summary>
    public NerScores Scores()
    {
        var types = _counts.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => TypeScore.Of(p.Key, p.Value.Gold, p.Value.Found, p.Value.Correct)).ToList();
        var overall = TypeScore.Of("overall", types.Sum(t => t.Gold), types.Sum(t => t.Found), types.Sum(t => t.Correct));
        return new NerScores(overall, types);
    }

    private void Bump(string type, int gold, int found, int correct)
    {
        var (g, f, c) = _counts.GetValueOrDefault(type);
        _counts[type] = (g + gold, f + found, c + correct);
    }

    private static (string Tag, string Type) Split(string tag)
    {
        if (tag.Length > 2 && tag[1] == '-')
        {
            var t = tag[0] switch { 'L' => "E", 'U' => "S", _ => tag[..1] };
            return (t, tag[2..]);
        }
        return ("O", "");
    }

    private static bool EndsBefore(string prevTag, string tag, string prevType, string type) =>
        prevTag is "E" or "S"
        || (prevTag is "B" or "I" && tag is "B" or "S" or "O")
        || (prevTag != "O" && prevType != type);

    private static bool StartsAt(string prevTag, string tag, string prevType, string type) =>
        tag is "B" or "S"
        || (prevTag is "E" or "S" or "O" && tag is "E" or "I")
        || (tag != "O" && prevType != type);
}

/// <summary>Exact-span scores of one type (or overall), in percent.</summary>
/// <param name="Type">The type, or <c>overall</c>.</param>
/// <param name="Gold">Gold chunks.</param>
/// <param name="Found">Predicted chunks.</param>
/// <param name="Correct">Predicted chunks that match a gold chunk exactly.</param>
/// <param name="Precision">Correct over found.</param>
/// <param name="Recall">Correct over gold.</param>
/// <param name="F1">Their harmonic mean.</param>
public sealed record TypeScore(string Type, int Gold, int Found, int Correct, double Precision, double Recall, double F1)
{
    /// <summary>The scores from the counts.</summary>
    public static TypeScore Of(string type, int gold, int found, int correct)
    {
        var p = found == 0 ? 0 : 100.0 * correct / found;
        var r = gold == 0 ? 0 : 100.0 * correct / gold;
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new TypeScore(type, gold, found, correct, p, r, f);
    }
}

/// <summary>Exact-span scores overall and per type.</summary>
/// <param name="Overall">Micro-averaged over every type.</param>
/// <param name="Types">Per type, in name order.</param>
public sealed record NerScores(TypeScore Overall, IReadOnlyList<TypeScore> Types);
