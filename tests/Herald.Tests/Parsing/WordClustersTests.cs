using Herald.Syntax.Parsing;

namespace Herald.Tests.Parsing;

public sealed class WordClustersTests
{
    [Fact]
    public void Without_a_tagger_every_word_is_unknown()
    {
        Assert.Equal(WordClusters.Unknown, WordClusters.None.Of("house"));
        Assert.Equal(0, WordClusters.None.Fingerprint);
    }

    [SkippableFact]
    public void Clusters_come_from_the_tagger_and_ignore_case()
    {
        var clusters = new WordClusters(ParserTestModel.Tagger);
        Skip.IfNot(ParserTestModel.Tagger.UsesClusters, "the installed tagger has no word clusters");
        Assert.NotEqual(0, clusters.Fingerprint);
        Assert.NotEqual(WordClusters.Unknown, clusters.Of("the"));
        Assert.Equal(clusters.Of("the"), clusters.Of("The"));
        Assert.Equal(WordClusters.Unknown, clusters.Of("qzxjvwkpf"));
    }
}
