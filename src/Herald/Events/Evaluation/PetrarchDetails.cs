namespace Herald.Events.Evaluation;

/// <summary>
/// Writes the records a <see cref="PetrarchScore"/> got wrong, one block each: id, category, text, what was
/// expected and what was coded, so misses and extras can be read record by record.
/// </summary>
public static class PetrarchDetails
{
    /// <summary>Writes every record with a missed or extra coding to <paramref name="writer"/>, in the order scored.</summary>
    public static void Write(PetrarchScore score, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var outcome in score.Outcomes.Where(o => o.Missed > 0 || o.Extra.Count > 0))
        {
            var record = outcome.Record;
            writer.WriteLine($"{record.Id} [{record.Category}] missed {outcome.Missed}, extra {outcome.Extra.Count}");
            writer.WriteLine($"  text:     {record.Text}");
            writer.WriteLine($"  expected: {List(record.Expected, record.ExpectedNothing > 0)}");
            writer.WriteLine($"  coded:    {List(outcome.Coded, false)}");
            writer.WriteLine();
        }
    }

    private static string List(IReadOnlyList<Coding> codings, bool nothing)
    {
        var items = codings.Select(c => $"{c.Source} {c.Code} {c.Target}").ToList();
        if (nothing)
            items.Add("(no event)");
        return items.Count == 0 ? "-" : string.Join("; ", items);
    }
}
