using System.Diagnostics;
using System.Text;

namespace Herald.Tests.Support;

/// <summary>Runs the real <c>herald</c> command in a child process, as a user would.</summary>
internal static class HeraldProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>The built command, from the CLI project's output in the same configuration as these tests.</summary>
    public static string Dll { get; } = System.IO.Path.Combine(SharedData.RepoRoot, "src", "Herald.Cli", "bin", Configuration, "net10.0", "Herald.Cli.dll");

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public static Result Run(string[] args, string? stdin = null, int timeoutSeconds = 120)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
            process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"herald {string.Join(' ', args)} did not finish in {timeoutSeconds} s");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Asserts that nothing on stderr looks like a .NET stack trace or an unhandled exception.</summary>
    public static void AssertNoStackTrace(Result result)
    {
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception:", result.Stderr, StringComparison.Ordinal);
    }
}
