using Herald.Extraction.Boilerplate;
using Herald.Sources;
using Herald.Tests.Support;

namespace Herald.Tests.Extraction;

public sealed class PlainTextBoilerplateTests
{
    private const string Article =
        "Flood waters receded across the delta on Monday, leaving thousands of homes damaged and roads cut off.\n" +
        "Emergency crews worked through the night to reopen the main highway, the regional governor said.\n" +
        "The river peaked at 6.2 metres on Saturday, the highest level recorded since 1998.\n" +
        "Farmers in the lowlands estimate that half of this year's rice crop has been lost.";

    [SkippableFact]
    public void The_example_article_loses_its_appeal_and_keeps_every_paragraph()
    {
        var input = File.ReadAllText(SharedData.Require("examples/paris-summit-2018.txt")).ReplaceLineEndings("\n");
        var appealStart = input.IndexOf("A Message from The Moscow Times:", StringComparison.Ordinal);
        var appealEnd = input.IndexOf("Remind me later.", StringComparison.Ordinal) + "Remind me later.".Length;

        var cleaned = PlainTextBoilerplate.Remove(input);

        var removed = Assert.Single(cleaned.Removed);
        Assert.Equal((appealStart, appealEnd), (removed.Start, removed.End));
        Assert.Equal(input[appealStart..appealEnd], removed.Text);
        Assert.Equal(BoilerplateKinds.Appeal, removed.Kind);
        Assert.Equal(input[..appealStart].TrimEnd(), cleaned.Text);
    }

    public static TheoryData<string, string, string> Tails => new()
    {
        {
            "appeal",
            "Before you go...\n" +
            "Our newsroom depends on readers like you. We don't have a paywall, because we believe everyone deserves access to trustworthy news.\n" +
            "If you value our reporting, please consider making a contribution today. Even a small gift helps us keep reporters in the field.\n" +
            "Support independent journalism\n" +
            "Maybe later",
            BoilerplateKinds.Appeal
        },
        {
            "appeal",
            "A note to our readers:\n" +
            "Dear friends,\n" +
            "Times are hard for local news. Advertising has dried up and printing costs keep rising.\n" +
            "That is why we are asking you to chip in. A one-time gift of any size, or a monthly pledge from as little as €3, keeps this site running.\n" +
            "Donate now\n" +
            "Not now",
            BoilerplateKinds.Appeal
        },
        {
            "appeal",
            "Since you're here, we have a small favour to ask. More people than ever are reading this site, but advertising revenue is falling fast.\n" +
            "Unlike many news organisations, we keep our journalism open to all, without a paywall. Every contribution, big or small, counts.\n" +
            "Support us with a gift from just $1 – it takes only a minute. Thank you.",
            BoilerplateKinds.Appeal
        },
        {
            "newsletter",
            "Never miss a story: get our free weekly newsletter.\n" +
            "Sign up now",
            BoilerplateKinds.Newsletter
        },
        {
            "newsletter",
            "Sign up for our morning briefing and get the day's top stories delivered straight to your inbox.\n" +
            "Enter your email address\n" +
            "Subscribe\n" +
            "You can unsubscribe at any time. See our privacy policy.",
            BoilerplateKinds.Newsletter
        },
        {
            "related",
            "Related coverage\n" +
            "EU leaders split over migration plan\n" +
            "Markets rally after surprise rate cut\n" +
            "Opposition calls for early election",
            BoilerplateKinds.Related
        },
        {
            "share",
            "Share this article\n" +
            "Facebook Twitter WhatsApp Email\n" +
            "Follow us on social media for the latest updates.",
            BoilerplateKinds.Share
        },
    };

    [Theory]
    [MemberData(nameof(Tails))]
    public void Boilerplate_after_the_article_is_removed_and_the_article_stays(string name, string tail, string kind)
    {
        var input = Article + "\n" + tail;

        var cleaned = PlainTextBoilerplate.Remove(input);

        var removed = Assert.Single(cleaned.Removed);
        Assert.True(kind == removed.Kind, $"{name}: kind {removed.Kind}");
        Assert.Equal(tail, removed.Text);
        Assert.Equal(Article.Length + 1, removed.Start);
        Assert.Equal(input.Length, removed.End);
        Assert.Equal(Article, cleaned.Text);
    }

