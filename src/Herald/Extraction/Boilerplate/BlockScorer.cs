using System.Text.RegularExpressions;

namespace Herald.Extraction.Boilerplate;

/// <summary>
/// Scores one paragraph. Whole-line patterns (a button label, a "Read more:" lead, a photo credit, "Dear readers,")
/// count by themselves. Topic words (donate, newsletter, cookies) count fully only where the paragraph speaks to
/// the reader (you, your, please, a call to action) and little where it reports; reporting verbs, a first-person
/// singular voice and length pull towards article prose.
/// </summary>
internal static partial class BlockScorer
{
    /// <summary>The score from which a paragraph is boilerplate on its own.</summary>
    public const double Strong = 1.5;

    private const int ShortLine = 6;
    private const int LeadLine = 30;
    private const int ListItemWords = 15;
    private const int LongParagraph = 40;

    public static BlockScore Score(ReadOnlySpan<char> text)
    {
        var words = BlockWords.Read(text);
        if (words.Count == 0)
            return new BlockScore(0, null, false, false, false, false, 0);
        var (patternScore, patternKind) = Pattern(text, words);
        var (topicScore, topicKind) = Topics(words);
        var prose = Prose(words, topicScore);
        var open = !".!?\"”:".Contains(text[^1], StringComparison.Ordinal) || text.EndsWith("...", StringComparison.Ordinal) || text[^1] == '…';
        var leadIn = words.Count <= 10 && (text[^1] == ':' || (open && topicScore > 0));
        var listItem = words.Count <= ListItemWords && open;
        if (patternScore > 0)
        {
            var isListLead = patternKind == BoilerplateKinds.Related;
            return new BlockScore(patternScore - 1 + Math.Max(prose, 0), patternKind, leadIn, listItem, isListLead, IsSalutation(words), words.Count);
        }
        // Pleas are short and dense; a long paragraph needs its cues spread thick to count.
        var value = prose - 1 - 0.01 * words.Count - 0.03 * Math.Max(0, words.Count - LongParagraph);
        return new BlockScore(value, topicScore > 0 ? topicKind : null, leadIn, listItem, false, topicScore > 0, words.Count);
    }

