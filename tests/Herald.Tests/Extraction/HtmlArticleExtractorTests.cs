using Herald.Extraction;

namespace Herald.Tests.Extraction;

/// <summary>The content scorer: which blocks of a page are the article.</summary>
public sealed class HtmlArticleExtractorTests
{
    [Fact]
    public void Keeps_the_article_paragraphs_with_blank_lines_between_them()
    {
        var text = HtmlArticleExtractor.Extract(HtmlPages.Around(HtmlPages.EnglishStory)).Text;
        Assert.Equal(
            "Norway and Iceland signed an agreement on Thursday that ends a dispute over fishing rights in the northern harbour.\n\n"
            + "The accord, reached after eleven rounds of talks, sets quotas for the next five years and creates a joint patrol.\n\n"
            + "What changes\n\n"
            + "Fishing boats from both countries will be able to land their catch in either port without paying extra duties.",
            text);
    }

    [Theory]
    [InlineData("Share on Facebook")]
    [InlineData("Politics")]
    [InlineData("Another story about something else")]
    [InlineData("This is a reader comment")]
    [InlineData("All rights reserved")]
    public void Leaves_out_page_furniture(string furniture)
    {
        var text = HtmlArticleExtractor.Extract(HtmlPages.Around(HtmlPages.EnglishStory)).Text;
        Assert.DoesNotContain(furniture, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Appeals_and_sign_ups_inside_the_article_are_removed_and_kept_as_boilerplate()
    {
        const string story = HtmlPages.EnglishStory + """
            <p>Enjoyed this story? Get our morning briefing in your inbox: sign up for the free newsletter today.</p>
            <p>Our reporters depend on readers like you. Please support us with a donation of any size, monthly or one-off.</p>
            """;
        var page = HtmlArticleExtractor.Extract(HtmlPages.Around(story));
        Assert.EndsWith("without paying extra duties.", page.Text, StringComparison.Ordinal);
        Assert.StartsWith("Norway and Iceland signed", page.Text, StringComparison.Ordinal);
        var removed = Assert.Single(page.Boilerplate);
        Assert.Contains("morning briefing", removed.Text, StringComparison.Ordinal);
        Assert.Contains("donation of any size", removed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Works_on_a_page_in_another_script_and_language()
    {
        const string story = """
            <h1>Соглашение о гавани подписано</h1>
            <p>Норвегия и Исландия в четверг подписали соглашение, которое завершает спор о правах на рыболовство в северной гавани.</p>
            <p>Соглашение, достигнутое после одиннадцати раундов переговоров, устанавливает квоты на следующие пять лет.</p>
            <p>Рыболовные суда обеих стран смогут выгружать улов в любом порту без уплаты дополнительных пошлин.</p>
            """;
        var html = HtmlPages.Around(story, lang: "ru")
            .Replace("Share on Facebook", "Поделиться", StringComparison.Ordinal)
            .Replace("This is a reader comment", "Это комментарий читателя", StringComparison.Ordinal);
        var article = HtmlArticleExtractor.Extract(html);
        Assert.StartsWith("Норвегия и Исландия в четверг", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("без уплаты дополнительных пошлин.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Поделиться", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("комментарий", article.Text, StringComparison.Ordinal);
        Assert.Equal("ru", article.Info.Language);
        Assert.Equal("Соглашение о гавани подписано", article.Info.Title);
    }

    [Fact]
    public void Prefers_dense_prose_to_a_longer_list_of_links()
    {
        var links = string.Concat(Enumerable.Range(0, 40).Select(i => $"<li><a href=\"/s{i}\">Story number {i} of the day in the list of links</a></li>"));
        var html = $"<html><body><div><ul>{links}</ul></div><div>{HtmlPages.EnglishStory}</div></body></html>";
        var text = HtmlArticleExtractor.Extract(html).Text;
        Assert.StartsWith("Norway and Iceland", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Story number", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Drops_text_repeated_across_the_page()
    {
        var story = HtmlPages.EnglishStory.Replace("<h2>", "<div>Advertisement</div><h2>", StringComparison.Ordinal)
            + "<div>Advertisement</div><p>A last paragraph of the article that is long enough to count as real article prose.</p>";
        var text = HtmlArticleExtractor.Extract(HtmlPages.Around(story)).Text;
        Assert.DoesNotContain("Advertisement", text, StringComparison.Ordinal);
        Assert.Contains("A last paragraph", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ld_article_body_that_disagrees_with_the_page_is_not_used()
    {
        const string head = """<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"Completely different words about a football match that ended in a draw after extra time and penalties."}</script>""";
        var text = HtmlArticleExtractor.Extract(HtmlPages.Around(HtmlPages.EnglishStory, head)).Text;
        Assert.StartsWith("Norway and Iceland", text, StringComparison.Ordinal);
        Assert.DoesNotContain("football", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ld_article_body_that_agrees_picks_the_article_over_longer_comments()
    {
        const string body = "Norway and Iceland signed an agreement on Thursday that ends a dispute over fishing rights in the northern harbour.\\n"
            + "The accord, reached after eleven rounds of talks, sets quotas for the next five years and creates a joint patrol.";
        var comments = string.Concat(Enumerable.Range(0, 12).Select(i => $"<p>Reader {i} writes a long comment that argues about quotas and patrols and many other things at length.</p>"));
        var html = $$"""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"{{body}}"}</script></head>
            <body><div class="a1"><p>Norway and Iceland signed an agreement on Thursday that ends a dispute over fishing rights in the northern harbour.</p>
            <p>The accord, reached after eleven rounds of talks, sets quotas for the next five years and creates a joint patrol.</p></div>
            <div class="a2">{{comments}}</div></body></html>
            """;
        var text = HtmlArticleExtractor.Extract(html).Text;
        Assert.StartsWith("Norway and Iceland", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Reader 3", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_shows_no_text_falls_back_to_its_json_ld_article_body()
    {
        const string html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"First paragraph of the story.\nSecond paragraph of the story."}</script></head>
            <body><div id="app"></div></body></html>
            """;
        Assert.Equal("First paragraph of the story.\n\nSecond paragraph of the story.", HtmlArticleExtractor.Extract(html).Text);
    }

    [Fact]
    public void Line_breaks_split_paragraphs_and_preformatted_text_keeps_its_lines()
    {
        const string html = "<html><body><article><p>One line of a poem that runs long<br>and a second line of the same poem here</p><pre>code line 1\ncode line 2</pre></article></body></html>";
        var text = HtmlArticleExtractor.Extract(html).Text;
        Assert.Equal("One line of a poem that runs long\n\nand a second line of the same poem here\n\ncode line 1\ncode line 2", text);
    }

    [Fact]
    public void Hidden_elements_and_scripts_give_no_text()
    {
        const string html = "<html><body><article><p>Visible paragraph of the article with enough words to be counted as prose.</p>"
            + "<p style=\"display: none\">Hidden text</p><p hidden>Also hidden</p><script>var x = 'script text';</script></article></body></html>";
        Assert.Equal("Visible paragraph of the article with enough words to be counted as prose.", HtmlArticleExtractor.Extract(html).Text);
    }

    [Fact]
    public void Markup_nested_100000_levels_deep_is_read()
    {
        const int depth = 100_000;
        var html = string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>Deep paragraph of text at the bottom of the nesting.</p>" + string.Concat(Enumerable.Repeat("</div>", depth));
        Assert.Equal("Deep paragraph of text at the bottom of the nesting.", HtmlArticleExtractor.Extract(html).Text);
    }

    [Fact]
    public void A_page_that_hides_all_its_content_until_a_script_runs_is_read_anyway()
    {
        var html = $"<html><body><div hidden>{HtmlPages.EnglishStory}</div><p hidden>x</p></body></html>";
        Assert.StartsWith("Norway and Iceland", HtmlArticleExtractor.Extract(html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_nested_far_deeper_than_browsers_allow_keeps_its_article()
    {
        const int depth = 100_000;
        var deep = string.Concat(Enumerable.Repeat("<div>", depth)) + $"<p>{HtmlPages.EnglishStory}</p>" + string.Concat(Enumerable.Repeat("</div>", depth));
        Assert.Contains("Norway and Iceland signed an agreement", HtmlArticleExtractor.Extract(deep).Text, StringComparison.Ordinal);
    }

    private const string Standfirst = "Two neighbours end a long quarrel over the cod that swim between their coasts.";

    [Fact]
    public void A_standfirst_that_is_the_page_description_opens_the_text()
    {
        var head = $"<meta name=\"description\" content=\"{Standfirst}\">";
        var html = HtmlPages.Around(HtmlPages.EnglishStory, head)
            .Replace("<article class=\"story\">", $"<div class=\"story-header\"><p class=\"dek\">{Standfirst}</p></div><article class=\"story\">", StringComparison.Ordinal);
        var text = HtmlArticleExtractor.Extract(html).Text;
        Assert.StartsWith(Standfirst + "\n\nNorway and Iceland signed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_that_repeats_the_first_paragraph_adds_nothing()
    {
        const string first = "Norway and Iceland signed an agreement on Thursday that ends a dispute over fishing rights in the northern harbour.";
        var html = HtmlPages.Around(HtmlPages.EnglishStory, $"<meta property=\"og:description\" content=\"{first}\">")
            .Replace("<article class=\"story\">", $"<div class=\"teaser-box\"><p>{first}</p></div><article class=\"story\">", StringComparison.Ordinal);
        var text = HtmlArticleExtractor.Extract(html).Text;
        Assert.StartsWith(first + "\n\nThe accord", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_classed_as_behind_the_paywall_are_article_text()
    {
        var story = HtmlPages.EnglishStory + "<p class=\"paywall\">Inspectors from both coast guards will board the boats together at least twice a month, starting in May.</p>";
        Assert.EndsWith("at least twice a month, starting in May.", HtmlArticleExtractor.Extract(HtmlPages.Around(story)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_sentence_with_a_link_in_it_is_not_taken_for_a_prompt()
    {
        var story = HtmlPages.EnglishStory + "<p>The ministers thanked <a href=\"/topic/mediators\">Sweden</a>, which hosted the final round of talks in Stockholm, for its patience.</p>";
        Assert.EndsWith("in Stockholm, for its patience.", HtmlArticleExtractor.Extract(HtmlPages.Around(story)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_clipped_away_for_screen_readers_gives_no_text()
    {
        var story = HtmlPages.EnglishStory.Replace("</h2>", "<span style=\"border:0;clip:rect(0 0 0 0);height:1px;overflow:hidden;position:absolute;width:1px\">, opens new tab</span></h2>", StringComparison.Ordinal);
        Assert.DoesNotContain("opens new tab", HtmlArticleExtractor.Extract(HtmlPages.Around(story)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Separator_lines_without_a_letter_or_digit_are_dropped()
    {
        var story = HtmlPages.EnglishStory + "<h2>___</h2><p>* * *</p><p>The accord will be reviewed by both parliaments before it takes effect next year.</p>";
        var text = HtmlArticleExtractor.Extract(HtmlPages.Around(story)).Text;
        Assert.DoesNotContain("___", text, StringComparison.Ordinal);
        Assert.DoesNotContain("* * *", text, StringComparison.Ordinal);
        Assert.EndsWith("before it takes effect next year.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_repeated_across_the_lists_of_the_article_are_kept()
    {
        var story = HtmlPages.EnglishStory
            + "<h2>Boats named for the first quota</h2><ul><li>Polar Star</li><li>Nordlys</li><li>Sea Wren</li></ul>"
            + "<h2>Boats named for the second quota</h2><ul><li>Polar Star</li><li>Sea Wren</li><li>Grimsey</li></ul>";
        var text = HtmlArticleExtractor.Extract(HtmlPages.Around(story)).Text;
        Assert.EndsWith("Polar Star\n\nSea Wren\n\nGrimsey", text, StringComparison.Ordinal);
        Assert.Contains("second quota\n\nPolar Star", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Picture_captions_are_not_article_text()
    {
        var story = HtmlPages.EnglishStory.Replace("<h2>", "<figure><img src=\"boats.jpg\"><figcaption>Trawlers moored in the northern harbour at dawn. Photograph: Ann Lee</figcaption></figure><h2>", StringComparison.Ordinal);
        var text = HtmlArticleExtractor.Extract(HtmlPages.Around(story)).Text;
        Assert.DoesNotContain("Trawlers moored", text, StringComparison.Ordinal);
        Assert.Contains("What changes", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Teaser_cards_for_other_articles_inside_the_article_element_are_dropped()
    {
        const string card = "<div class=\"card\"><h3><a href=\"/{0}\">Another story about quotas number {0}</a></h3><p>A short summary of that other story, which is not this one at all.</p><p><a href=\"/a\">Ann Lee</a></p></div>";
        var story = HtmlPages.EnglishStory + "<h2>More from the Post</h2><div class=\"cards\">" + Numbered(card, 3) + "</div>";
        var text = HtmlArticleExtractor.Extract(HtmlPages.Around(story)).Text;
        Assert.DoesNotContain("short summary", text, StringComparison.Ordinal);
        Assert.Contains("without paying extra duties.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Linked_entries_of_a_listicle_followed_by_more_prose_are_kept()
    {
        const string entry = "<div class=\"entry\"><h3><a href=\"/boat{0}\">Harbour boat number {0}</a></h3><p>A sturdy trawler for the northern waters, with room for a crew of {0}.</p></div>";
        var story = HtmlPages.EnglishStory + Numbered(entry, 3) + "<p>Whichever boat you choose, check the new quotas with the harbour master before you sail out.</p>";
        var text = HtmlArticleExtractor.Extract(HtmlPages.Around(story)).Text;
        Assert.Contains("with room for a crew of 2.", text, StringComparison.Ordinal);
        Assert.EndsWith("before you sail out.", text, StringComparison.Ordinal);
    }

    // The template written out for 1 to count, its {0} replaced by the number.
    private static string Numbered(string template, int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, template, i)));
}
