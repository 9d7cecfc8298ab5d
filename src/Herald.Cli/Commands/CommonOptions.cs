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

    public static Option<DateTimeOffset?> Published() => new("--published")
    {
        Description = "Publication date (ISO 8601, e.g. 2018-10-23) for articles that carry none; relative dates resolve against it.",
        CustomParser = ParseDate,
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
