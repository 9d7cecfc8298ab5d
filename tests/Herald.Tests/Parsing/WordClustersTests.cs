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

    [SkippableFact]
    public void A_word_gets_the_cluster_the_tagger_gives_it_when_tagging()
    {
        var tagger = ParserTestModel.Tagger;
        Skip.IfNot(tagger.UsesClusters, "the installed tagger has no word clusters");
        var clusters = new WordClusters(tagger);
        string[] words = ["the", "The", "THE", "Putin", "1987", "19-year-old", "U.S.", "Zürich", "ÉCOLE", "qzxjvwkpf", "", "meeting", "Meetings", "x" + new string('y', 80)];
        foreach (var word in words)
        {
            Span<Herald.Syntax.Tagging.WordHashes> hashes = [Herald.Syntax.Tagging.WordHashes.Of(word)];
            tagger.AddWordClasses(hashes);
            Assert.Equal(hashes[0].Lower, Herald.Syntax.Tagging.WordHashes.LowerOf(word));
            Assert.Equal(hashes[0].Cluster, clusters.Of(word));
        }
    }
}
