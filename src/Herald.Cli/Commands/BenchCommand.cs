using System.CommandLine;
using Herald.Cli.Output;

namespace Herald.Cli.Commands;

/// <summary><c>herald bench</c>: time the current pipeline over a corpus.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string>("corpus")
        {
            Description = "A corpus Herald reads: a .jsonl(.gz) file, a directory, or a text or HTML file.",
        };
        var runs = new Option<int>("--runs")
        {
            Description = "Timed runs; the median is reported.",
            DefaultValueFactory = _ => 5,
            Validators = { r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--runs must be at least 1."); } },
        };
        var warmup = new Option<int>("--warmup")
        {
            Description = "Untimed runs first, to let the JIT settle.",
            DefaultValueFactory = _ => 3,
            Validators = { r => { if (r.GetValueOrDefault<int>() < 0) r.AddError("--warmup cannot be negative."); } },
        };
        var limit = new Option<int?>("--limit") { Description = "Use only the first N articles." };
        var until = new Option<string?>("--until")
        {
            Description = "Run the default pipeline only up to this stage (tokenizer, sentences, tagger, ner, entity-rules, location-cues, canonical-entities).",
        };
        var parallel = CommonOptions.Parallel();
        var command = new Command("bench", "Run the pipeline over a corpus several times; print articles/s, words/s (median) and peak memory.")
        {
            corpus, runs, warmup, limit, parallel, until,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var bench = new CorpusBenchmark(parse.GetRequiredValue(corpus), parse.GetValue(runs), parse.GetValue(warmup), parse.GetValue(limit), parse.GetValue(parallel), parse.GetValue(until));
            return Task.FromResult(bench.Run(Console.Out, Console.Error, cancellationToken));
        });
        return command;
    }
}
