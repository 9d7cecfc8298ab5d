using System.Text.Json;
using Herald.Tests.Support;
using Xunit.Abstractions;
using static Herald.Tests.Text.TextTestHelpers;

namespace Herald.Tests.Text;

/// <summary>
/// Scores the splitter on the shared golden sentence-boundary rules (dev data that lives outside the
/// repository, at ../shared/data/sbd/golden_rules_en.json next to the checkout); skipped when absent.
/// </summary>
public class GoldenRulesTests(ITestOutputHelper output)
{
    // All 48 pass today; the issue asks for at least 47, which allows one deliberate trade-off, not a silent slide.
    private const int MinimumPassed = 47;

    [SkippableFact]
    public void Splits_most_golden_rules_exactly()
    {
        var path = SharedData.Require("sbd/golden_rules_en.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        int passed = 0, total = 0;
        foreach (var rule in document.RootElement.EnumerateArray())
        {
            total++;
            var text = rule.GetProperty("text").GetString() ?? "";
            var expected = rule.GetProperty("expected").EnumerateArray().Select(e => (e.GetString() ?? "").Trim()).ToArray();
            var actual = Sentences(text).Select(s => s.Trim()).ToArray();
            if (expected.SequenceEqual(actual))
            {
                passed++;
                continue;
            }
            output.WriteLine($"rule {rule.GetProperty("id")}: {text}");
            output.WriteLine($"  expected: {string.Join(" || ", expected)}");
            output.WriteLine($"  actual:   {string.Join(" || ", actual)}");
        }

        output.WriteLine($"{passed}/{total} golden rules split exactly");
        Assert.True(total > 0, "no rules in the file");
        Assert.True(passed >= MinimumPassed, $"only {passed}/{total} golden rules split exactly (at least {MinimumPassed} required)");
    }
}
