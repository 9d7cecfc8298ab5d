using System.Reflection;
using Herald.Errors;

namespace Herald.Tests.Errors;

public sealed class ErrorCatalogTests
{
    private static List<ErrorKind> Kinds() =>
        [.. typeof(ErrorCatalog).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(ErrorKind)).Select(f => (ErrorKind)f.GetValue(null)!)];

    [Fact]
    public void Every_error_and_warning_has_its_own_code()
    {
        var shared = Kinds().GroupBy(k => k.Code).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(" / ", g.Select(k => k.Title))}");
        Assert.Empty(shared);
    }

    [Fact]
    public void The_catalogue_lists_every_kind_it_defines()
    {
        Assert.Equal(Kinds().Select(k => k.Code).Order(), ErrorCatalog.All.Select(k => k.Code).Order());
    }

    [Fact]
    public void Every_code_is_documented_in_errors_md()
    {
        var docs = File.ReadAllText(RepoFile("docs/errors.md"));
        Assert.All(Kinds(), kind => Assert.Contains($"| {kind.Code} |", docs, StringComparison.Ordinal));
    }

    private static string RepoFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }
}
