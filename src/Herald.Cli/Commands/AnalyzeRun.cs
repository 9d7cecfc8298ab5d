using Herald.Analysis;
using Herald.Cli.Output;
using Herald.Errors;
using Herald.Sources;

namespace Herald.Cli.Commands;

/// <summary>One run of <c>herald analyze</c>: read, analyse in parallel, write in order, report.</summary>
internal sealed class AnalyzeRun(IReadOnlyList<string> paths, RecordSink sink, FileInfo? output, BatchOptions options)
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

        var engine = HeraldEngine.CreateDefault();
        using var progress = ProgressLine.Start(Console.Error);
        using (var buffered = new BufferedStream(stream, 1 << 16))
        {
            try
            {
                sink.Begin(buffered);
                foreach (var result in engine.AnalyzeAll(ArticleSources.ReadAll(paths), options, cancellationToken))
                {
                    report.Add(result);
                    progress.Update(report.Analysed, report.Failed);
                    if (result.Document is not null)
                        sink.Write(buffered, result);
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
}
