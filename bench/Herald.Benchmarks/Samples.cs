using Herald.Sources;

namespace Herald.Benchmarks;

/// <summary>Inputs the benchmarks share.</summary>
internal static class Samples
{
    private const string Corpus = "shared/data/corpora/bbc.jsonl.gz";
    private const string Article = "samples/harbour-accord.txt";

    /// <summary>The text of <c>samples/harbour-accord.txt</c>, found above the benchmark's folder.</summary>
    public static string ArticleText() => File.ReadAllText(FindAbove(Article)
        ?? throw new FileNotFoundException($"{Article} not found above {AppContext.BaseDirectory}"));

    /// <summary>
    /// Real news: the BBC corpus (2,225 articles) from <c>../shared/data/corpora/bbc.jsonl.gz</c>, at most
    /// <paramref name="limit"/> of them; where it is absent, the sample article repeated <paramref name="limit"/>
    /// times. The name says which.
    /// </summary>
    public static (string Name, List<RawArticle> Texts) News(int limit)
    {
        if (FindAbove(Corpus) is { } corpus)
            return (corpus, [.. ArticleSources.Read(corpus).Select(item => item.Article).OfType<RawArticle>().Take(limit)]);
        var sample = FindAbove(Article) ?? throw new FileNotFoundException($"neither {Corpus} nor {Article} found above {AppContext.BaseDirectory}");
        var article = ArticleSources.Read(sample).Select(item => item.Article).OfType<RawArticle>().Single();
        return ($"{sample} x{limit} ({Corpus} not found)", [.. Enumerable.Repeat(article, limit)]);
    }

    private static string? FindAbove(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