    [Fact]
    public void A_cookie_notice_and_a_photo_credit_before_the_article_are_removed()
    {
        const string notice =
            "We use cookies to give you the best possible experience on our website. By continuing to browse, you agree to our use of cookies.\n\n" +
            "You can change your settings at any time.\n\n" +
            "Accept all\n\n" +
            "Manage preferences\n\n" +
            "Photo: Anna Berg / Reuters";
        var input = notice + "\n\n" + Article.Replace("\n", "\n\n", StringComparison.Ordinal);

        var cleaned = PlainTextBoilerplate.Remove(input);

        var removed = Assert.Single(cleaned.Removed);
        Assert.Equal(BoilerplateKinds.Cookies, removed.Kind);
        Assert.Equal((0, notice.Length), (removed.Start, removed.End));
        Assert.Equal(Article.Replace("\n", "\n\n", StringComparison.Ordinal), cleaned.Text);
    }

    [Fact]
    public void An_appeal_before_the_article_is_removed()
    {
        const string appeal =
            "Independent reporting needs you.\n\n" +
            "We are a small, reader-supported newsroom, and we rely on readers like you to keep our reporters in the field. " +
            "Please become a member today: it takes a minute and you can cancel at any time.\n\n" +
            "Close";
        var article = Article.Replace("\n", "\n\n", StringComparison.Ordinal);

        var cleaned = PlainTextBoilerplate.Remove(appeal + "\n\n" + article);

        var removed = Assert.Single(cleaned.Removed);
        Assert.Equal(BoilerplateKinds.Appeal, removed.Kind);
        Assert.Equal((0, appeal.Length), (removed.Start, removed.End));
        Assert.Equal(article, cleaned.Text);
    }

    [Fact]
    public void A_read_more_line_inside_the_article_is_removed_with_its_line_break()
    {
        var lines = Article.Split('\n');
        var input = string.Join('\n', lines[..2]) + "\nRead more: Why the delta floods more often every year\n" + string.Join('\n', lines[2..]);

        var cleaned = PlainTextBoilerplate.Remove(input);

        var removed = Assert.Single(cleaned.Removed);
        Assert.Equal(BoilerplateKinds.Related, removed.Kind);
        Assert.Equal("Read more: Why the delta floods more often every year", input[removed.Start..removed.End]);
        Assert.Equal(Article, cleaned.Text);
    }

    public static TheoryData<string> NewsParagraphs => new()
    {
        "The charity said donations had fallen by a third since the pandemic, forcing it to close two of its shelters.",
        "Subscriptions to the newspaper rose 8% last year as readers paid for election coverage, the company reported.",
        "Regulators fined the company €150 million for placing advertising cookies on users' computers without their consent.",
        "\"Please, we need your help to find our son,\" his mother told reporters outside the police station.",
        "Volunteers collected donations of food and clothing for families who lost their homes in the floods.",
        "If you are a farmer in the valley, the new water rules will change how you plan your season.",
        "Readers can subscribe to the service for $5 a month, and the company plans to add a weekly newsletter later this year.",
        "Support for the measure fell to 41% in the latest poll, down from 55% in March.",
        "We must protect our rivers before it is too late, the minister wrote in an op-ed on Sunday.",
        "The campaign raised $2.4 million in small-dollar contributions in the first quarter, according to filings.",
        "When I gave to my first campaign in 2010, I had no idea how much of my donation would end up with consultants.",
        "At a caucus you show your support for a candidate by standing in that candidate's corner of the room.",
    };

    [Fact]
    public void Advertisement_labels_between_paragraphs_go_alone_and_the_paragraphs_between_them_stay()
    {
        var lines = Article.Split('\n');
        var input = $"Advertisement\n{lines[0]}\n{lines[1]}\nAdvertisement\n{lines[2]}\nADVERTISEMENT\n{lines[3]}";

        var cleaned = PlainTextBoilerplate.Remove(input);

        Assert.Equal(3, cleaned.Removed.Count);
        Assert.All(cleaned.Removed, r => Assert.Equal(BoilerplateKinds.Advertisement, r.Kind));
        Assert.Equal(Article, cleaned.Text);
    }

