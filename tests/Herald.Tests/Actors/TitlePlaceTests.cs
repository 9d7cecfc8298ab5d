using Herald.Documents;
using Herald.Tests.Support;

namespace Herald.Tests.Actors;

/// <summary>A title that names a region ("New Jersey Governor") gives the region's country, not a country whose name it contains.</summary>
public sealed class TitlePlaceTests
{
    private static string CodeOf(string text, string name)
    {
        var document = DefaultEngine.Analyze(text, new ArticleInfo { Published = new DateTimeOffset(2017, 3, 2, 0, 0, 0, TimeSpan.Zero) });
        var actor = document.Actors.First(a => document.Text[document.Token(a.TokenStart).Start..document.Token(a.TokenEnd - 1).End] == name);
        return actor.Code ?? "";
    }

    [Theory]
    [InlineData("New Jersey Governor Chris Christie spoke to reporters on Monday.", "Chris Christie", "USAGOV")]
    [InlineData("New Mexico Governor Susana Martinez signed the bill on Tuesday.", "Susana Martinez", "USAGOV")]
    [InlineData("Kremlin aide Ivan Sorokin met French diplomats on Friday.", "Ivan Sorokin", "RUSGOV")]
    public void A_region_in_a_title_gives_its_country(string text, string name, string code) =>
        Assert.Equal(code, CodeOf(text, name));
}
