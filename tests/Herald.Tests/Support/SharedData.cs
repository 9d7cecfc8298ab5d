namespace Herald.Tests.Support;

/// <summary>Finds the repository and the shared data sets beside it (../shared/data), which a fresh clone may lack.</summary>
internal static class SharedData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared data folder: $HERALD_SHARED_DATA, else ../shared/data beside the repository.</summary>
    public static string Root { get; } =
        Environment.GetEnvironmentVariable("HERALD_SHARED_DATA") is { Length: > 0 } configured
            ? configured
            : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));

    /// <summary>The full path of <paramref name="relative"/> under the shared data folder.</summary>
    public static string PathTo(string relative) => Path.Combine(Root, relative);

    /// <summary>Skips the calling test, saying why, when <paramref name="relative"/> is not there.</summary>
    public static string Require(string relative)
    {
        var path = PathTo(relative);
        Skip.IfNot(File.Exists(path), $"{relative} is not in {Root}: the shared data sets sit beside the repository only on the team's machines and CI");
        return path;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Herald.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"Herald.slnx not found above {AppContext.BaseDirectory}");
    }
}
