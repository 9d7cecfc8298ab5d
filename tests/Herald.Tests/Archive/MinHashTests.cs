using Herald.Storage.Duplicates;

namespace Herald.Tests.Archive;

public sealed class MinHashTests
{
    private const string Story = "The foreign ministers of the two countries met in Vienna on Tuesday and agreed to resume talks on the border, " +
        "which have been frozen since the spring, according to a statement issued after the meeting by the host government. " +
        "Officials said a first round would take place next month and that observers from the region had been invited.";

    [Fact]
    public void A_lightly_edited_copy_is_similar_and_another_story_is_not()
    {
        var original = MinHash.Of(Story)!;
        var copy = MinHash.Of(Story.Replace("Tuesday", "Wednesday", StringComparison.Ordinal) + " (Reporting by the wire.)")!;
        var other = MinHash.Of("Farmers across the plains brought in a record wheat harvest this year, helped by late rains and a mild autumn, " +
            "while prices at the grain exchange fell to their lowest level in a decade as stocks built up in silos across the country.")!;
        Assert.True(MinHash.Similarity(original, copy) >= DuplicateIndex.Threshold, $"copy similarity {MinHash.Similarity(original, copy)}");
        Assert.True(MinHash.Similarity(original, other) < 0.2, $"unrelated similarity {MinHash.Similarity(original, other)}");
        Assert.Equal(1.0, MinHash.Similarity(original, MinHash.Of(Story.ToUpperInvariant())!));
    }

    [Fact]
    public void A_text_too_short_to_judge_has_no_signature()
    {
        Assert.Null(MinHash.Of("Talks resumed in Vienna on Tuesday."));
    }

    [Fact]
    public void The_index_puts_a_copy_in_the_earliest_group_and_a_new_story_in_none()
    {
        var index = new DuplicateIndex();
        index.Add(MinHash.Of(Story)!, 7);
        index.Add(MinHash.Of(Story + " More follows.")!, 7);
        Assert.Equal(7, index.FindGroup(MinHash.Of(Story.Replace("spring", "summer", StringComparison.Ordinal))!));
        Assert.Null(index.FindGroup(MinHash.Of(string.Join(' ', Story.Split(' ').Reverse()))!));
    }

    [Fact]
    public void A_new_article_joins_its_near_copy_s_group_else_starts_its_own()
    {
        var index = new DuplicateIndex();
        Assert.Equal(3, index.Join(MinHash.Of(Story), 3));
        Assert.Equal(3, index.Join(MinHash.Of(Story.Replace("spring", "summer", StringComparison.Ordinal)), 9));
        Assert.Equal(11, index.Join(MinHash.Of(string.Join(' ', Story.Split(' ').Reverse())), 11));
        Assert.Equal(12, index.Join(null, 12));
        Assert.Equal(3, index.Count);
    }

    [Fact]
    public void A_signature_survives_its_text_form()
    {
        var signature = MinHash.Of(Story)!;
        Assert.Equal(signature, MinHash.FromText(MinHash.ToText(signature)));
    }
}
