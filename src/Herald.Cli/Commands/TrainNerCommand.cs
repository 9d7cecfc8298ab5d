using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Herald.Entities.Gazetteers;
using Herald.Entities.Recognition;
using Herald.Errors;
using Herald.Models;
using Herald.Syntax.Tagging;

namespace Herald.Cli.Commands;

/// <summary><c>herald train ner</c>: train the named-entity recognizer on CoNLL-2003 and UNER files.</summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var train = CommonOptions.Files("--train", "Training files: CoNLL-2003 (token POS chunk TAG) or UNER IOB2 (ID FORM TAG ...), plain or .gz.", required: true);
        var dev = CommonOptions.Files("--dev", "Development files in the same formats, scored during training and recorded in meta.json.", required: false);
        var raw = CommonOptions.Files("--raw", "Raw news (JSONL, text or HTML, .gz too) to induce word clusters from; without it the model has no cluster features.", required: false);
        var geonames = new Option<string?>("--geonames") { Description = "A GeoNames folder (countryInfo.txt, cities15000.txt.gz, admin1CodesASCII.txt) to compile the place-name gazetteer from." };
        var output = CommonOptions.ModelFolder("ner");
        var defaults = new NerTrainingOptions();
        var iterations = CommonOptions.Iterations(defaults.Iterations);
        var seed = CommonOptions.Seed(defaults.Seed, "the document order and the clusters");
        var prune = CommonOptions.Prune(defaults.PruneWeight);
        var strictMisc = new Option<bool>("--strict-misc") { Description = "Treat O in corpora without MISC (UNER) as plain outside, correcting MISC guesses there." };
        var command = new Command("ner", "Train the named-entity recognizer (PER, ORG, LOC, MISC) on gold CoNLL-2003 / UNER files.")
        {
            train, dev, raw, geonames, output, iterations, seed, prune, strictMisc,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var options = defaults with
            {
                Iterations = parse.GetValue(iterations),
                Seed = parse.GetValue(seed),
                PruneWeight = parse.GetValue(prune),
                PartialMisc = !parse.GetValue(strictMisc),
            };
            return Task.FromResult(Run(parse.GetRequiredValue(train), parse.GetValue(dev) ?? [], parse.GetValue(raw) ?? [], parse.GetValue(geonames), parse.GetRequiredValue(output), options));
        });
        return command;
    }

    private const int CoarseClusters = 64, FineClusters = 400, ClusterVocabulary = 60_000;

    private static int Run(string[] trainFiles, string[] devFiles, string[] rawFiles, string? geonames, string output, NerTrainingOptions options)
    {
        try
        {
            var clock = Stopwatch.StartNew();
            foreach (var file in rawFiles.Where(f => !File.Exists(f)))
                throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, file));
            if (geonames is not null && !Directory.Exists(geonames))
                throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, geonames, "not a GeoNames folder"));
            var tagger = TaggerStage.Default;
            var train = trainFiles.SelectMany(NerCorpus.Read).Select(d => NerExample.Prepare(d, tagger)).ToList();
            var dev = devFiles.ToDictionary(ModelTraining.DatasetName, f => (IReadOnlyList<NerExample>)NerCorpus.Read(f).Select(d => NerExample.Prepare(d, tagger)).ToList(), StringComparer.Ordinal);
            Console.WriteLine($"{train.Count:N0} training documents, {train.Sum(e => e.Document.TokenCount):N0} tokens, read and tagged in {clock.Elapsed.TotalSeconds:F0} s");
            var clusters = NerLexicon.BuildClusters(rawFiles, CoarseClusters, FineClusters, ClusterVocabulary, options.Seed, Console.Out);
            var gazetteer = geonames is null ? Gazetteer.Empty : Gazetteer.FromGeoNames(geonames);
            Console.WriteLine($"gazetteer: {gazetteer.Count:N0} names; {clock.Elapsed.TotalSeconds:F0} s");
            var model = new NerTrainer(options).Train(train, new NerLexicon(clusters, gazetteer), dev, Console.Out);
            var scores = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
            foreach (var (name, examples) in dev)
            {
                var result = NerEvaluator.Evaluate(model, examples);
                var table = new Dictionary<string, double>(StringComparer.Ordinal)
                {
                    ["precision"] = Math.Round(result.Overall.Precision, 2),
                    ["recall"] = Math.Round(result.Overall.Recall, 2),
                    ["f1"] = Math.Round(result.Overall.F1, 2),
                };
                foreach (var type in result.Types)
                    table[$"f1{type.Type}"] = Math.Round(type.F1, 2);
                scores[name] = table;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: P {result.Overall.Precision:F2} R {result.Overall.Recall:F2} F1 {result.Overall.F1:F2}"));
            }
            Directory.CreateDirectory(output);
            model.Save(output);
            var bytes = new FileInfo(Path.Combine(output, NerModel.FileName)).Length;
            var meta = new ModelMeta
            {
                Name = "ner",
                Version = "1.0.0",
                FormatVersion = NerModel.Header.FormatVersion,
                FeatureSetVersion = NerModel.Header.FeatureSetVersion,
                Created = ModelTraining.Now(),
                Command = ModelTraining.CommandLine(),
                TrainingFiles = trainFiles.Concat(rawFiles).Select(Path.GetFileName).OfType<string>()
                    .Concat(geonames is null ? [] : ["GeoNames countryInfo.txt, cities15000.txt.gz, admin1CodesASCII.txt (CC BY 4.0, geonames.org)"]).ToArray(),
                Settings = new Dictionary<string, string>
                {
                    ["iterations"] = options.Iterations.ToString(CultureInfo.InvariantCulture),
                    ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
                    ["pruneWeight"] = options.PruneWeight.ToString(CultureInfo.InvariantCulture),
                    ["partialMisc"] = options.PartialMisc ? "true" : "false",
                    ["clusters"] = $"{CoarseClusters}+{FineClusters} over {ClusterVocabulary} cased forms",
                    ["tagger"] = "models/tagger (POS features come from Herald's own tagger)",
                },
                DevScores = scores,
                Sizes = new Dictionary<string, long>
                {
                    ["classes"] = NerLabels.Count,
                    ["features"] = model.Weights.FeatureCount,
                    ["weights"] = model.Weights.WeightCount,
                    ["clusteredWords"] = model.Lexicon.ClusterCount,
                    ["placeNames"] = model.Lexicon.Gazetteer.Count,
                    ["bytes"] = bytes,
                },
            };
            meta.Save(Path.Combine(output, "meta.json"));
            Console.WriteLine($"wrote {Path.Combine(output, NerModel.FileName)} ({bytes:N0} bytes, {model.Weights.FeatureCount:N0} features) and meta.json in {clock.Elapsed.TotalSeconds:F0} s");
            return ExitCodes.Success;
        }
        catch (Exception exception) when (ModelTraining.IsReportable(exception))
        {
            return ModelTraining.Report(exception, output);
        }
    }
}
