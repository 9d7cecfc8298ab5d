using Herald.Actors;

namespace Herald.Tests.Actors;

public sealed class ActorDictionaryTests
{
    [Fact]
    public void Herald_s_own_files_load_without_warnings()
    {
        var dictionary = ActorDictionary.Default;
        Assert.Empty(dictionary.Warnings);
        Assert.True(dictionary.ActorCount > 1000, $"{dictionary.ActorCount} actor phrases");
        Assert.True(dictionary.AgentCount > 100, $"{dictionary.AgentCount} agent phrases");
    }

    [Fact]
    public void The_figures_cover_at_least_150_people_with_dated_codes()
    {
        var people = ActorDictionary.Default.ActorPhrases.Select(p => p.Entry).Distinct().Count(e => e.Codes.Any(c => !c.IsDefault));
        Assert.True(people >= 150, $"{people} entries with dated codes");
    }

    [Fact]
    public void A_merged_dictionary_keeps_both_and_the_merged_entry_wins()
    {
        var builder = new ActorDictionaryBuilder();
        builder.AddActor("KREMLIN", new ActorEntry("KREMLIN", [new DatedCode("XXXGOV", null, null)]), ignoreCase: true);
        builder.AddActor("ARNOR", new ActorEntry("ARNOR", [new DatedCode("ARN", null, null)]), ignoreCase: true);
        var merged = ActorDictionary.Default.Merge(builder.Build());
        var day = new DateOnly(2020, 1, 1);
        Assert.Equal("XXXGOV", merged.FindActor("Kremlin")!.CodeOn(day));
        Assert.Equal("ARN", merged.FindActor("Arnor")!.CodeOn(day));
        Assert.Equal("RUS", merged.FindActor("Russia")!.CodeOn(day));
        Assert.Equal("RUSGOV", ActorDictionary.Default.FindActor("Kremlin")!.CodeOn(day));
    }

    [Fact]
    public void Capitalised_words_match_only_as_written_and_lowercase_ones_in_any_case()
    {
        var dictionary = ActorDictionary.Default;
        Assert.NotNull(dictionary.FindActor("US"));
        Assert.Null(dictionary.FindActor("us"));
        Assert.Null(dictionary.FindActor("who"));
        Assert.NotNull(dictionary.FindAgent("President"));
        Assert.NotNull(dictionary.FindAgent("intelligence agencies"));
    }
}
