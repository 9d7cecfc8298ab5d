using Herald.Extraction;

namespace Herald.Tests.Extraction;

/// <summary>Metadata from JSON-LD, OpenGraph, meta tags, time elements, bylines and URLs, validated.</summary>
public sealed class MetadataTests
{
    private static readonly DateTimeOffset s_now = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static Herald.Documents.ArticleInfo Info(string head, string story = HtmlPages.EnglishStory, string? url = null) =>
        HtmlArticleExtractor.Extract(HtmlPages.Around(story, head), url, s_now).Info;

    [Fact]
    public void Json_ld_wins_over_open_graph_and_meta_tags()
    {
        const string head = """
            <meta property="og:title" content="OG title | Example Media">
            <meta property="article:published_time" content="2024-03-01T08:00:00Z">
            <meta name="author" content="Meta Author">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Example Media"},
              {"@type":"NewsArticle","headline":"Harbour accord signed after long talks","datePublished":"2024-03-02T09:30:00+01:00",
               "dateModified":"2024-03-03T10:00:00+01:00","author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"}],
               "publisher":{"@type":"Organization","name":"Example Media"},"image":{"@type":"ImageObject","url":"https://example.com/lead.jpg"}}]}</script>
            """;
        var info = Info(head);
        Assert.Equal("Harbour accord signed after long talks", info.Title);
        Assert.Equal(["Ann Lee", "Bo Chen"], info.Authors);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 9, 30, 0, TimeSpan.FromHours(1)), info.Published);
        Assert.Equal(new DateTimeOffset(2024, 3, 3, 10, 0, 0, TimeSpan.FromHours(1)), info.Modified);
        Assert.Equal("Example Media", info.Source);
        Assert.Equal("https://example.com/lead.jpg", info.Image);
    }

    [Fact]
    public void Open_graph_and_link_tags_fill_site_canonical_url_image_and_language()
    {
        const string head = """
            <link rel="canonical" href="/news/harbour-accord">
            <meta property="og:site_name" content="Northern Post">
            <meta property="og:image" content="https://img.example.org/a.jpg">
            """;
        var info = Info(head, url: "https://example.org/amp/news/harbour-accord?x=1");
        Assert.Equal("https://example.org/news/harbour-accord", info.Url);
        Assert.Equal("Northern Post", info.Source);
        Assert.Equal("https://img.example.org/a.jpg", info.Image);
        Assert.Equal("en", info.Language);
    }

    [Fact]
    public void Future_dates_are_rejected_for_the_next_valid_source()
    {
        const string head = """<meta property="article:published_time" content="2031-01-01T00:00:00Z">""";
        const string story = "<time datetime=\"2024-02-10T07:00:00Z\">10 February</time>" + HtmlPages.EnglishStory;
        Assert.Equal(new DateTimeOffset(2024, 2, 10, 7, 0, 0, TimeSpan.Zero), Info(head, story).Published);
    }

    [Fact]
    public void Only_a_future_date_gives_no_date()
    {
        const string head = """<meta name="date" content="2030-05-05">""";
        Assert.Null(Info(head).Published);
    }

    [Fact]
    public void The_url_gives_the_date_when_the_page_has_none()
    {
        var info = Info("", url: "https://example.org/2023/11/07/harbour-accord/");
        Assert.Equal(new DateTimeOffset(2023, 11, 7, 0, 0, 0, TimeSpan.Zero), info.Published);
    }

    [Fact]
    public void A_site_name_is_not_taken_as_the_author()
    {
        const string head = """
            <meta property="og:site_name" content="The Daily Planet">
            <meta name="author" content="The Daily Planet">
            """;
        const string story = "<p class=\"byline\">By Lois Lane</p>" + HtmlPages.EnglishStory;
        Assert.Equal(["Lois Lane"], Info(head, story).Authors);
    }

    [Fact]
    public void An_organisation_author_named_like_the_site_is_rejected()
    {
        const string head = """<script type="application/ld+json">{"@type":"Article","author":{"@type":"Organization","name":"Example News"},"publisher":{"@type":"Organization","name":"Example News"}}</script>""";
        Assert.Empty(Info(head, url: "https://www.examplenews.com/story").Authors);
    }

    [Fact]
    public void A_personal_site_named_after_its_author_keeps_the_author()
    {
        const string head = """
            <meta property="og:site_name" content="Nora Quist">
            <meta name="author" content="Nora Quist">
            """;
        Assert.Equal(["Nora Quist"], Info(head, url: "https://noraquist.net/notes/harbour").Authors);
    }

    [Theory]
    [InlineData("Tidewell", "https://tidewell.io/blog/harbour")]
    [InlineData("Harbour Analytics Group", "https://harbouranalytics.com/blog/harbour")]
    [InlineData("Quayside News", "https://quaysidenews.com/story")]
    public void A_site_that_signs_its_own_posts_is_not_an_author(string site, string url)
    {
        var head = $$$"""<script type="application/ld+json">{"@type":"BlogPosting","author":{"name":"{{{site}}}"},"publisher":{"@type":"Organization","name":"{{{site}}}"}}</script>""";
        Assert.Empty(Info(head, url: url).Authors);
    }

    [Theory]
    [InlineData("By Jane Smith and John Doe", new[] { "Jane Smith", "John Doe" })]
    [InlineData("Jane Smith | 3 March 2024", new[] { "Jane Smith" })]
    [InlineData("https://www.facebook.com/someone", new string[0])]
    [InlineData("editor@example.org", new string[0])]
    public void Bylines_are_cleaned_into_names(string byline, string[] expected)
    {
        var story = $"<div class=\"author-name\">{byline}</div>" + HtmlPages.EnglishStory;
        Assert.Equal(expected, Info("", story).Authors);
    }

    [Fact]
    public void The_visible_headline_wins_over_a_title_with_the_site_name()
    {
        const string head = """<title>Harbour accord signed after long talks - Northern Post</title><meta property="og:site_name" content="Northern Post">""";
        Assert.Equal("Harbour accord signed after long talks", Info(head).Title);
    }

    [Fact]
    public void Without_a_headline_the_site_name_is_cut_from_the_title()
    {
        const string head = """<title>Quotas agreed for five years | Northern Post</title><meta property="og:site_name" content="Northern Post">""";
        Assert.Equal("Quotas agreed for five years", Info(head, HtmlPages.EnglishStory.Replace("h1", "p", StringComparison.Ordinal)).Title);
    }

    [Fact]
    public void Malformed_json_ld_is_skipped()
    {
        const string head = """<script type="application/ld+json">{"@type":"NewsArticle","headline": oops</script><meta property="og:title" content="Harbour accord signed after long talks">""";
        Assert.Equal("Harbour accord signed after long talks", Info(head).Title);
    }

    [Fact]
    public void A_dateline_in_the_text_gives_the_date_when_nothing_else_does()
    {
        const string story = "<p class=\"posted\">Posted on August 14, 2023</p>" + HtmlPages.EnglishStory;
        Assert.Equal(new DateTimeOffset(2023, 8, 14, 0, 0, 0, TimeSpan.Zero), Info("", story).Published);
    }

    [Theory]
    [InlineData("14.08.2023")]
    [InlineData("2023-08-14")]
    [InlineData("14 August 2023")]
    public void Numeric_and_day_first_datelines_are_read(string written)
    {
        var story = $"<p>{written}</p>" + HtmlPages.EnglishStory;
        Assert.Equal(new DateTimeOffset(2023, 8, 14, 0, 0, 0, TimeSpan.Zero), Info("", story).Published);
    }

    [Fact]
    public void A_dateline_run_into_the_next_word_is_read()
    {
        const string story = "<div class=\"meta\"><span>Dec 17, 2023</span><span>Ann Moss</span></div>" + HtmlPages.EnglishStory;
        Assert.Equal(new DateTimeOffset(2023, 12, 17, 0, 0, 0, TimeSpan.Zero), Info("", story).Published);
    }

    [Theory]
    [InlineData("Updated: 10/31/2023", 10, 31)]
    [InlineData("Posted 31/10/2023", 10, 31)]
    public void Slashed_datelines_are_read_month_first_unless_the_month_cannot_be(string written, int month, int day)
    {
        var story = $"<p>{written}</p>" + HtmlPages.EnglishStory;
        Assert.Equal(new DateTimeOffset(2023, month, day, 0, 0, 0, TimeSpan.Zero), Info("", story).Published);
    }

    [Fact]
    public void A_month_name_in_the_url_gives_the_date()
    {
        var info = Info("", url: "https://example.org/blog/2023/october/03/harbour-accord/");
        Assert.Equal(new DateTimeOffset(2023, 10, 3, 0, 0, 0, TimeSpan.Zero), info.Published);
    }

    [Fact]
    public void The_modification_date_stands_in_when_no_publication_date_is_given()
    {
        const string head = """<meta property="article:modified_time" content="2023-06-12T10:39:42+00:00">""";
        Assert.Equal(new DateTimeOffset(2023, 6, 12, 10, 39, 42, TimeSpan.Zero), Info(head).Published);
    }

    [Fact]
    public void The_day_in_the_url_wins_over_a_timestamp_that_crossed_midnight()
    {
        const string head = """<meta property="article:published_time" content="2023-12-19T02:41:00+00:00">""";
        var info = Info(head, url: "https://example.org/2023/12/18/harbour-accord/");
        Assert.Equal(new DateTimeOffset(2023, 12, 18, 0, 0, 0, TimeSpan.Zero), info.Published);
    }

    [Fact]
    public void Doubly_encoded_entities_in_meta_tags_are_decoded()
    {
        const string head = """<meta property="og:title" content="Salt &amp;amp; pepper"><meta name="author" content="Maria &amp;amp; Katerina">""";
        var info = Info(head, HtmlPages.EnglishStory.Replace("h1", "p", StringComparison.Ordinal));
        Assert.Equal("Salt & pepper", info.Title);
        Assert.Equal(["Maria", "Katerina"], info.Authors);
    }

    [Fact]
    public void Byline_parts_in_separate_elements_are_read_apart()
    {
        const string story = "<div class=\"byline\"><span>By</span><a href=\"/a\">Jane Smith</a><span>\u00B7</span><span>March 3</span><style>.x{}</style></div>" + HtmlPages.EnglishStory;
        Assert.Equal(["Jane Smith"], Info("", story).Authors);
    }

    [Fact]
    public void A_by_line_in_the_text_gives_the_authors_when_nothing_else_does()
    {
        const string story = "<p>By Jane Smith and John Doe</p>" + HtmlPages.EnglishStory;
        Assert.Equal(["Jane Smith", "John Doe"], Info("", story).Authors);
    }

    [Fact]
    public void A_byline_label_with_the_name_in_the_next_element_is_read()
    {
        const string story = "<div><p>Written by</p><p>Edzel Tabing</p></div>" + HtmlPages.EnglishStory;
        Assert.Equal(["Edzel Tabing"], Info("", story).Authors);
    }

    [Fact]
    public void A_section_after_a_vertical_bar_is_cut_from_the_title()
    {
        const string head = """<meta property="og:title" content="Quotas agreed for five years | Opinion">""";
        Assert.Equal("Quotas agreed for five years", Info(head, HtmlPages.EnglishStory.Replace("h1", "p", StringComparison.Ordinal)).Title);
    }

    [Fact]
    public void A_time_element_without_datetime_is_read_from_its_text()
    {
        const string story = "<p>Last updated <time>Aug 04, 2023</time></p>" + HtmlPages.EnglishStory;
        Assert.Equal(new DateTimeOffset(2023, 8, 4, 0, 0, 0, TimeSpan.Zero), Info("", story).Published);
    }

    [Fact]
    public void A_link_to_an_author_page_names_the_author()
    {
        const string story = "<div class=\"meta-row\">Words: <a href=\"https://example.org/author/jane-smith/\">Jane Smith</a></div>" + HtmlPages.EnglishStory;
        Assert.Equal(["Jane Smith"], Info("", story).Authors);
    }

    [Fact]
    public void Citation_authors_written_surname_first_are_read_one_name_per_tag()
    {
        const string head = """<meta name="citation_author" content="Roy, Aniruddha"><meta name="citation_author" content="Patel, Jyoti">""";
        Assert.Equal(["Aniruddha Roy", "Jyoti Patel"], Info(head).Authors);
    }

    [Fact]
    public void Authors_of_reader_comments_are_not_the_article_s()
    {
        const string story = HtmlPages.EnglishStory + """
            <div class="comments-area"><div class="comment"><span class="comment-author">Harold Finch says</span>
            <p>I have read a great many stories about the harbour and this one is the best of them.</p></div></div>
            """;
        Assert.Empty(Info("", story).Authors);
    }
}
