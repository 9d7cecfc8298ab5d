using Herald.Errors;

namespace Herald.Entities.Lexicons;

/// <summary>
/// Finds a data file (a compiled lexicon) by its path under <c>data/</c>: under <c>$HERALD_DATA</c>, else under
/// <c>data/</c> beside the running program (where the CLI copies the repository's data), else under <c>data/</c>
/// of the repository that holds the working directory or the program (the folder with <c>Herald.slnx</c>).
/// </summary>
public static class DataLocator
{
    /// <summary>The environment variable that points at a data folder.</summary>
    public const string EnvironmentVariable = "HERALD_DATA";

    /// <summary>The paths searched for <paramref name="relative"/>, in order.</summary>
    public static IReadOnlyList<string> Candidates(string relative)
    {
        ArgumentException.ThrowIfNullOrEmpty(relative);
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
            candidates.Add(Path.Combine(configured, relative));
        candidates.Add(Path.Combine(AppContext.BaseDirectory, "data", relative));
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            if (RepositoryAbove(start) is { } repository)
                candidates.Add(Path.Combine(repository, "data", relative));
        }
        return candidates.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The first existing candidate path of <paramref name="relative"/>.</summary>
    /// <exception cref="HeraldException">None exists; the message lists where Herald looked.</exception>
    public static string Find(string relative)
    {
        var candidates = Candidates(relative);
        foreach (var candidate in candidates)
        {
            if (File.Exists(candidate))
                return candidate;
        }
        throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, $"data file '{relative}'",
            $"not in {string.Join(", ", candidates)}; set ${EnvironmentVariable} to a folder holding {relative}, or compile it with 'herald compile'"));
    }

    /// <summary>The repository folder (holding <c>Herald.slnx</c>) at or above <paramref name="start"/>, if any.</summary>
    public static string? RepositoryAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Herald.slnx")))
                return dir.FullName;
        }
        return null;
    }
}
