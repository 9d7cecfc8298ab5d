using Herald.Extraction;
using Herald.Extraction.Evaluation;
using Herald.Sources;
using Herald.Tests.Support;

namespace Herald.Tests.Extraction;

/// <summary>The data-set readers and the extractor on the shared extraction sets; skipped where the data is absent.</summary>
public sealed class SharedDataExtractionTests
{
    private static string Folder(string relative) => Path.GetDirectoryName(SharedData.Require(relative))!;

    private static string Extract(EvalPage page) =>
        HtmlArticleExtractor.Extract(ArticleSources.Read(page.HtmlPath).First().Article!.Content, page.Url).Text;

    [SkippableFact]
    public void Fundus_pages_all_load_and_every_page_gives_article_text()
    {
        var pages = ExtractionDataSets.Fundus(Folder("extract/fundus/ground_truth.json"));
        Assert.Equal(80, pages.Count);
        Assert.All(pages, page => Assert.False(string.IsNullOrWhiteSpace(page.Body)));
        Assert.All(pages, page => Assert.True(Extract(page).Length > 200, page.Name));
    }

    [SkippableFact]
    public void Trafilatura_pages_all_load_with_their_snippets()
    {
        var pages = ExtractionDataSets.Trafilatura(Folder("extract/trafilatura-eval/evaldata.json"));
        Assert.Equal(167, pages.Count);
        Assert.All(pages, page => Assert.True(File.Exists(page.HtmlPath), page.HtmlPath));
        Assert.All(pages, page => Assert.NotEmpty(page.With));
    }

    [SkippableFact]
    public void Wcxb_pages_load_with_gold_text_and_metadata()
    {
        var pages = ExtractionDataSets.Wcxb(Folder("extract/wcxb-dev/metadata.json"));
        Assert.Equal(711, pages.Count);
        Assert.All(pages, page => Assert.True(File.Exists(page.HtmlPath), page.HtmlPath));
        Assert.True(pages.Count(p => p.Date is not null) > 500);
        var first = pages[0];
        Assert.Equal(first.Title, HtmlArticleExtractor.Extract(ArticleSources.Read(first.HtmlPath).First().Article!.Content, first.Url).Info.Title);
    }
}
