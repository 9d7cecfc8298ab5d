using Herald.Documents;

namespace Herald.Tests.Entities.Rules;

public sealed class NorpRuleTests
{
    [Theory]
    [InlineData("He met the Russian president.", "Russian")]
    [InlineData("The talks were in the Finnish capital.", "Finnish")]
    [InlineData("Many Americans disagreed.", "Americans")]
    [InlineData("Democrats and Republicans voted against it.", "Democrats")]
    [InlineData("Democrats and Republicans voted against it.", "Republicans")]
    [InlineData("Muslims and Catholics prayed together.", "Catholics")]
    [InlineData("Two South Koreans were hurt.", "South Koreans")]
    public void Finds_groups_and_nationalities(string text, string expected)
    {
        var document = EntityTestDocuments.Tokenized(text).RunRules();
        Assert.Contains((EntityTypes.Norp, expected), document.RuleMentions());
    }

    [Fact]
    public void A_party_name_is_not_a_group()
    {
        var document = EntityTestDocuments.Tokenized("Members of the Republican Party and the Democratic Party objected.").RunRules();
        Assert.DoesNotContain(document.RuleMentions(), m => m.Type == EntityTypes.Norp);
    }

    [Fact]
    public void Never_overrides_a_model_mention()
    {
        var document = EntityTestDocuments.Tokenized("He flew American Airlines to Paris.").Model("American Airlines", EntityTypes.Organization).RunRules();
        Assert.Empty(document.RuleMentions());
        Assert.Single(document.Mentions);
    }

    [Fact]
    public void Country_names_are_not_nationalities()
    {
        var document = EntityTestDocuments.Tokenized("Russia and France signed.").RunRules();
        Assert.Empty(document.RuleMentions());
    }
}
