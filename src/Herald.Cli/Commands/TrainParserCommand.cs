using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Herald.Errors;
using Herald.Models;
using Herald.Syntax.Conllu;
using Herald.Syntax.Parsing;
using Herald.Syntax.Tagging;

namespace Herald.Cli.Commands;

/// <summary><c>herald train parser</c>: train the dependency parser on UD CoNLL-U, with tags from our tagger.</summary>
internal static class TrainParserCommand
{
    public static Command Create()
    {
        var train = CommonOptions.Files("--train", "Training CoNLL-U files (.conllu or .conllu.gz).", required: true);
        var dev = CommonOptions.Files("--dev", "Development CoNLL-U files: scored during training (the best of the last passes is kept) and recorded in meta.json.", required: false);
        var output = CommonOptions.ModelFolder("parser");
        var tagger = new Option<string?>("--tagger") { Description = "The tagger model folder that tags the training words (default: the installed models/tagger)." };
        var defaults = new ParserTrainingOptions();
        var iterations = CommonOptions.Iterations(defaults.Iterations);
        var seed = CommonOptions.Seed(defaults.Seed, "the sentence order and exploration");
        var prune = CommonOptions.Prune(defaults.MinWeight);
        var jackknife = new Option<int>("--jackknife")
        {
            Description = "Tag the training words by jackknifing over this many folds (a tagger trained on the other folds, without clusters); 0 tags them with the installed tagger.",
            DefaultValueFactory = _ => defaults.JackknifeFolds,
        };
        var explore = new Option<double>("--explore")
        {
            Description = "From the second pass on, how often the parser follows its own prediction rather than the dynamic oracle's.",
            DefaultValueFactory = _ => defaults.Explore,
        };
        var supertags = new Option<int>("--supertag-folds")
        {
            Description = "Give the parser supertags (each word's relation and head direction, predicted first), jackknifed over this many folds for the training words; 0: no supertags.",
            DefaultValueFactory = _ => defaults.SupertagFolds,
        };
        var members = new Option<int>("--members")
        {
            Description = "Train this many parsers side by side (seeds --seed, --seed + 1, ...) and average their weights into one model.",
            DefaultValueFactory = _ => defaults.Members,
        };
        var scorer = new Option<ParserScorer>("--scorer")
        {
            Description = "What scores the transitions: neural (a BiLSTM over the words and a one-hidden-layer scorer; the more accurate) or linear (averaged perceptrons over hashed features).",
            DefaultValueFactory = _ => defaults.Scorer,
        };
        var prepared = new Option<string?>("--prepared")
        {
            Description = "Keep the tagged training sentences in this file, and reuse them on the next run over the same data (skips the jackknifing; the model is the same, and meta.json records the command without this option).",
        };
        var embeddings = new Option<string[]>("--embeddings-from")
        {
            Description = "Raw news files (JSONL, text or HTML) from which the neural scorer's word vectors are learnt first.",
            AllowMultipleArgumentsPerToken = true,
        };
        var lstmUnits = new Option<int>("--lstm-units")
        {
            Description = "Units of each direction of the neural scorer's BiLSTM (more: more accurate and slower).",
            DefaultValueFactory = _ => defaults.LstmUnits,
        };
        var scorerUnits = new Option<int>("--scorer-units")
        {
            Description = "Units of the neural scorer's hidden layer.",
            DefaultValueFactory = _ => defaults.ScorerUnits,
        };
        var scorerItems = new Option<int>("--scorer-items")
        {
            Description = "How many parser-state items the neural scorer reads: 4 (s0, s1, s2, b0), 3 (s0, s1, b0) or 2 (s0, b0); fewer is faster.",
            DefaultValueFactory = _ => defaults.ScorerItems,
        };
        var supertagDims = new Option<int>("--supertag-dims")
        {
            Description = "Dimensions of the neural scorer's supertag embedding; 0: it reads no supertags and the model keeps no supertagger, which parses faster (teachers may still read them).",
            DefaultValueFactory = _ => defaults.SupertagDims,
        };
        var weightAverage = new Option<float>("--weight-average")
        {
            Description = "Decay per batch of a moving average of the neural scorer's weights, evaluated and kept in their place (e.g. 0.999); 0: none.",
        };
        var teachers = new Option<string[]>("--teachers")
        {
            Description = "Folders of trained neural parsers whose mean probabilities of the transitions and relations the neural scorer also learns (distillation from an ensemble).",
            AllowMultipleArgumentsPerToken = true,
        };
        var teacherWeight = new Option<float>("--teacher-weight")
        {
            Description = "The teachers' share of each training target; the dynamic oracle's is the rest.",
            DefaultValueFactory = _ => defaults.TeacherWeight,
        };
        var command = new Command("parser", "Train the dependency parser (arc-hybrid, dynamic oracle, a neural or linear scorer, with a supertagger) on gold CoNLL-U trees with predicted tags.")
        {
            train, dev, output, tagger, iterations, seed, prune, jackknife, explore, supertags, members, scorer, prepared, embeddings, lstmUnits, scorerUnits, scorerItems, supertagDims, weightAverage, teachers, teacherWeight,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var options = defaults with
            {
                Iterations = parse.GetValue(iterations),
                Seed = parse.GetValue(seed),
                MinWeight = parse.GetValue(prune),
                JackknifeFolds = parse.GetValue(jackknife),
                Explore = parse.GetValue(explore),
                SupertagFolds = parse.GetValue(supertags),
                Members = parse.GetValue(members),
                Scorer = parse.GetValue(scorer),
                LstmUnits = parse.GetValue(lstmUnits),
                ScorerUnits = parse.GetValue(scorerUnits),
                ScorerItems = parse.GetValue(scorerItems),
                SupertagDims = parse.GetValue(supertagDims),
                WeightAverage = parse.GetValue(weightAverage),
                Teachers = parse.GetValue(teachers) ?? [],
                TeacherWeight = parse.GetValue(teacherWeight),
                PreparedCache = parse.GetValue(prepared),
                EmbeddingFiles = parse.GetValue(embeddings) ?? [],
            };
            return Task.FromResult(Run(parse.GetRequiredValue(train), parse.GetValue(dev) ?? [], parse.GetRequiredValue(output), parse.GetValue(tagger), options));
        });
        return command;
    }

    private static int Run(string[] trainFiles, string[] devFiles, string output, string? taggerDirectory, ParserTrainingOptions options)
    {
        try
        {
            var clock = Stopwatch.StartNew();
            foreach (var file in trainFiles.Concat(devFiles).Where(f => !File.Exists(f)))
                throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, file));
            var tagger = taggerDirectory is null ? TaggerModel.LoadDefault() : TaggerModel.Load(taggerDirectory);
            var train = trainFiles.SelectMany(ConlluReader.ReadFile).ToList();
            var dev = devFiles.ToDictionary(f => f, f => (IReadOnlyList<ConlluSentence>)ConlluReader.ReadFile(f).ToList(), StringComparer.Ordinal);
            var model = ParserTrainer.Train(train, dev.Values.SelectMany(d => d), tagger, options, Console.Out);
            var scores = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
            foreach (var (file, sentences) in dev)
            {
                var s = ParserEvaluator.EvaluateGoldWords(model, tagger, sentences, file);
                scores[ModelTraining.DatasetName(file)] = new Dictionary<string, double>
                {
                    ["UAS"] = Math.Round(100 * s.Uas.F1, 2),
                    ["LAS"] = Math.Round(100 * s.Las.F1, 2),
                    ["UPOS"] = Math.Round(100 * s.Upos.F1, 2),
                };
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: gold words, predicted tags: UAS {100 * s.Uas.F1:F2} LAS {100 * s.Las.F1:F2}"));
            }
            Directory.CreateDirectory(output);
            model.Save(output);
            var bytes = new FileInfo(Path.Combine(output, ParserModel.FileName)).Length;
            var meta = new ModelMeta
            {
                Name = "parser",
                Version = "1.0.0",
                FormatVersion = ParserModel.Header.FormatVersion,
                FeatureSetVersion = ParserModel.Header.FeatureSetVersion,
                Created = ModelTraining.Now(),
                Command = ModelTraining.CommandLine(cacheOptions: "--prepared"),
                TrainingFiles = trainFiles.Select(Path.GetFileName).OfType<string>().ToArray(),
                Settings = Settings(options, tagger, devFiles),
                DevScores = scores,
                Sizes = Sizes(model, bytes),
            };
            meta.Save(Path.Combine(output, "meta.json"));
            Console.WriteLine($"wrote {Path.Combine(output, ParserModel.FileName)} ({bytes:N0} bytes) and meta.json in {clock.Elapsed.TotalSeconds:F0} s");
            return ExitCodes.Success;
        }
        catch (Exception exception) when (ModelTraining.IsReportable(exception))
        {
            return ModelTraining.Report(exception, output);
        }
    }

    private static Dictionary<string, long> Sizes(ParserModel model, long bytes)
    {
        var sizes = new Dictionary<string, long> { ["relations"] = DependencyLabels.Count };
        if (!model.IsNeural)
        {
            sizes["transitionFeatures"] = model.TransitionFeatureCount;
            sizes["labelFeatures"] = model.LabelFeatureCount;
        }
        sizes["weights"] = model.WeightCount;
        sizes["bytes"] = bytes;
        return sizes;
    }

    private static Dictionary<string, string> Settings(ParserTrainingOptions options, TaggerModel tagger, string[] devFiles)
    {
        var settings = new Dictionary<string, string>
        {
            ["scorer"] = options.Scorer == ParserScorer.Neural
                ? $"neural: BiLSTM of {options.LstmUnits} units each way over the words, a hidden layer of {options.ScorerUnits} units over {options.ScorerItems} items; {options.Iterations} epochs, the best of the second half on the dev files kept"
                : $"linear: averaged perceptrons, {options.Iterations} iterations, {options.Members} mixed",
            ["iterations"] = options.Iterations.ToString(CultureInfo.InvariantCulture),
            ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
            ["exploreFrom"] = options.ExploreFrom.ToString(CultureInfo.InvariantCulture),
            ["explore"] = options.Explore.ToString(CultureInfo.InvariantCulture),
            ["tags"] = options.JackknifeFolds >= 2
                ? $"jackknifed: {options.JackknifeFolds} folds, each tagged by a tagger trained on the others without word clusters"
                : "predicted by models/tagger, which was trained on the same sentences (no jackknifing)",
            ["supertags"] = options.SupertagFolds < 2 ? "none"
                : options.Scorer == ParserScorer.Neural && options.SupertagDims == 0 ? $"read by the teachers only: jackknifed over {options.SupertagFolds} folds, {options.SupertagIterations} passes each"
                : $"jackknifed over {options.SupertagFolds} folds, {options.SupertagIterations} passes each",
            ["wordClusters"] = options.Clusters && tagger.UsesClusters
                ? $"from the tagger that tagged the training words ({tagger.WordCount:N0} words); the parser needs that tagger at run time"
                : "none",
            ["devFiles"] = string.Join(' ', devFiles.Select(Path.GetFileName)),
        };
        if (options.Scorer == ParserScorer.Neural)
        {
            settings["wordVectors"] = options.EmbeddingFiles.Count == 0 ? "none" : "skip-gram, learnt from " + string.Join(' ', options.EmbeddingFiles.Select(Path.GetFileName));
            settings["weightAverage"] = options.WeightAverage > 0
                ? $"the moving average of the weights (decay {options.WeightAverage.ToString(CultureInfo.InvariantCulture)} a batch) is evaluated and kept"
                : "none: the weights themselves are kept";
            settings["teachers"] = options.Teachers.Count == 0 ? "none"
                : $"{string.Join(' ', options.Teachers)} (their mean probabilities weigh {options.TeacherWeight.ToString(CultureInfo.InvariantCulture)} in each target)";
        }
        else
        {
            settings["prune"] = options.MinWeight.ToString(CultureInfo.InvariantCulture);
            settings["members"] = options.Members.ToString(CultureInfo.InvariantCulture);
        }
        return settings;
    }
}
