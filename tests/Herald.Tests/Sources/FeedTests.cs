using Herald.Errors;
using Herald.Sources;
using Herald.Tests.Support;

namespace Herald.Tests.Sources;

public sealed class FeedTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Harbour Gazette</title>
            <link>https://gazette.example/</link>
            <description>Local news</description>
            <item>
              <title>Ferry service resumes</title>
              <link>https://gazette.example/ferry</link>
              <guid isPermaLink="false">gazette-1</guid>
              <pubDate>Tue, 05 Mar 2024 08:30:00 GMT</pubDate>
              <dc:creator>Ana Silva</dc:creator>
              <description>Short teaser.</description>
              <content:encoded><![CDATA[<p>The ferry to the islands sailed again on Tuesday.</p><p>Crews had repaired the ramp.</p>]]></content:encoded>
            </item>
            <item>
              <title>Market day moved</title>
              <link>https://gazette.example/market</link>
              <pubDate>Wed, 6 Mar 2024 10:00:00 +0100</pubDate>
              <author>editor@gazette.example (Lars Berg)</author>
              <description>&lt;p&gt;The weekly market moves to Thursday.&lt;/p&gt;</description>
            </item>
            <item>
              <title>Odd date</title>
              <link>https://gazette.example/odd</link>
              <pubDate>sometime last week</pubDate>
              <description>Still an article.</description>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public void Rss_items_become_html_articles_with_title_link_date_authors_and_the_feed_as_source()
    {
        var path = _dir.File("gazette.rss", Rss);

        var articles = TempDir.Read(path).Select(i => i.Article!).ToList();

        Assert.Equal(3, articles.Count);
        var first = articles[0];
        Assert.Equal(ContentType.Html, first.Type);
        Assert.Contains("The ferry to the islands sailed again on Tuesday.", first.Content, StringComparison.Ordinal);
        Assert.Equal("Ferry service resumes", first.Info.Title);
        Assert.Equal("https://gazette.example/ferry", first.Info.Url);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 8, 30, 0, TimeSpan.Zero), first.Info.Published);
        Assert.Equal(["Ana Silva"], first.Info.Authors);
        Assert.Equal("Harbour Gazette", first.Info.Source);
        Assert.Equal("gazette-1", first.Origin.RecordId);
        Assert.Equal(7, first.Origin.Line);
        Assert.Equal("<p>The weekly market moves to Thursday.</p>", articles[1].Content);
        Assert.Equal(["Lars Berg"], articles[1].Info.Authors);
        Assert.Equal(new DateTimeOffset(2024, 3, 6, 10, 0, 0, TimeSpan.FromHours(1)), articles[1].Info.Published);
        Assert.Null(articles[2].Info.Published);
        Assert.Equal("Still an article.", articles[2].Content);
    }

    [Fact]
    public void Atom_entries_become_articles()
    {
        var path = _dir.File("news.atom", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Valley News</title>
              <id>urn:valley</id>
              <updated>2024-03-07T12:00:00Z</updated>
              <entry>
                <title>Bridge reopens</title>
                <id>urn:valley:bridge</id>
                <link rel="alternate" href="https://valley.example/bridge"/>
                <published>2024-03-07T09:15:00+02:00</published>
                <updated>2024-03-07T11:00:00Z</updated>
                <author><name>Mia Koch</name></author>
                <author><name>Jon Ode</name></author>
                <summary>Teaser</summary>
                <content type="html">&lt;p&gt;The old bridge opened to traffic.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Plain entry</title>
                <id>urn:valley:plain</id>
                <updated>2024-03-08T08:00:00Z</updated>
                <content type="text">Just words.</content>
              </entry>
            </feed>
            """);

        var articles = TempDir.Read(path).Select(i => i.Article!).ToList();

        Assert.Equal(2, articles.Count);
        Assert.Equal("<p>The old bridge opened to traffic.</p>", articles[0].Content);
        Assert.Equal(ContentType.Html, articles[0].Type);
        Assert.Equal("https://valley.example/bridge", articles[0].Info.Url);
        Assert.Equal(["Mia Koch", "Jon Ode"], articles[0].Info.Authors);
        Assert.Equal(new DateTimeOffset(2024, 3, 7, 9, 15, 0, TimeSpan.FromHours(2)), articles[0].Info.Published);
        Assert.Equal("Valley News", articles[0].Info.Source);
        Assert.Equal("urn:valley:bridge", articles[0].Info.Id);
        Assert.Equal(ContentType.Text, articles[1].Type);
        Assert.Equal(new DateTimeOffset(2024, 3, 8, 8, 0, 0, TimeSpan.Zero), articles[1].Info.Published);
    }

    [Fact]
    public void A_feed_broken_half_way_keeps_the_items_before_the_break_and_names_the_line()
    {
        var broken = Rss[..Rss.IndexOf("<item>\n      <title>Odd date", StringComparison.Ordinal)] + "<item><title>Cut</title><description>x</descr";
        var path = _dir.File("broken.xml", broken);

        var items = TempDir.Read(path);

        Assert.Equal(["Ferry service resumes", "Market day moved"], items.Where(i => i.Article is not null).Select(i => i.Article!.Info.Title));
        var error = items[^1].Error!;
        Assert.Equal(ErrorCatalog.MalformedFeed, error.Kind);
        Assert.StartsWith($"{path}:", error.Input, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_without_content_is_reported_and_the_next_is_read()
    {
        var path = _dir.File("bare.rss", """
            <rss version="2.0"><channel><title>T</title>
            <item><title>Headline only</title><guid>h1</guid></item>
            <item><title>Full</title><description>Body text.</description></item>
            </channel></rss>
            """);

        var items = TempDir.Read(path);

        Assert.Equal(2, items.Count);
        Assert.Equal(ErrorCatalog.MalformedFeed, items[0].Error!.Kind);
        Assert.Equal($"{path}:2 (h1)", items[0].Error!.Input);
        Assert.Contains("item 1: the item has no content, description or summary", items[0].Error!.Detail, StringComparison.Ordinal);
        Assert.Equal("Full", items[1].Article!.Info.Title);
    }

    [Theory]
    [InlineData("<html><body>not a feed</body></html>", "the root element is <html>")]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"></rdf:RDF>", "RSS 1.0 (RDF)")]
    public void A_file_named_as_a_feed_that_is_not_one_is_one_clear_error(string content, string detail)
    {
        var path = _dir.File("x.rss", content);

        var error = TempDir.SingleError(path);

        Assert.Equal(ErrorCatalog.MalformedFeed, error.Kind);
        Assert.Contains(detail, error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Entities_declared_in_a_dtd_are_not_expanded()
    {
        var path = _dir.File("bomb.rss", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <rss version="2.0"><channel><title>T</title><item><title>&b;</title><description>x</description></item></channel></rss>
            """);

        var error = Assert.Single(TempDir.Read(path)).Error!;

        Assert.Equal(ErrorCatalog.MalformedFeed, error.Kind);
    }
}
