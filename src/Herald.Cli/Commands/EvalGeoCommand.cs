using System.CommandLine;
using System.Globalization;
using Herald.Analysis;
using Herald.Errors;
using Herald.Geo;
using Herald.Geo.Evaluation;

namespace Herald.Cli.Commands;

/// <summary><c>herald eval geo</c>: toponym resolution figures on LGL / GeoWebNews XML gold.</summary>
internal static class EvalGeoCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "An LGL or GeoWebNews XML file (.xml or .xml.gz).",
            Required = true,
        };
        var differences = new Option<bool>("--differences") { Description = "Also list every gold toponym resolved to nothing or farther than 161 km, with the entry chosen." };
        var command = new Command("geo", "Score toponym resolution: on gold toponyms, exact-id, within-161-km and country accuracy; end to end, P/R/F1 of toponyms resolved within 161 km (docs/geo.md).")
        {
            gold, differences,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(parse.GetRequiredValue(gold), parse.GetValue(differences), cancellationToken)));
        return command;
    }

    private static int Run(string path, bool showDifferences, CancellationToken cancellationToken)
    {
        try
        {
            var articles = LglReader.Read(path);
            var pipeline = HeraldEngine.CreateDefault(PlacesStage.Default.Name).Pipeline;
            var misses = new List<GeoMiss>();
            var s = GeoEvaluator.Evaluate(articles, GeoGazetteer.Default, pipeline, showDifferences ? misses.Add : null, cancellationToken);
            var c = CultureInfo.InvariantCulture;
            foreach (var m in misses)
                Console.WriteLine(string.Create(c, $"{m.ArticleId}\t{m.Gold.Phrase}\t{m.Gold.GeoNamesId}\t{m.Gold.Latitude:F2},{m.Gold.Longitude:F2}\t{m.Resolved?.Name ?? "-"}\t{m.Resolved?.FeatureCode ?? "-"}\t{m.Resolved?.Country ?? "-"}\t{m.Resolved?.Latitude:F2},{m.Resolved?.Longitude:F2}"));
            Console.WriteLine(string.Create(c, $"{path}: {articles.Count} articles, {s.GoldToponyms} gold toponyms with coordinates"));
            Console.WriteLine(string.Create(c, $"  gold toponyms: exact id {s.ExactAccuracy:F4}  within 161 km {s.Within161KmAccuracy:F4}  country {s.CountryAccuracy:F4}"));
            Console.WriteLine(string.Create(c, $"  end to end:    precision {s.Precision:F4}  recall {s.Recall:F4}  F1 {s.F1:F4}  ({s.EndToEndMatched} matched of {s.EndToEndFound} found)"));
            return ExitCodes.Success;
        }
        catch (HeraldException exception)
        {
            Console.Error.WriteLine($"herald: {exception.Error.Message}");
            return ExitCodes.SomeInputsFailed;
        }
    }
}
