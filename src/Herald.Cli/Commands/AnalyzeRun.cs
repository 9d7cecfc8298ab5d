using Herald.Actors;
using Herald.Analysis;
using Herald.Cli.Output;
using Herald.Errors;
using Herald.Sources;

namespace Herald.Cli.Commands;

/// <summary>One run of <c>herald analyze</c>: read, analyse in parallel, write in order, report.</summary>
internal sealed class AnalyzeRun(IReadOnlyList<string> paths, RecordSink sink, FileInfo? output, BatchOptions options, ActorDictionary? actors)
{
    public int Execute(CancellationToken cancellationToken)
    {
        var report = new BatchReport();
        Stream stream;
        try
        {
            stream = output is null ? Console.OpenStandardOutput() : output.Create();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            report.Add(new HeraldError(ErrorCatalog.OutputFailed, output!.FullName, exception.Message));
            report.WriteTo(Console.Error);
            return ExitCodes.SomeInputsFailed;
        }

        var engine = actors is null ? HeraldEngine.CreateDefault() : new HeraldEngine(HeraldEngine.DefaultStages().Replace(new ActorStage(actors)).Build());
        using var progress = ProgressLine.Start(Console.Error);
        using (var buffered = new BufferedStream(stream, 1 << 16))
        {
            try
            {
                sink.Begin(buffered);
                var formatted = engine.AnalyzeAll(ArticleSources.ReadAll(paths), Format, options, cancellationToken);
                foreach (var (result, bytes) in formatted)
                {
                    report.Add(result);
                    progress.Update(report.Analysed, report.Failed);
                    if (bytes is not null)
                        sink.Write(buffered, bytes);
                }
                sink.End(buffered);
                buffered.Flush();
            }
            catch (IOException exception) when (output is null)
            {
                // Standard output closed early (a pipe into head): stop quietly, as Unix tools do.
                _ = exception;
                return ExitCodes.Success;
            }
            catch (IOException exception)
            {
                report.Add(new HeraldError(ErrorCatalog.OutputFailed, output!.FullName, exception.Message));
            }
        }
        progress.Dispose();
        report.WriteTo(Console.Error);
        return report.Failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    // Runs on the worker threads: the record is formatted where it was analysed, and the document is
    // dropped, so that only bytes wait for their turn in the output order.
    private (AnalysisResult Result, byte[]? Bytes) Format(AnalysisResult result) =>
        result.Document is null ? (result, null) : (result with { Document = null }, sink.Format(result));
}
