using Herald.Analysis;
using Herald.Documents;
using Herald.Tests.Support;

namespace Herald.Tests.Events;

/// <summary>
/// The issue's example article, extracted and analysed by the default pipeline (actor stage included): the events
/// the issue lists must come out of the general rules.
/// </summary>
public sealed class ExampleArticleTests
{
    private static readonly Lazy<Document> s_document = new(() =>
    {
        var path = SharedData.Require("examples/paris-summit-2018.txt");
        var article = TempDir.Single(path);
        return HeraldEngine.CreateDefault().Analyze(article, new ArticleInfo { Published = new DateTimeOffset(2018, 10, 23, 0, 0, 0, TimeSpan.Zero) });
    });

    private static string Describe(Document d) => string.Join("\n", d.Events.Select(e =>
        $"{e.SourceActor} {e.Code} {e.TargetActor} {e.Modality} {e.Date} {(e.Place is { } p ? d.Places[p].Name : "-")} | {d.Text[e.EvidenceStart..e.EvidenceEnd]}"));

    private static bool Has(Document d, string source, string codePrefix, string? target, Func<Event, string?, bool> where) =>
        d.Events.Any(e => e.SourceActor == source && e.Code.StartsWith(codePrefix, StringComparison.Ordinal) && e.TargetActor == target
            && where(e, e.Place is { } p ? d.Places[p].Name : null));

    [SkippableFact]
    public void The_planned_Paris_meeting_both_ways_on_11_November()
    {
        var d = s_document.Value;
        Assert.True(Has(d, "USAGOV", "036", "RUSGOV", (e, place) => place == "Paris" && e.Date == "2018-11-11" && e.Modality == "planned"), Describe(d));
        Assert.True(Has(d, "RUSGOV", "036", "USAGOV", (e, place) => place == "Paris" && e.Date == "2018-11-11" && e.Modality == "planned"), Describe(d));
    }

    [SkippableFact]
    public void Boltons_meeting_with_Putin_in_Moscow_on_23_October()
    {
        var d = s_document.Value;
        Assert.True(Has(d, "RUSGOV", "04", "USAGOV", (e, place) => place == "Moscow" && e.Date == "2018-10-23"), Describe(d));
    }

    [SkippableFact]
    public void The_Helsinki_summit_in_July_is_a_consultation()
    {
        var d = s_document.Value;
        Assert.True(d.Events.Any(e => e.Code.StartsWith("04", StringComparison.Ordinal) && e.Date == "2018-07"), Describe(d));
    }

    [SkippableFact]
    public void McCain_criticises_the_president()
    {
        var d = s_document.Value;
        Assert.True(Has(d, "USALEG", "111", "USAGOV", (_, _) => true), Describe(d));
    }

    [SkippableFact]
    public void Moscow_denies_interference()
    {
        var d = s_document.Value;
        Assert.True(d.Events.Any(e => e.SourceActor == "RUSGOV" && e.Code == "016"), Describe(d));
    }

    [SkippableFact]
    public void Every_event_found_is_the_one_docs_events_md_lists()
    {
        var d = s_document.Value;
        var docs = File.ReadAllLines(Path.Combine(DataRepository(), "docs", "events.md"));
        var listed = docs.SkipWhile(l => l != "<!-- example events -->").Skip(1).TakeWhile(l => l != "<!-- end example events -->")
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| source", StringComparison.Ordinal) && !l.StartsWith("|---", StringComparison.Ordinal))
            .Select(l => string.Join(" ", l.Split('|', StringSplitOptions.TrimEntries)[1..7]))
            .ToList();
        var found = d.Events.Select(e => $"{e.SourceActor} {e.Code} {e.TargetActor ?? "-"} {e.Modality} {e.Date ?? "-"} {(e.Place is { } p ? d.Places[p].Name : "-")}").ToList();
        Assert.True(listed.SequenceEqual(found), "found:\n" + string.Join("\n", found) + "\n\n" + Describe(d));
    }

    private static string DataRepository() => Herald.Entities.Lexicons.DataLocator.RepositoryAbove(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("the tests run inside the repository");

    [SkippableFact]
    public void The_removed_appeal_gives_no_event()
    {
        var d = s_document.Value;
        var appealStart = d.Text.IndexOf("A Message from The Moscow Times", StringComparison.Ordinal);
        Assert.Equal(-1, appealStart);
        Assert.All(d.Events, e => Assert.True(e.EvidenceEnd <= d.Text.Length));
    }
}
