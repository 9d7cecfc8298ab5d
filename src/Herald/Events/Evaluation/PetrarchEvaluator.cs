using System.Globalization;
using Herald.Analysis;
using Herald.Documents;
using Herald.Pipeline;

namespace Herald.Events.Evaluation;

/// <summary>
/// Codes each PETRARCH validation record's text with Herald's own pipeline (tokens to quotes), the given actor stage
/// and an event stage over a PETRARCH verb dictionary, and scores the dyadic codings (source and target both coded;
/// negated and hypothetical events left out, as PETRARCH codes neither).
/// </summary>
public static class PetrarchEvaluator
{
    /// <summary>Scores <paramref name="records"/>.</summary>
    public static PetrarchScore Evaluate(IReadOnlyList<PetrarchRecord> records, IStage actors, EventLexicon verbs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var engine = Engine(actors, verbs);
        var score = new PetrarchScore();
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            score.Add(record, Code(engine, record));
        }
        return score;
    }

    /// <summary>The pipeline the evaluation runs: Herald's default stages up to quotes with <paramref name="actors"/> in place of the default actor stage, then the events.</summary>
    public static HeraldEngine Engine(IStage actors, EventLexicon verbs)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(verbs);
        var builder = new PipelineBuilder();
        foreach (var stage in HeraldEngine.CreateDefault("quotes").Pipeline.Stages)
            builder.Add(stage.Name == actors.Name ? actors : stage);
        builder.Add(new EventStage(verbs, CameoTable.Default));
        return new HeraldEngine(builder.Build());
    }

    /// <summary>The dyadic codings Herald makes of one record.</summary>
    public static IReadOnlyList<Coding> Code(HeraldEngine engine, PetrarchRecord record)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(record);
        var published = DateTime.TryParseExact(record.Date, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? new DateTimeOffset(date, TimeSpan.Zero) : (DateTimeOffset?)null;
        var document = engine.Analyze(record.Text, new ArticleInfo { Published = published });
        return [.. document.Events
            .Where(e => e.SourceActor is { Length: > 0 } && e.TargetActor is { Length: > 0 } && e.Modality is not ("negated" or "hypothetical"))
            .Select(e => new Coding(e.SourceActor!, e.TargetActor!, e.Code))
            .Distinct()];
    }
}
