using Herald.Documents;
using Herald.Pipeline;
using Herald.Syntax.Tagging;

namespace Herald.Tone;

/// <summary>
/// Fills <see cref="Document.Tone"/>: each sentence scored by <see cref="ToneScorer"/>, the document's GDELT
/// figures (tone, positive and negative percentages, polarity, activity and self/group reference densities, word
/// count), and for each entity the mean score of the sentences that mention it. Entities are read when an earlier
/// stage has found them; without them the entity list is empty. See docs/tone.md.
/// </summary>
public sealed class ToneStage : IStage
{
    private static readonly short s_verb = UniversalTags.IdOf("VERB");
    private static readonly short s_personalPronoun = PennTags.IdOf("PRP");
    private static readonly short s_possessivePronoun = PennTags.IdOf("PRP$");
    private static readonly Lazy<ToneStage> s_default = new(() => new ToneStage(ToneScorer.Default));

    private readonly ToneScorer _scorer;

    /// <summary>A stage that scores with <paramref name="scorer"/>.</summary>
    public ToneStage(ToneScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        _scorer = scorer;
    }

    /// <summary>The stage over the default lexicon, loaded on first use.</summary>
    public static ToneStage Default => s_default.Value;

    /// <inheritdoc />
    public string Name => "tone";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Tags;

    /// <inheritdoc />
    public Layers Assigns => Layers.Tone;

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = new SentenceTone[document.SentenceCount];
        int positive = 0, negative = 0;
        for (var s = 0; s < sentences.Length; s++)
        {
            var range = document.SentenceRecords[s];
            var tone = _scorer.Score(document, range.TokenStart, range.TokenEnd);
            sentences[s] = new SentenceTone(s, tone.Score, tone.Positive, tone.Negative);
            positive += tone.Positive;
            negative += tone.Negative;
        }
        var words = document.CountWords();
        var (verbs, pronouns) = CountVerbsAndPronouns(document);
        document.Tone = new Documents.Tone(
            Percent(positive, words) - Percent(negative, words), Percent(positive, words), Percent(negative, words),
            Percent(positive + negative, words), Percent(verbs, words), Percent(pronouns, words), words)
        {
            Sentences = sentences,
            Entities = EntityTones(document, sentences),
        };
        document.MarkAssigned(Layers.Tone);
    }

    private static double Percent(int count, int words) => words == 0 ? 0 : 100.0 * count / words;

    private static (int Verbs, int Pronouns) CountVerbsAndPronouns(Document document)
    {
        int verbs = 0, pronouns = 0;
        foreach (ref readonly var token in document.TokenRecords)
        {
            if (token.Upos == s_verb)
                verbs++;
            else if (token.Xpos == s_personalPronoun || token.Xpos == s_possessivePronoun)
                pronouns++;
        }
        return (verbs, pronouns);
    }

    // The mean score of the distinct sentences that hold a mention of each entity.
    private static EntityTone[] EntityTones(Document document, SentenceTone[] sentences)
    {
        var tones = new List<EntityTone>(document.Entities.Count);
        var seen = new HashSet<int>();
        for (var e = 0; e < document.Entities.Count; e++)
        {
            seen.Clear();
            double sum = 0;
            foreach (var m in document.Entities[e].Mentions)
            {
                var sentence = document.TokenRecords[document.Mentions[m].TokenStart].Sentence;
                if (seen.Add(sentence))
                    sum += sentences[sentence].Score;
            }
            if (seen.Count > 0)
                tones.Add(new EntityTone(e, sum / seen.Count, seen.Count));
        }
        return [.. tones];
    }
}
