using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Herald.Cli.Commands;

/// <summary>Options shared by several commands, each parsed in one place.</summary>
internal static class CommonOptions
{
    public static Option<int> Parallel() => new("--parallel", "-j")
    {
        Description = "Threads to analyse on (default: all cores).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        Validators = { result => { if (result.GetValueOrDefault<int>() < 1) result.AddError("--parallel must be at least 1."); } },
    };

    /// <summary>The inputs of a command that reads articles, as <c>herald analyze</c> does.</summary>
    public static Argument<string[]> Sources() => new("sources")
    {
        Description = "Files, directories, or - for standard input; the inputs herald analyze reads.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<DateTimeOffset?> Published() => new("--published")
    {
        Description = "Publication date (ISO 8601, e.g. 2018-10-23) for articles that carry none; relative dates resolve against it.",
        CustomParser = ParseDate,
    };

    /// <summary><c>--json</c>: an eval command prints its figures as JSON instead of a table.</summary>
    public static Option<bool> Json() => new("--json") { Description = "Print the figures as JSON." };

    /// <summary>A list of input files, several after one flag (<c>--train a.conllu b.conllu</c>).</summary>
    public static Option<string[]> Files(string name, string description, bool required) => new(name)
    {
        Description = description,
        Required = required,
        Arity = required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary><c>--out</c>: the folder a trained model is written to, <c>models/NAME</c> by default.</summary>
    public static Option<string> ModelFolder(string model) => new("--out", "-o")
    {
        Description = "The model folder to write.",
        DefaultValueFactory = _ => Path.Combine("models", model),
    };

    /// <summary><c>--iterations</c>: passes over the training data.</summary>
    public static Option<int> Iterations(int defaultValue) => new("--iterations")
    {
        Description = "Passes over the training data.",
        DefaultValueFactory = _ => defaultValue,
        Validators = { r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--iterations must be at least 1."); } },
    };

    /// <summary><c>--seed</c>: what it randomises, said in <paramref name="drives"/>.</summary>
    public static Option<int> Seed(int defaultValue, string drives) => new("--seed")
    {
        Description = $"Seed for {drives}; the same seed gives the same model.",
        DefaultValueFactory = _ => defaultValue,
    };

    /// <summary><c>--prune</c>: the smallest averaged weight kept.</summary>
    public static Option<float> Prune(float defaultValue) => new("--prune")
    {
        Description = "Drop averaged weights smaller than this.",
        DefaultValueFactory = _ => defaultValue,
    };

    private static DateTimeOffset? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            return date;
        result.AddError($"--published: '{text}' is not a date; use ISO 8601 such as 2018-10-23 or 2018-10-23T14:00:00Z.");
        return null;
    }
}
