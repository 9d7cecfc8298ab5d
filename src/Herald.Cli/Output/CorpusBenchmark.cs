using System.Diagnostics;
using System.Globalization;
using Herald.Analysis;
using Herald.Sources;

namespace Herald.Cli.Output;

/// <summary>
/// Times the whole pipeline (extraction included, reading excluded) over a corpus held in memory, on all
/// cores, and reports the median run and the process's peak memory.
/// </summary>
internal sealed class CorpusBenchmark(string corpus, int runs, int warmup, int? limit, int parallelism, string? lastStage)
{
    public int Run(TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var report = new BatchReport();
        var articles = new List<SourceItem>();
        var reading = Stopwatch.StartNew();
        foreach (var item in ArticleSources.Read(corpus))
        {
            if (item.Error is { } error)
                report.Add(error);
            else
                articles.Add(item);
            if (articles.Count == limit)
                break;
        }
        reading.Stop();
        if (articles.Count == 0)
        {
            report.WriteTo(errors);
            errors.WriteLine($"herald: no article could be read from {corpus}");
            return ExitCodes.SomeInputsFailed;
        }

        HeraldEngine engine;
        try
        {
            engine = lastStage is null ? HeraldEngine.CreateDefault() : HeraldEngine.CreateDefault(lastStage);
        }
        catch (ArgumentException exception)
        {
            errors.WriteLine($"herald: --until: {exception.Message}");
            return ExitCodes.UsageError;
        }
        var options = new BatchOptions { Parallelism = parallelism };
        var timings = new List<TimeSpan>();
        long words = 0, tokens = 0;
        var analysed = 0;
        for (var run = 0; run < warmup + runs; run++)
        {
            var clock = Stopwatch.StartNew();
            long runWords = 0, runTokens = 0;
            analysed = 0;
            foreach (var result in engine.AnalyzeAll(articles, options, cancellationToken))
            {
                if (result.Error is { } error)
                {
                    // Every run meets the same failures: report them once, from the first run.
                    if (run == 0)
                        report.Add(error);
                    continue;
                }
                analysed++;
                runWords += result.Document!.CountWords();
                runTokens += result.Document.TokenCount;
            }
            clock.Stop();
            if (run >= warmup)
                timings.Add(clock.Elapsed);
            words = runWords;
            tokens = runTokens;
        }

        if (analysed == 0)
        {
            report.WriteTo(errors);
            errors.WriteLine($"herald: every article failed; nothing to time");
            return ExitCodes.SomeInputsFailed;
        }

        timings.Sort();
        var median = timings[timings.Count / 2];
        if (timings.Count % 2 == 0)
            median = (timings[timings.Count / 2 - 1] + median) / 2;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var stages = string.Join(" -> ", engine.Pipeline.Stages.Select(s => s.Name));
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture, $"corpus        {corpus}: {articles.Count:N0} articles, {words:N0} words, {tokens:N0} tokens (read in {reading.Elapsed.TotalSeconds:N1} s, not timed)"));
        output.WriteLine(string.Create(culture, $"pipeline      {stages}; {parallelism} threads; {runs} timed runs after {warmup} warm-up"));
        output.WriteLine(string.Create(culture, $"time/run      median {median.TotalMilliseconds:N0} ms (min {timings[0].TotalMilliseconds:N0}, max {timings[^1].TotalMilliseconds:N0})"));
        output.WriteLine(string.Create(culture, $"articles/s    {articles.Count / median.TotalSeconds:N0} (median)"));
        output.WriteLine(string.Create(culture, $"words/s       {words / median.TotalSeconds:N0} (median)"));
        output.WriteLine(string.Create(culture, $"tokens/s      {tokens / median.TotalSeconds:N0} (median)"));
        output.WriteLine(string.Create(culture, $"peak memory   {peak / (1024.0 * 1024.0):N0} MiB (peak working set of the process, corpus held in memory)"));
        report.WriteTo(errors);
        return report.Failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }
}
