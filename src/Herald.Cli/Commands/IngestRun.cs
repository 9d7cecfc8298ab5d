using System.Globalization;
using Herald.Analysis;
using Herald.Cli.Output;
using Herald.Sources;
using Herald.Storage;
using Herald.Storage.Ingest;

namespace Herald.Cli.Commands;

/// <summary>One run of <c>herald ingest</c>: progress on a terminal, then a summary of stored, skipped and failed.</summary>
internal sealed class IngestRun(IReadOnlyList<string> paths, BatchOptions options)
{
    private int _stored;
    private int _skipped;
    private long _words;

    public int Execute(IArchive archive, CancellationToken cancellationToken)
    {
        var report = new BatchReport();
        var engine = HeraldEngine.CreateDefault();
        using var progress = ProgressLine.Start(Console.Error);
        // The total, for the bar and the ETA, is counted alongside only when someone is watching (and never from stdin).
        var total = Console.IsErrorRedirected || paths.Contains("-") ? null : Task.Run(() => ArticleSources.ReadAll(paths).Count(i => i.Article is not null), cancellationToken);
        new Ingester(archive, engine, options).Run(ArticleSources.ReadAll(paths), item =>
        {
            switch (item.Outcome)
            {
                case IngestOutcome.Stored:
                    _stored++;
                    _words += item.Words;
                    report.Add(item.Result);
                    break;
                case IngestOutcome.Skipped:
                    _skipped++;
                    break;
                default:
                    report.Add(item.Result);
                    break;
            }
            progress.Update(_stored + _skipped + report.Failed, report.Failed, total is { IsCompletedSuccessfully: true } ? total.Result : null);
        }, cancellationToken);
        progress.Dispose();
        report.WriteTo(Console.Error);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"herald: {archive.Description}: stored {_stored:N0} ({_words:N0} words), skipped {_skipped:N0} already there, failed {report.Failed:N0}"));
        return report.Failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }
}
