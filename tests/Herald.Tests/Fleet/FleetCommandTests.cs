using Herald.Tests.Support;

namespace Herald.Tests.Fleet;

/// <summary>The fleet commands' errors, as a user meets them: one clear line, never a stack trace.</summary>
public sealed class FleetCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("http://localhost/", "is not an amqp:// or amqps:// URL")]
    [InlineData("amqp://someone:secret@127.0.0.1:1/", "amqp://127.0.0.1:1/")]
    public void A_broker_that_is_wrong_or_unreachable_is_error_H320_without_its_password(string broker, string expected)
    {
        var input = _dir.File("a.txt", "The council voted on Monday.");
        var result = HeraldProcess.Run(["enqueue", input, "--broker", broker]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error H320: message broker error", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", result.Stderr, StringComparison.Ordinal);
        HeraldProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public void A_worker_without_a_broker_is_a_usage_error()
    {
        var result = HeraldProcess.Run(["worker", "--db", _dir.PathOf("a.db")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--broker", result.Stderr, StringComparison.Ordinal);
    }
}
