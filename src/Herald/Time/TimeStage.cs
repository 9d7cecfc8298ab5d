using System.Buffers;
using Herald.Documents;
using Herald.Pipeline;

namespace Herald.Time;

/// <summary>
/// Fills the time layer: finds the date and time expressions of each sentence and resolves them to TIMEX3
/// values against the publication date (or a date the text states). It reads the Penn tags when the tagger
/// has run, to tell the tense that points a bare weekday or month backwards or forwards.
/// </summary>
public sealed class TimeStage : IStage
{
    /// <summary>The stage, shared: it holds no state.</summary>
    public static TimeStage Default { get; } = new();

    /// <inheritdoc />
    public string Name => "time";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences;

    /// <inheritdoc />
    public Layers Assigns => Layers.Times;

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var words = ArrayPool<TimeWord>.Shared.Rent(document.TokenCount);
        try
        {
            var tokens = new TimeTokens(document, words);
            var found = new List<TimeMatch>();
            var directions = new List<Direction>();
            var sentences = document.SentenceRecords;
            var consumed = 0;
            for (var s = 0; s < sentences.Length; s++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // A split after "p.m." may cut "5 p.m. Tuesday" in two: the expression may run into the next sentence.
                var limit = s + 1 < sentences.Length && tokens.IsMeridiem(sentences[s].TokenEnd - 1)
                    ? sentences[s + 1].TokenEnd
                    : sentences[s].TokenEnd;
                (tokens.SentenceStart, tokens.Limit) = (Math.Max(sentences[s].TokenStart, consumed), limit);
                var first = found.Count;
                TimeRecognizer.Recognize(tokens, found);
                consumed = found.Count > 0 ? found[^1].End : 0;
                for (var k = first; k < found.Count; k++)
                    directions.Add(TenseCues.Of(tokens, found[k]));
            }
            Resolve(document, tokens, found, directions);
        }
        finally
        {
            ArrayPool<TimeWord>.Shared.Return(words);
        }
        document.MarkAssigned(Layers.Times);
    }

    private static void Resolve(Document document, TimeTokens tokens, List<TimeMatch> found, List<Direction> directions)
    {
        var reference = ReferenceDate.Choose(document.Info.Published, found);
        var mentioned = reference is { } start ? TimeNormalizer.Date(start) : null;
        for (var k = 0; k < found.Count; k++)
        {
            var (match, spec) = (found[k], found[k].Spec);
            var value = TimeNormalizer.Resolve(spec, reference, directions[k], mentioned);
            if (spec.Type is TimeType.Date or TimeType.Time && spec.Anchor == TimeAnchor.Reference && value.Length > 0 && char.IsAsciiDigit(value[0]))
                mentioned = value;
            var first = tokens.Token(match.Start);
            document.Times.Add(new TimeExpression(first.Start, tokens.Token(match.End - 1).End, first.Sentence, spec.Type, value)
            {
                Reference = spec.NeedsReference && reference is { } r ? TimeNormalizer.Date(r) : null,
                Mod = spec.Mod == TimeMod.None ? null : spec.Mod.ToString().ToUpperInvariant(),
            });
        }
    }
}