    [Theory]
    [MemberData(nameof(NewsParagraphs))]
    public void News_that_reports_on_donations_subscriptions_or_cookies_stays(string paragraph)
    {
        foreach (var input in new[] { Article + "\n" + paragraph, paragraph + "\n" + Article, Article + "\n" + paragraph + "\n" + Article })
        {
            var cleaned = PlainTextBoilerplate.Remove(input);

            Assert.Empty(cleaned.Removed);
            Assert.Equal(input, cleaned.Text);
        }
    }

    [Theory]
    [MemberData(nameof(NewsParagraphs))]
    public void News_just_before_an_appeal_stays_and_only_the_appeal_goes(string paragraph)
    {
        const string appeal =
            "Your support makes this reporting possible. Please donate today to keep our journalism free for everyone.\n" +
            "Remind me later";
        var article = Article + "\n" + paragraph;

        var cleaned = PlainTextBoilerplate.Remove(article + "\n" + appeal);

        Assert.Equal(appeal, Assert.Single(cleaned.Removed).Text);
        Assert.Equal(article, cleaned.Text);
    }

    [SkippableTheory]
    [InlineData("corpora/bbc.jsonl.gz")]
    [InlineData("corpora/isot-sample.jsonl.gz")]
    [InlineData("corpora/reuters21578.jsonl.gz")]
    public void Clean_news_corpora_lose_nothing(string corpus)
    {
        var path = SharedData.Require(corpus);
        var articles = ArticleSources.Read(path).Select(i => i.Article).OfType<RawArticle>().ToList();

        var touched = articles.Where(a => PlainTextBoilerplate.Remove(a.Content).Removed.Count > 0).Select(a => a.Origin.ToString()).ToList();

        Assert.True(articles.Count > 1000);
        Assert.Empty(touched);
    }

    [Theory]
    [InlineData("Der Stadtrat beschloss am Dienstag den Haushalt für das kommende Jahr.\nDie Opposition stimmte geschlossen dagegen.", "Anzeige", "Lesen Sie auch: Wie die Stadt ihre Schulden abbauen will")]
    [InlineData("Le conseil municipal a adopté mardi le budget de l'année prochaine.\nL'opposition a voté contre.", "Publicité", "Lire aussi : Comment la ville veut réduire sa dette")]
    [InlineData("El ayuntamiento aprobó el martes el presupuesto del próximo año.\nLa oposición votó en contra.", "Publicidad", "Leer más: Cómo la ciudad quiere reducir su deuda")]
    public void Labels_and_related_leads_are_found_in_other_languages(string article, string label, string related)
    {
        var lines = article.Split('\n');
        var input = $"{lines[0]}\n{label}\n{lines[1]}\n{related}";

        var cleaned = PlainTextBoilerplate.Remove(input);

        Assert.Equal([BoilerplateKinds.Advertisement, BoilerplateKinds.Related], cleaned.Removed.Select(r => r.Kind));
        Assert.Equal(article, cleaned.Text);
    }

    [Fact]
    public void Text_that_is_only_boilerplate_is_kept_whole()
    {
        const string input = "Subscribe to our newsletter\nSign up";

        var cleaned = PlainTextBoilerplate.Remove(input);

        Assert.Empty(cleaned.Removed);
        Assert.Equal(input, cleaned.Text);
    }

    [Fact]
    public void Hard_wrapped_paragraphs_are_scored_whole()
    {
        const string wrapped = "The council voted on Tuesday to close the\nlibrary branch, despite protests from\nresidents who have used it for decades.";

        var blocks = TextBlocks.Split(wrapped + "\n\nNext paragraph.");

        Assert.Equal(2, blocks.Count);
        Assert.Equal(wrapped.Length, blocks[0].End - blocks[0].Start);
    }
}
