using Herald.Errors;

namespace Herald.Sources;

/// <summary>Reads a directory tree: its files in ordinal path order, hidden entries skipped.</summary>
internal static class DirectoryWalker
{
    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    public static IEnumerable<SourceItem> Read(string root)
    {
        var entries = new List<(string Path, HeraldError? Error)>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Collect(root, entries, visited);
        entries.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        if (entries.Count == 0)
        {
            yield return SourceItem.Failed(new HeraldError(ErrorCatalog.Empty, root, "the directory holds no files"));
            yield break;
        }

        foreach (var (path, error) in entries)
        {
            if (error is not null)
            {
                yield return SourceItem.Failed(error);
                continue;
            }

            foreach (var item in ArticleSources.ReadFile(path, explicitlyNamed: false))
            {
                yield return item;
            }
        }
    }

    /// <summary>Lists the files under <paramref name="directory"/>; an unreadable directory becomes an H101 entry.</summary>
    internal static void Collect(string directory, List<(string Path, HeraldError? Error)> entries, HashSet<string> visited)
    {
        List<string> children;
        try
        {
            if (!visited.Add(RealPath(directory)))
            {
                return; // a symbolic link back into the tree
            }

            children = [.. Directory.EnumerateFileSystemEntries(directory, "*", Options)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            entries.Add((directory, new HeraldError(ErrorCatalog.Unreadable, directory, e.Message)));
            return;
        }

        foreach (var child in children)
        {
            if (Path.GetFileName(child).StartsWith('.'))
            {
                continue;
            }

            if (Directory.Exists(child))
            {
                Collect(child, entries, visited);
            }
            else
            {
                entries.Add((child, null));
            }
        }
    }

    private static string RealPath(string directory)
    {
        var info = new DirectoryInfo(directory);
        return info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
    }
}
