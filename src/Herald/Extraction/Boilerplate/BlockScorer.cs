using System.Text.RegularExpressions;

namespace Herald.Extraction.Boilerplate;

/// <summary>
/// Scores one paragraph. Whole-line patterns (a button label, a "Read more:" lead, a photo credit, "Dear readers,")
/// count by themselves. Topic words (donate, newsletter, cookies) count fully only where the paragraph speaks to
/// the reader (you, your, please, a call to action) and little where it reports; reporting verbs and length pull
/// towards article prose.
/// </summary>
internal static partial class BlockScorer
{
    /// <summary>The score from which a paragraph is boilerplate on its own.</summary>
    public const double Strong = 1.5;

    private const int ShortLine = 6;
    private const int LeadLine = 30;
    private const int ListItemWords = 15;

    public static BlockScore Score(ReadOnlySpan<char> text)
    {
        var words = BlockWords.Read(text);
        if (words.Count == 0)
            return new BlockScore(0, null, false, false, false);
        var (patternScore, patternKind) = Pattern(text, words);
        var (topicScore, topicKind) = Topics(words);
        var prose = Prose(words, topicScore);
        var leadIn = text[^1] == ':' && words.Count <= 10;
        var listItem = words.Count <= ListItemWords && !".!?\"”:".Contains(text[^1], StringComparison.Ordinal);
        if (patternScore > 0)
            return new BlockScore(patternScore - 1 + Math.Max(prose, 0), patternKind, leadIn, listItem, patternKind == BoilerplateKinds.Related);
        var value = prose - 1 - 0.01 * words.Count;
        return new BlockScore(value, topicScore > 0 ? topicKind : null, leadIn, listItem, false);
    }

    /// <summary>Topic evidence weighted by how much the paragraph addresses the reader, less reporting verbs.</summary>
    private static double Prose(List<BlockWord> words, double topics)
    {
        int you = 0, we = 0, calls = 0, reporting = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (BoilerplateVocabulary.Reporting.Contains(word.Text))
                reporting++;
            if (word.Quoted)
                continue;
            if (BoilerplateVocabulary.SecondPerson.Contains(word.Text))
                you++;
            else if (BoilerplateVocabulary.FirstPersonPlural.Contains(word.Text))
                we++;
            if (word.Text == "please" || (word.OpensSentence && IsCallToAction(words, i)))
                calls++;
        }
        var address = Math.Min(you, 4) + 1.5 * calls;
        var weight = address > 0 ? 1 + 0.25 * Math.Min(address + 0.5 * Math.Min(we, 4), 6) : we > 0 ? 0.6 : 0.3;
        var bonus = topics > 0 ? 0.3 * address : 0;
        return Math.Min(topics, 6) * weight + bonus - 2.5 * Math.Min(reporting, 3);
    }

    private static bool IsCallToAction(List<BlockWord> words, int i) =>
        BoilerplateVocabulary.Imperatives.Contains(words[i].Text)
        && i + 1 < words.Count
        && BoilerplateVocabulary.ImperativeObjects.Contains(words[i + 1].Text);

    private static (double Score, string? Kind) Topics(List<BlockWord> words)
    {
        var byKind = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var cue in BoilerplateVocabulary.TopicsByFirstWord[words[i].Text])
            {
                if (Matches(words, i, cue.Words))
                    byKind[cue.Kind] = byKind.GetValueOrDefault(cue.Kind) + cue.Weight;
            }
        }
        if (byKind.Count == 0)
            return (0, null);
        var best = byKind.MaxBy(pair => pair.Value);
        return (byKind.Values.Sum(), best.Key);
    }

    /// <summary>A whole-line pattern: a label, a share bar, a lead, a credit, a salutation.</summary>
    private static (double Score, string? Kind) Pattern(ReadOnlySpan<char> text, List<BlockWord> words)
    {
        if (words.Count <= ShortLine)
        {
            var line = string.Join(' ', words.Select(w => w.Text));
            if (BoilerplateVocabulary.Labels.TryGetValue(line, out var label))
                return (4, label);
            if (words[0].Text == "dear" && words.Count <= 3 && BoilerplateVocabulary.Salutations.Contains(words[^1].Text))
                return (3, BoilerplateKinds.Appeal);
        }
        if (words.Count <= 8 && words.All(w => BoilerplateVocabulary.ShareWords.Contains(w.Text)))
            return (4, BoilerplateKinds.Share);
        if (words.Count <= LeadLine)
        {
            foreach (var lead in BoilerplateVocabulary.Leads.OrderByDescending(l => l.Words.Length))
            {
                if (Matches(words, 0, lead.Words) && IsLead(text, words, lead.Words.Length))
                    return (lead.Weight, lead.Kind);
            }
            if (words.Count <= 20 && BoilerplateVocabulary.CreditMarks.FirstOrDefault(c => Contains(words, c.Words)) is { } mark)
                return (mark.Weight, mark.Kind);
            if (words.Count <= 10 && AgencyCredit().IsMatch(text))
                return (3, BoilerplateKinds.Credit);
        }
        return (0, null);
    }

    // A lead stands alone on a short line, or is followed by a separator or "by" ("Photo: ...", "Read more | ...", "Photo by ...").
    private static bool IsLead(ReadOnlySpan<char> text, List<BlockWord> words, int leadWords)
    {
        if (leadWords == words.Count)
            return text[^1] != '.' || words.Count <= 2;
        if (words[leadWords].Text is "by" or "courtesy")
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

    private static bool Matches(List<BlockWord> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count)
            return false;
        for (var k = 0; k < phrase.Length; k++)
        {
            if (words[at + k].Text != phrase[k])
                return false;
        }
        return true;
    }

    private static bool Contains(List<BlockWord> words, string[] phrase)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (Matches(words, i, phrase))
                return true;
        }
        return false;
    }

    [GeneratedRegex(@"^[^.!?]{0,80}\s?/\s?(Reuters|AFP|AP|EPA|TASS|Bloomberg|Xinhua|Anadolu|Sipa|PA|dpa|Getty Images)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgencyCredit();
}
