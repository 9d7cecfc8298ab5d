using Herald.Documents;
using Herald.Syntax.Tagging;

namespace Herald.Tone;

/// <summary>
/// Scores a token range of a tagged document with a sentiment lexicon and the context rules of VADER's design
/// (Hutto and Gilbert 2014), written for Herald's tokens: a word is looked up by its form, then its lemma, and
/// only as a content word (so "like" the preposition carries no sentiment); an all-caps word in mixed-case text
/// is emphasised; an intensifier or downtoner among the three words before it strengthens or weakens it; a
/// negator among them flips and weakens it; after a contrast word ("but") the words weigh 1.5 times, before it
/// half; and "!" strengthens the whole. Stateless; shared by all threads.
/// </summary>
public sealed class ToneScorer
{
    /// <summary>What a negated word's valence is multiplied by.</summary>
    public const float NegationFactor = -0.74f;

    private const float CapsEmphasis = 0.733f;
    private const int Window = 3;
    private const double BeforeContrast = 0.5;
    private const double AfterContrast = 1.5;
    private const double ExclamationEmphasis = 0.292;
    private const int MaxExclamations = 4;

    private static readonly short[] s_contentTags = [.. new[] { "ADJ", "ADV", "NOUN", "VERB", "INTJ" }.Select(UniversalTags.IdOf)];
    private static readonly Lazy<ToneScorer> s_default = new(() => new ToneScorer(ToneLexicon.Default));

    private readonly ToneLexicon _lexicon;

    /// <summary>A scorer over <paramref name="lexicon"/>.</summary>
    public ToneScorer(ToneLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary>The scorer over <see cref="ToneLexicon.Default"/>.</summary>
    public static ToneScorer Default => s_default.Value;

    /// <summary>The tone of tokens <c>[tokenStart, tokenEnd)</c> of a tokenised and tagged <paramref name="document"/>.</summary>
    public SpanTone Score(Document document, int tokenStart, int tokenEnd)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.TokenRecords;
        var text = document.Text.AsSpan();
        var mixedCase = HasMixedCase(document, tokenStart, tokenEnd);
        var contrast = LastContrast(document, tokenStart, tokenEnd);
        double sum = 0;
        int positive = 0, negative = 0, exclamations = 0;
        for (var i = tokenStart; i < tokenEnd; i++)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            if (word is "!")
                exclamations++;
            if (!TryValence(document, i, out var valence))
                continue;
            if (mixedCase && IsShouted(word))
                valence += MathF.CopySign(CapsEmphasis, valence);
            valence = InContext(document, tokenStart, i, valence, mixedCase);
            var weighted = contrast < 0 || i == contrast ? valence : valence * (i < contrast ? BeforeContrast : AfterContrast);
            sum += weighted;
            if (weighted > 0)
                positive++;
            else if (weighted < 0)
                negative++;
        }
        if (sum != 0)
            sum += Math.CopySign(Math.Min(exclamations, MaxExclamations) * ExclamationEmphasis, sum);
        return new SpanTone(sum, positive, negative);
    }

    // The lexicon valence of a content word by its form, else its lemma; function words and the modifier words
    // themselves carry none.
    private bool TryValence(Document document, int index, out float valence)
    {
        valence = 0;
        ref readonly var token = ref document.TokenRecords[index];
        if (Array.IndexOf(s_contentTags, token.Upos) < 0)
            return false;
        var word = document.Text.AsSpan(token.Start, token.Length);
        if (ToneWords.IsNegator(word) || ToneWords.Degree(word) != 0)
            return false;
        if (_lexicon.TryGet(word, out valence))
            return true;
        return (uint)token.Lemma < (uint)document.Lemmas.Count && _lexicon.TryGet(document.Lemmas[token.Lemma], out valence);
    }

    // Applies the intensifiers, downtoners and negators among the words before the sentiment word at index.
    private static float InContext(Document document, int rangeStart, int index, float valence, bool mixedCase)
    {
        var tokens = document.TokenRecords;
        var text = document.Text.AsSpan();
        var scaled = valence;
        var negated = false;
        var seen = 0;
        for (var j = index - 1; j >= rangeStart && seen < Window; j--)
        {
            var word = text.Slice(tokens[j].Start, tokens[j].Length);
            if (!IsWord(word))
                continue;
            var degree = ToneWords.Degree(word);
            if (degree != 0)
            {
                var emphasis = mixedCase && IsShouted(word) ? CapsEmphasis : 0;
                scaled += MathF.CopySign((Math.Abs(degree) + emphasis) * (1 - 0.05f * seen), valence) * MathF.Sign(degree);
            }
            negated |= ToneWords.IsNegator(word);
            seen++;
        }
        return negated ? scaled * NegationFactor : scaled;
    }

    private static int LastContrast(Document document, int tokenStart, int tokenEnd)
    {
        var tokens = document.TokenRecords;
        for (var i = tokenEnd - 1; i >= tokenStart; i--)
        {
            if (ToneWords.IsContrast(document.Text.AsSpan(tokens[i].Start, tokens[i].Length)))
                return i;
        }
        return -1;
    }

    // Emphasis by capitals counts only when some words are capitalised normally: a headline in capitals shouts nothing.
    private static bool HasMixedCase(Document document, int tokenStart, int tokenEnd)
    {
        var tokens = document.TokenRecords;
        bool shouted = false, normal = false;
        for (var i = tokenStart; i < tokenEnd && !(shouted && normal); i++)
        {
            var word = document.Text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (IsShouted(word))
                shouted = true;
            else if (IsWord(word))
                normal = true;
        }
        return shouted && normal;
    }

    // A word of two or more letters, all capitals.
    private static bool IsShouted(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
                return false;
            if (char.IsUpper(c))
                letters++;
        }
        return letters > 1;
    }

    private static bool IsWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
                return true;
        }
        return false;
    }
}
