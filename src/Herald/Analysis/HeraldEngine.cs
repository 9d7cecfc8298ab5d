using Herald.Documents;
using Herald.Entities.Canonical;
using Herald.Entities.Rules;
using Herald.Errors;
using Herald.Extraction;
using Herald.Pipeline;
using Herald.Quotes;
using Herald.Sources;
using Herald.Syntax.Parsing;
using Herald.Syntax.Tagging;
using Herald.Text;
using Herald.Time;

namespace Herald.Analysis;

/// <summary>
/// The entry point for .NET programs: analyse one text, or a stream of articles in parallel on all
/// cores with output in input order. One engine is immutable and serves any number of threads.
/// </summary>
public sealed class HeraldEngine
{
    /// <summary>An engine over <paramref name="pipeline"/>.</summary>
    public HeraldEngine(AnalysisPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        Pipeline = pipeline;
    }

    /// <summary>The pipeline every article goes through.</summary>
    public AnalysisPipeline Pipeline { get; }

    /// <summary>The stages Herald runs by default, in order.</summary>
    public static PipelineBuilder DefaultStages() => new PipelineBuilder()
        .Add(new TokenizerStage())
        .Add(new SentenceStage())
        .Add(TaggerStage.Default)
        .Add(ParserStage.Default)
        .Add(TimeStage.Default)
        .Add(Herald.Entities.Recognition.NerStage.Default)
        .Add(EntityRulesStage.Default)
        .Add(Herald.Geo.LocationCuesStage.Default)
        .Add(CanonicalEntitiesStage.Default)
        .Add(Herald.Geo.PlacesStage.Default)
        .Add(Herald.Actors.ActorStage.Default)
        .Add(QuoteStage.Default)
        .Add(Herald.Events.EventStage.Default)
        .Add(Herald.Tone.ToneStage.Default);

    /// <summary>An engine with the default stages.</summary>
    public static HeraldEngine CreateDefault() => new(DefaultStages().Build());

    /// <summary>An engine with the default stages up to and including the one named <paramref name="lastStage"/>.</summary>
    /// <exception cref="ArgumentException">No default stage has that name.</exception>
    public static HeraldEngine CreateDefault(string lastStage)
    {
        ArgumentNullException.ThrowIfNull(lastStage);
        var stages = DefaultStages().Build().Stages;
        var last = stages.IndexOf(stages.FirstOrDefault(s => s.Name == lastStage)!);
        if (last < 0)
            throw new ArgumentException($"no default stage is named '{lastStage}'; the stages are {string.Join(", ", stages.Select(s => s.Name))}");
        var builder = new PipelineBuilder();
        foreach (var stage in stages.Take(last + 1))
            builder.Add(stage);
        return new HeraldEngine(builder.Build());
    }

    /// <summary>Analyses clean <paramref name="text"/> with optional metadata such as the publication date.</summary>
    public Document Analyze(string text, ArticleInfo? info = null, CancellationToken cancellationToken = default)
    {
        var document = new Document(text, info);
        Pipeline.Process(document, cancellationToken);
        return document;
    }

    /// <summary>Extracts and analyses one raw article from a source.</summary>
    public Document Analyze(RawArticle article, ArticleInfo? defaults = null, CancellationToken cancellationToken = default)
    {
        var document = ArticleExtractor.Extract(article, defaults);
        Pipeline.Process(document, cancellationToken);
        return document;
    }

    /// <summary>
    /// Analyses a stream of source items on <see cref="BatchOptions.Parallelism"/> threads, yielding one
    /// result per item in input order. A failing article becomes an error result; the batch goes on.
    /// </summary>
    public IEnumerable<AnalysisResult> AnalyzeAll(IEnumerable<SourceItem> items, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        AnalyzeAll(items, static result => result, options, cancellationToken);

    /// <summary>
    /// Like <see cref="AnalyzeAll(IEnumerable{SourceItem}, BatchOptions?, CancellationToken)"/>, but also runs
    /// <paramref name="project"/> on the worker threads (to format a record, say), so that only its small
    /// result waits for its turn in the output order, not the whole document.
    /// </summary>
    public IEnumerable<T> AnalyzeAll<T>(IEnumerable<SourceItem> items, Func<AnalysisResult, T> project, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(project);
        options ??= new BatchOptions();
        return OrderedParallel.Map(items, item => project(AnalyzeItem(item, options.Defaults, cancellationToken)), options.Parallelism, cancellationToken);
    }

    private AnalysisResult AnalyzeItem(SourceItem item, ArticleInfo? defaults, CancellationToken cancellationToken)
    {
        if (item.Article is not { } article)
            return new AnalysisResult(null, null, item.Error, []);
        try
        {
            return new AnalysisResult(article.Origin, Analyze(article, defaults, cancellationToken), null, article.Warnings);
        }
        catch (HeraldException exception)
        {
            return new AnalysisResult(article.Origin, null, exception.Error, article.Warnings);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // one article's failure must not stop the batch; it is reported with its origin
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var error = new HeraldError(ErrorCatalog.AnalysisFailed, article.Origin.ToString(), $"{exception.GetType().Name}: {exception.Message}");
            return new AnalysisResult(article.Origin, null, error, article.Warnings);
        }
    }
}
