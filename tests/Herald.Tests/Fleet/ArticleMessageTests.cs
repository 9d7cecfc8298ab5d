using System.Text;
using Herald.Documents;
using Herald.Errors;
using Herald.Fleet;
using Herald.Sources;

namespace Herald.Tests.Fleet;

public sealed class ArticleMessageTests
{
    [Fact]
    public void An_article_comes_back_from_its_message_as_it_went_in()
    {
        var article = new RawArticle(new Origin("feeds/today.jsonl", 42, "a-17"), "<p>Rain in Lisbon.</p>", ContentType.Html, new ArticleInfo
        {
            Id = "a-17",
            Title = "Rain",
            Authors = ["Ana Lopez", "John Park"],
            Published = new DateTimeOffset(2019, 3, 4, 10, 30, 0, TimeSpan.FromHours(1)),
            Url = "https://example.org/rain",
            Source = "Morning Ledger",
            Language = "en",
        })
        {
            Fetched = new DateTimeOffset(2019, 3, 5, 0, 0, 0, TimeSpan.Zero),
            Warnings = [new HeraldError(ErrorCatalog.InvalidBytesReplaced, "feeds/today.jsonl:42", "2 bytes")],
        };

        var back = ArticleMessages.Decode(ArticleMessages.Encode(article));

        Assert.Equal(article.Origin, back.Origin);
        Assert.Equal((article.Content, article.Type, article.Fetched), (back.Content, back.Type, back.Fetched));
        Assert.Equal(article.Info with { Authors = [] }, back.Info with { Authors = [] });
        Assert.Equal(article.Info.Authors, back.Info.Authors);
        Assert.Equal(article.Warnings, back.Warnings);
        Assert.Equal(Storage.Ingest.ContentHashes.Of(article), Storage.Ingest.ContentHashes.Of(back));
    }

    [Theory]
    [InlineData("not json at all", "not a herald-article/1 message")]
    [InlineData("{\"format\":\"other/2\",\"input\":\"x\",\"type\":\"text\",\"content\":\"hi\"}", "its format is 'other/2'")]
    [InlineData("{\"format\":\"herald-article/1\",\"input\":\"x\",\"type\":\"text\"}", "no content")]
    [InlineData("{\"format\":\"herald-article/1\",\"input\":\"x\",\"type\":\"pdf\",\"content\":\"hi\"}", "unknown type 'pdf'")]
    [InlineData("{\"format\":\"herald-article/1\",\"input\":\"x\",\"type\":\"text\",\"content\":\"hi\",\"warnings\":[{\"code\":\"W999\"}]}", "unknown warning code 'W999'")]
    public void A_message_that_is_not_an_article_says_what_is_wrong(string body, string expected)
    {
        var error = Assert.Throws<FormatException>(() => ArticleMessages.Decode(Encoding.UTF8.GetBytes(body)));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
