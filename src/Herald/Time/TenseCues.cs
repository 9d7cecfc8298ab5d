namespace Herald.Time;

/// <summary>
/// The direction a bare weekday or month points, from the nearest cue in its sentence: a future modal or plan
/// ("will", "plan to", "is scheduled to") points forwards, a past-tense verb ("said", "had") backwards.
/// </summary>
internal static class TenseCues
{
    private static readonly string[] s_futureWords = ["will", "'ll", "’ll", "shall", "wo", "upcoming", "scheduled", "tomorrow"];
    private static readonly string[] s_planWords = ["plan", "plans", "planning", "expected", "due", "set", "going", "intend", "intends", "aims", "hopes", "hope", "agreed"];
    private static readonly string[] s_pastWords = ["had", "was", "were", "did", "ago", "last"];

    // Present tense that reports or describes a state points nowhere; other present-tense verbs with a day
    // name announce what is to come ("they meet Monday").
    private static readonly string[] s_stativeWords = ["says", "say", "tells", "tell", "is", "are", "am", "has", "have", "'s", "’s", "'re", "’re", "thinks", "think", "believes", "believe", "knows", "know", "seems", "seem", "remains", "remain"];

    /// <summary>The direction the words nearest to <paramref name="match"/> give, nearer words first.</summary>
    public static Direction Of(TimeTokens t, TimeMatch match)
    {
        var reach = Math.Max(match.Start - t.SentenceStart, t.Limit - match.End);
        for (var d = 1; d <= reach; d++)
        {
            var left = match.Start - d;
            if (left >= t.SentenceStart && CueAt(t, left) is var before and not Direction.Unknown)
                return before;
            var right = match.End - 1 + d;
            if (right < t.Limit && CueAt(t, right) is var after and not Direction.Unknown)
                return after;
        }
        return Direction.Unknown;
    }

    private static Direction CueAt(TimeTokens t, int i)
    {
        if (t.IsAny(i, s_futureWords) || (t.IsAny(i, s_planWords) && t.IsText(i + 1, "to")) || (t.IsText(i, "as") && t.IsAny(i + 1, "early", "soon")))
            return Direction.Future;
        if (t.IsAny(i, s_pastWords))
            return Direction.Past;
        return t.Tag(i) switch
        {
            "VBD" => Direction.Past,
            "VBZ" or "VBP" when t.Tag(i + 1) == "VBG" => Direction.Future,
            _ => Direction.Unknown,
        };
    }
}
