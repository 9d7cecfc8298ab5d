using Herald.Documents;

namespace Herald.Entities.Rules;

/// <summary>
/// What a rule sees of one document: token text and tags, sentence bounds, and which tokens a model mention
/// already holds. Built once per document by <see cref="EntityRulesStage"/>.
/// </summary>
internal sealed class RuleContext
{
    private readonly bool[] _taken;

    public RuleContext(Document document)
    {
        Document = document;
        _taken = new bool[document.TokenCount];
        foreach (var mention in document.Mentions)
        {
            for (var t = Math.Max(0, mention.TokenStart); t < Math.Min(mention.TokenEnd, _taken.Length); t++)
                _taken[t] = true;
        }
    }

    public Document Document { get; }

    public int Count => Document.TokenCount;

    public ReadOnlySpan<char> Chars(int index) => Document.Text.AsSpan(Document.TokenRecords[index].Start, Document.TokenRecords[index].Length);

    public string Text(int index) => Chars(index).ToString();

    public string? Upos(int index) => Document.Token(index).Upos;

    public string? Xpos(int index) => Document.Token(index).Xpos;

    public int Sentence(int index) => Document.TokenRecords[index].Sentence;

    /// <summary>True when token <paramref name="index"/> exists and sits in sentence <paramref name="sentence"/>.</summary>
    public bool InSentence(int index, int sentence) => (uint)index < (uint)Count && Sentence(index) == sentence;

    /// <summary>True when token <paramref name="index"/> follows its predecessor with no space between.</summary>
    public bool Joined(int index) => index > 0 && Document.TokenRecords[index].Start == Document.TokenRecords[index - 1].End;

    /// <summary>True when any token of <c>[start, end)</c> belongs to a model mention.</summary>
    public bool Overlaps(int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (_taken[t])
                return true;
        }
        return false;
    }

    /// <summary>True when token <paramref name="index"/> exists, is in <paramref name="sentence"/>, and its text is in <paramref name="words"/>.</summary>
    public bool Is(int index, int sentence, IReadOnlySet<string> words) => InSentence(index, sentence) && words.Contains(Text(index));

    /// <summary>True when token <paramref name="index"/> exists, is in <paramref name="sentence"/>, and equals <paramref name="word"/> ignoring case.</summary>
    public bool Is(int index, int sentence, string word) =>
        InSentence(index, sentence) && Chars(index).Equals(word, StringComparison.OrdinalIgnoreCase);
}
