using System.Globalization;
using Herald.Analysis;
using Herald.Errors;

namespace Herald.Cli.Output;

/// <summary>Counts a batch's outcomes and reports its failures and warnings at the end.</summary>
internal sealed class BatchReport
{
    private const int Shown = 10;
    private readonly List<HeraldError> _failures = [];
    private readonly List<HeraldError> _warnings = [];

    public int Analysed { get; private set; }

    public int Failed => _failures.Count;

    public void Add(AnalysisResult result)
    {
        if (result.Error is null)
            Analysed++;
        foreach (var warning in result.Warnings)
            _warnings.Add(warning);
        if (result.Error is { } error)
            Add(error);
    }

    public void Add(HeraldError error)
    {
        if (error.Kind.IsWarning)
            _warnings.Add(error);
        else
            _failures.Add(error);
    }

    public void WriteTo(TextWriter writer)
    {
        Write(writer, _warnings, "warning");
        Write(writer, _failures, "failure");
        if (_failures.Count > 0)
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"herald: {Analysed:N0} analysed, {_failures.Count:N0} failed"));
    }

    private static void Write(TextWriter writer, List<HeraldError> errors, string noun)
    {
        if (errors.Count == 0)
            return;
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"herald: {errors.Count:N0} {noun}{(errors.Count == 1 ? "" : "s")}{(errors.Count > Shown ? $", the first {Shown}" : "")}:"));
        foreach (var error in errors.Take(Shown))
            writer.WriteLine($"  {error.Message}");
    }
}
