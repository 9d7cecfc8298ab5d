using Herald.Errors;

namespace Herald.Models;

/// <summary>
/// Finds a model folder by name: under <c>$HERALD_MODELS</c>, else under <c>models/</c> beside the running
/// program (where the CLI and the tests copy the repository's models), else under <c>models/</c> of the
/// repository that holds the working directory or the program (the folder with <c>Herald.slnx</c>).
/// </summary>
public static class ModelLocator
{
    /// <summary>The environment variable that points at a folder of models.</summary>
    public const string EnvironmentVariable = "HERALD_MODELS";

    /// <summary>The folders searched for model <paramref name="name"/>, in order.</summary>
    public static IReadOnlyList<string> Candidates(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
            candidates.Add(Path.Combine(configured, name));
        candidates.Add(Path.Combine(AppContext.BaseDirectory, "models", name));
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            if (RepositoryAbove(start) is { } repository)
                candidates.Add(Path.Combine(repository, "models", name));
        }
        return candidates.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The first candidate folder that holds <paramref name="file"/>.</summary>
    /// <exception cref="HeraldException">No candidate holds it; the message lists where Herald looked.</exception>
    public static string Find(string name, string file)
    {
        var candidates = Candidates(name);
        foreach (var candidate in candidates)
        {
            if (File.Exists(Path.Combine(candidate, file)))
                return candidate;
        }
        throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, $"model '{name}'",
            $"no {file} in {string.Join(", ", candidates)}; set ${EnvironmentVariable} to a folder holding {name}/, or train it with 'herald train {name}'"));
    }

    private static string? RepositoryAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Herald.slnx")))
                return dir.FullName;
        }
        return null;
    }
}
