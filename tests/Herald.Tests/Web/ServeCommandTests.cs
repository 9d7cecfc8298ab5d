using Herald.Tests.Support;

namespace Herald.Tests.Web;

/// <summary><c>herald serve</c> as a user runs it: a bad archive or option is one clear line, never a stack trace.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public void Serving_a_missing_archive_says_so()
    {
        using var dir = new TempDir();
        var result = HeraldProcess.Run(["serve", "--db", dir.PathOf("none.db")]);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("H310", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("herald ingest", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.PathOf("none.db")));
        HeraldProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public void A_bad_limit_is_a_usage_error()
    {
        var result = HeraldProcess.Run(["serve", "--max-body", "0"]);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--max-body must be at least 1", result.Stderr, StringComparison.Ordinal);
        HeraldProcess.AssertNoStackTrace(result);
    }
}
