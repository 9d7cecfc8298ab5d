namespace Herald.Events.Evaluation;

/// <summary>
/// Correct, missed and extra codings against PETRARCH validation records. An expected coding is correct when the
/// system codes the same source, target and code in its sentence; an expected "no event" is correct when the system
/// codes nothing there. Extra codings are the system's codings that no expectation matches.
/// </summary>
public sealed class PetrarchScore
{
    private readonly Dictionary<string, Counts> _categories = new(StringComparer.Ordinal);

    /// <summary>The counts over all records.</summary>
    public Counts Overall { get; } = new();

    /// <summary>The counts per record category, by name.</summary>
    public IReadOnlyDictionary<string, Counts> Categories => _categories;

    /// <summary>Each scored record with what it expected and what the system coded, in the order added.</summary>
    public List<Outcome> Outcomes { get; } = [];

    /// <summary>Scores one record's system codings.</summary>
    public void Add(PetrarchRecord record, IReadOnlyList<Coding> coded)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(coded);
        var unmatched = coded.ToList();
        int correct = 0, missed = 0;
        foreach (var expected in record.Expected)
        {
            if (unmatched.Remove(expected))
                correct++;
            else
                missed++;
        }
        if (record.ExpectedNothing > 0)
        {
            if (coded.Count == 0)
                correct += record.ExpectedNothing;
            else
                missed += record.ExpectedNothing;
        }
        if (!_categories.TryGetValue(record.Category, out var category))
            _categories[record.Category] = category = new Counts();
        foreach (var counts in new[] { Overall, category })
        {
            counts.Expected += record.Expected.Count + record.ExpectedNothing;
            counts.Correct += correct;
            counts.Missed += missed;
            counts.Extra += unmatched.Count;
        }
        Outcomes.Add(new Outcome(record, coded, missed, unmatched));
    }

    /// <summary>One record's result: the system's codings, how many expectations it missed, and its extra codings.</summary>
    public sealed record Outcome(PetrarchRecord Record, IReadOnlyList<Coding> Coded, int Missed, IReadOnlyList<Coding> Extra);

    /// <summary>Counts of one category or of all.</summary>
    public sealed class Counts
    {
        /// <summary>Expected codings, "no event" expectations included.</summary>
        public int Expected { get; set; }

        /// <summary>Expected codings produced.</summary>
        public int Correct { get; set; }

        /// <summary>Expected codings not produced.</summary>
        public int Missed { get; set; }

        /// <summary>Produced codings not expected.</summary>
        public int Extra { get; set; }

        /// <summary>Correct / expected.</summary>
        public double CorrectShare => Expected == 0 ? 0 : (double)Correct / Expected;

        /// <summary>Extra / expected.</summary>
        public double ExtraShare => Expected == 0 ? 0 : (double)Extra / Expected;
    }
}
