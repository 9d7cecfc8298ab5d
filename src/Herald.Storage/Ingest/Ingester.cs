using System.Collections.Concurrent;
using System.Diagnostics;
using Herald.Analysis;
using Herald.Errors;
using Herald.Records;
using Herald.Sources;
using Herald.Storage.Duplicates;
using Herald.Storage.Schema;

namespace Herald.Storage.Ingest;

/// <summary>
/// Ingests articles into an archive: skips what it holds (by content hash) before analysis, analyses the rest
/// in parallel with the engine's batch API, links near copies into duplicate groups, and commits in batched
/// transactions. Killed at any point, a re-run stores exactly what is missing: a batch is committed whole or not at all.
/// </summary>
/// <param name="archive">Where articles go.</param>
/// <param name="engine">The analysis.</param>
/// <param name="options">Threads and default metadata.</param>
public sealed class Ingester(IArchive archive, HeraldEngine engine, BatchOptions options)
{
    /// <summary>Articles per transaction at most.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>The longest analysed articles wait before they are committed.</summary>
    public TimeSpan BatchTime { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Ingests <paramref name="items"/>, calling <paramref name="report"/> (on this thread) once for each with
    /// its final outcome. Cancellation commits what is analysed, then throws.
    /// </summary>
    public void Run(IEnumerable<SourceItem> items, Action<IngestItem> report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(report);
        var state = archive.LoadIngestState();
        var nextId = state.NextId;
        // One hash per item handed to the engine, in order: the engine yields one result per item, in order.
        var hashes = new ConcurrentQueue<string?>();
        var batch = new List<StoredArticle>();
        var waiting = new List<IngestItem>();
        var clock = Stopwatch.StartNew();

        void Commit()
        {
            if (batch.Count > 0)
                archive.Store(batch);
            foreach (var item in waiting)
                report(item);
            batch.Clear();
            waiting.Clear();
            clock.Restart();
        }

        try
        {
            foreach (var analysed in engine.AnalyzeAll(Unstored(items, state.Hashes, hashes), Prepare, options, cancellationToken))
            {
                hashes.TryDequeue(out var hash);
                if (analysed.Article is not { } article || hash is null)
                {
                    report(new IngestItem(Outcome(analysed.Result), analysed.Result, 0));
                    continue;
                }
                var id = nextId++;
                var stored = new StoredArticle(id, hash, article.Fingerprint, state.Fingerprints.Join(article.Fingerprint, id), article.Record, article.Json);
                batch.Add(stored);
                waiting.Add(new IngestItem(IngestOutcome.Stored, analysed.Result, stored.Words));
                if (batch.Count >= BatchSize || clock.Elapsed >= BatchTime)
                    Commit();
            }
        }
        catch (OperationCanceledException)
        {
            Commit();
            throw;
        }
        Commit();
    }

    private static IngestOutcome Outcome(AnalysisResult result) => result.Error switch
    {
        { } error when error.Kind == ErrorCatalog.AlreadyArchived => IngestOutcome.Skipped,
        { Kind.IsWarning: true } => IngestOutcome.Notice,
        _ => IngestOutcome.Failed,
    };

    // Runs on the reading thread: an article already stored (or met earlier in this run) becomes a notice, not work.
    private static IEnumerable<SourceItem> Unstored(IEnumerable<SourceItem> items, HashSet<string> known, ConcurrentQueue<string?> hashes)
    {
        foreach (var item in items)
        {
            if (item.Article is not { } article)
            {
                hashes.Enqueue(null);
                yield return item;
                continue;
            }
            var hash = ContentHashes.Of(article);
            if (known.Add(hash))
            {
                hashes.Enqueue(hash);
                yield return item;
            }
            else
            {
                hashes.Enqueue(null);
                yield return SourceItem.Failed(new HeraldError(ErrorCatalog.AlreadyArchived, article.Origin.ToString()));
            }
        }
    }

    // Runs on the worker threads: the record, its JSON and its fingerprint, so only these wait for the writer.
    private static Analysed Prepare(AnalysisResult result)
    {
        if (result.Document is not { } document)
            return new Analysed(result, null);
        return new Analysed(result with { Document = null }, AnalysedArticle.Of(document, result.Origin!, result.Warnings));
    }

    private sealed record Analysed(AnalysisResult Result, AnalysedArticle? Article);
}