    /// <summary>Topic evidence weighted by how much the paragraph addresses the reader, less reporting verbs.</summary>
    private static double Prose(BlockWords words, double topics)
    {
        int you = 0, we = 0, calls = 0, reporting = 0, singular = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var text = words.Text(i);
            if (BoilerplateVocabulary.Reporting.Contains(text))
                reporting++;
            if (words[i].Quoted)
                continue;
            if (BoilerplateVocabulary.SecondPerson.Contains(text))
                you++;
            else if (BoilerplateVocabulary.FirstPersonPlural.Contains(text))
                we++;
            else if (BoilerplateVocabulary.FirstPersonSingular.Contains(text))
                singular++;
            if (text is "please" || (words[i].OpensSentence && IsCallToAction(words, i)))
                calls++;
        }
        var address = Math.Min(you, 4) + 1.5 * calls;
        // A plea speaks as "we" to "you", or calls to act; a bare "you" is often the impersonal one of an explainer.
        var pleads = address > 0 && (we > 0 || calls > 0);
        var weight = pleads ? 1 + 0.25 * Math.Min(address + 0.5 * Math.Min(we, 4), 6) : address > 0 || we > 0 ? 0.4 : 0.25;
        var bonus = pleads && topics > 0 ? 0.3 * address : 0;
        // A publisher pleads as "we"; "I" tells a story or speaks in a transcript, a tweet, a letter quoted whole.
        return Math.Min(topics, 6) * weight + bonus - 2.5 * Math.Min(reporting, 3) - 0.75 * Math.Min(singular, 4);
    }

    // "Join us", "Sign up", "Support Vox's journalism": an imperative verb followed by an object a plea takes.
    private static bool IsCallToAction(BlockWords words, int i) =>
        BoilerplateVocabulary.Imperatives.Contains(words.Text(i))
        && i + 1 < words.Count
        && (BoilerplateVocabulary.ImperativeObjects.Contains(words.Text(i + 1)) || words.Text(i + 1).EndsWith("'s", StringComparison.Ordinal));

    private static bool IsSalutation(BlockWords words) =>
        words.Count <= 3 && words.Text(0) is "dear" && BoilerplateVocabulary.Salutations.Contains(words.Text(words.Count - 1));

    private static (double Score, string? Kind) Topics(BlockWords words)
    {
        Dictionary<string, double>? byKind = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (!BoilerplateVocabulary.TopicsByFirstWord.TryGetValue(words.Text(i), out var cues))
                continue;
            foreach (var cue in cues)
            {
                if (!Matches(words, i, cue.Words))
                    continue;
                byKind ??= new Dictionary<string, double>(StringComparer.Ordinal);
                byKind[cue.Kind] = byKind.GetValueOrDefault(cue.Kind) + cue.Weight;
            }
        }
        if (byKind is null)
            return (0, null);
        var best = byKind.MaxBy(pair => pair.Value);
        return (byKind.Values.Sum(), best.Key);
    }

    /// <summary>A whole-line pattern: a label, a share bar, a lead, a credit, a salutation.</summary>
    private static (double Score, string? Kind) Pattern(ReadOnlySpan<char> text, BlockWords words)
    {
        if (words.Count <= ShortLine)
        {
            if (Label(words) is { } label)
                return (4, label);
            if (IsSalutation(words))
                return (3, BoilerplateKinds.Appeal);
        }
        if (words.Count <= 8 && AllShareWords(words))
            return (4, BoilerplateKinds.Share);
        if (words.Count <= LeadLine)
        {
            foreach (var lead in BoilerplateVocabulary.Leads)
            {
                if (Matches(words, 0, lead.Words) && IsLead(text, words, lead.Words.Length))
                    return (lead.Weight, lead.Kind);
            }
            if (words.Count <= 20 && CreditMark(words) is { } mark)
                return (mark.Weight, mark.Kind);
            if (words.Count <= 10 && AgencyCredit().IsMatch(text))
                return (3, BoilerplateKinds.Credit);
        }
        return (0, null);
    }

    // The boilerplate label ("advertisement", "skip to content") the words of a short line spell, if any.
    private static string? Label(BlockWords words)
    {
        Span<char> line = stackalloc char[256];
        var length = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words.Text(i);
            if (length + word.Length + 1 > line.Length)
                return null;
            if (length > 0)
                line[length++] = ' ';
            word.CopyTo(line[length..]);
            length += word.Length;
        }
        return BoilerplateVocabulary.Labels.TryGetValue(line[..length], out var label) ? label : null;
    }

    private static bool AllShareWords(BlockWords words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!BoilerplateVocabulary.ShareWords.Contains(words.Text(i)))
                return false;
        }
        return true;
    }

    // A lead stands alone on a short line, or is followed by a separator or "by" ("Photo: ...", "Read more | ...", "Photo by ...").
    private static bool IsLead(ReadOnlySpan<char> text, BlockWords words, int leadWords)
    {
        if (leadWords == words.Count)
            return text[^1] != '.' || words.Count <= 2;
        if (words.Text(leadWords) is "by" or "courtesy")
            return true;
        var at = IndexAfterWords(text, leadWords);
        var rest = text[at..].TrimStart();
        return rest.Length > 0 && rest[0] is ':' or '|' or '-' or '–' or '—' or '/' or '>' or '»' or '›';
    }

    private static int IndexAfterWords(ReadOnlySpan<char> text, int count)
    {
        var i = 0;
        for (var n = 0; n < count; n++)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
                i++;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1])))
                i++;
        }
        return i;
    }

    private static bool Matches(BlockWords words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count)
            return false;
        for (var k = 0; k < phrase.Length; k++)
        {
            if (!words.Text(at + k).SequenceEqual(phrase[k]))
                return false;
        }
        return true;
    }

    // The first agency or stock library the words name.
    private static Cue? CreditMark(BlockWords words)
    {
        foreach (var mark in BoilerplateVocabulary.CreditMarks)
        {
            for (var i = 0; i < words.Count; i++)
            {
                if (Matches(words, i, mark.Words))
                    return mark;
            }
        }
        return null;
    }

    [GeneratedRegex(@"^[^.!?]{0,80}\s?/\s?(Reuters|AFP|AP|EPA|TASS|Bloomberg|Xinhua|Anadolu|Sipa|PA|dpa|Getty Images)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgencyCredit();
}
