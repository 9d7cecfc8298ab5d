using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Herald.Errors;
using Herald.Models;
using Herald.Syntax.Conllu;
using Herald.Syntax.Tagging;

namespace Herald.Cli.Commands;

/// <summary><c>herald train tagger</c>: train the part-of-speech tagger and lemmatizer on UD CoNLL-U.</summary>
internal static class TrainTaggerCommand
{
    public static Command Create()
    {
        var train = CommonOptions.Files("--train", "Training CoNLL-U files (.conllu or .conllu.gz).", required: true);
        var dev = CommonOptions.Files("--dev", "Development CoNLL-U files, scored after each pass and recorded in meta.json.", required: false);
        var raw = CommonOptions.Files("--raw", "Raw news (JSONL, text or HTML, .gz too) to induce word clusters from; without it the model has no cluster features.", required: false);
        var output = CommonOptions.ModelFolder("tagger");
        var defaults = new TaggerTrainingOptions();
        var iterations = CommonOptions.Iterations(defaults.Iterations);
        var seed = CommonOptions.Seed(defaults.Seed, "the sentence order");
        var prune = CommonOptions.Prune(defaults.PruneWeight);
        var margin = new Option<float>("--second-pass-margin")
        {
            Description = "The second pass retags only words whose first-pass margin is below this (weight units; Infinity: all).",
            DefaultValueFactory = _ => defaults.SecondPassMargin,
        };
        var allowed = new Option<int>("--allowed-min-count")
        {
            Description = "Words seen this often may only take the classes they had in training.",
            DefaultValueFactory = _ => defaults.AllowedMinCount,
        };
        var reportMargins = new Option<bool>("--report-margins") { Description = "Log dev UPOS for a range of second-pass margins." };
        var command = new Command("tagger", "Train the part-of-speech tagger (UPOS and XPOS) and the lemmatizer on gold CoNLL-U.")
        {
            train, dev, raw, output, iterations, seed, prune, margin, allowed, reportMargins,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var options = defaults with
            {
                Iterations = parse.GetValue(iterations),
                Seed = parse.GetValue(seed),
                PruneWeight = parse.GetValue(prune),
                SecondPassMargin = parse.GetValue(margin),
                AllowedMinCount = parse.GetValue(allowed),
                ReportMargins = parse.GetValue(reportMargins),
            };
            return Task.FromResult(Run(parse.GetRequiredValue(train), parse.GetValue(dev) ?? [], parse.GetValue(raw) ?? [], parse.GetRequiredValue(output), options));
        });
        return command;
    }

    private static int Run(string[] trainFiles, string[] devFiles, string[] rawFiles, string output, TaggerTrainingOptions options)
    {
        try
        {
            var clock = Stopwatch.StartNew();
            var train = trainFiles.SelectMany(ConlluReader.ReadFile).ToList();
            var dev = devFiles.ToDictionary(ModelTraining.DatasetName, f => (IReadOnlyList<ConlluSentence>)ConlluReader.ReadFile(f).ToList(), StringComparer.Ordinal);
            foreach (var file in rawFiles.Where(f => !File.Exists(f)))
                throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, file));
            var clusters = TaggerTrainer.ClusterWords(rawFiles, Console.Out);
            var model = new TaggerTrainer(options).Train(train, dev, clusters, Console.Out);
            var scores = dev.ToDictionary(d => d.Key, d => TaggerEvaluator.Evaluate(model, d.Value).ToDictionary(), StringComparer.Ordinal);
            Directory.CreateDirectory(output);
            model.Save(output);
            var meta = new ModelMeta
            {
                Name = "tagger",
                Version = "1.0.0",
                FormatVersion = TaggerModel.Header.FormatVersion,
                FeatureSetVersion = TaggerModel.Header.FeatureSetVersion,
                Created = ModelTraining.Now(),
                Command = ModelTraining.CommandLine(),
                TrainingFiles = trainFiles.Concat(rawFiles).Select(Path.GetFileName).OfType<string>().ToArray(),
                Settings = new Dictionary<string, string>
                {
                    ["iterations"] = options.Iterations.ToString(CultureInfo.InvariantCulture),
                    ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
                    ["minPairCount"] = options.MinPairCount.ToString(CultureInfo.InvariantCulture),
                    ["dictionaryMinCount"] = options.DictionaryMinCount.ToString(CultureInfo.InvariantCulture),
                    ["dictionaryMinShare"] = options.DictionaryMinShare.ToString(CultureInfo.InvariantCulture),
                    ["ambiguityMinCount"] = options.AmbiguityMinCount.ToString(CultureInfo.InvariantCulture),
                    ["allowedMinCount"] = options.AllowedMinCount.ToString(CultureInfo.InvariantCulture),
                    ["openClassMinCount"] = options.OpenClassMinCount.ToString(CultureInfo.InvariantCulture),
                    ["pruneWeight"] = options.PruneWeight.ToString(CultureInfo.InvariantCulture),
                    ["secondPassMargin"] = options.SecondPassMargin.ToString(CultureInfo.InvariantCulture),
                },
                DevScores = scores,
                Sizes = new Dictionary<string, long>
                {
                    ["classes"] = model.Tags.Count,
                    ["features"] = model.Weights.FeatureCount + (model.SecondPass?.FeatureCount ?? 0),
                    ["weights"] = model.Weights.WeightCount + (model.SecondPass?.WeightCount ?? 0),
                    ["tagDictionary"] = model.TagDictionaryCount,
                    ["vocabulary"] = model.VocabularyCount,
                    ["words"] = model.WordCount,
                    ["lemmaRules"] = model.Lemmatizer.RuleCount,
                    ["lemmaExceptions"] = model.Lemmatizer.LexiconCount,
                    ["bytes"] = new FileInfo(Path.Combine(output, TaggerModel.FileName)).Length,
                },
            };
            meta.Save(Path.Combine(output, "meta.json"));
            Console.WriteLine($"wrote {Path.Combine(output, TaggerModel.FileName)} ({meta.Sizes["bytes"]:N0} bytes, {model.Weights.FeatureCount:N0} features) and meta.json in {clock.Elapsed.TotalSeconds:F0} s");
            return ExitCodes.Success;
        }
        catch (Exception exception) when (ModelTraining.IsReportable(exception))
        {
            return ModelTraining.Report(exception, output);
        }
    }
}
