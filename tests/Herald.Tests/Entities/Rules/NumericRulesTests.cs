using Herald.Documents;

namespace Herald.Tests.Entities.Rules;

public sealed class NumericRulesTests
{
    [Theory]
    [InlineData("They paid $2 for it.", "MONEY", "$2")]
    [InlineData("The deal is worth $1.13bn in cash.", "MONEY", "$1.13bn")]
    [InlineData("It cost £600m to build.", "MONEY", "£600m")]
    [InlineData("It cost 600m pounds to build.", "MONEY", "600m pounds")]
    [InlineData("They raised 2 million euros last year.", "MONEY", "2 million euros")]
    [InlineData("Turnout was 76% overall.", "PERCENT", "76%")]
    [InlineData("Prices rose 5 percent again.", "PERCENT", "5 percent")]
    [InlineData("Prices rose 5 per cent again.", "PERCENT", "5 per cent")]
    [InlineData("The road is 12 km long.", "QUANTITY", "12 km")]
    [InlineData("They shipped 3 tonnes of grain.", "QUANTITY", "3 tonnes")]
    [InlineData("Output fell by 50 barrels a day.", "QUANTITY", "50 barrels")]
    [InlineData("Some 1,000 people marched.", "NUMBER", "1,000")]
    [InlineData("Two men were arrested.", "NUMBER", "Two")]
    [InlineData("Several hundred troops arrived.", "NUMBER", "Several hundred")]
    [InlineData("It was their first meeting.", "ORDINAL", "first")]
    [InlineData("It was the 11th round of talks.", "ORDINAL", "11th")]
    public void Finds_the_mention(string text, string type, string expected)
    {
        var document = EntityTestDocuments.Tokenized(text).RunRules();
        Assert.Contains((type, expected), document.RuleMentions());
    }

    [Theory]
    [InlineData("They agreed on a Nov. 11 meeting.")]
    [InlineData("The war ended on 11 November 2018 at last.")]
    [InlineData("They meddled in the 2016 U.S. presidential elections.")]
    [InlineData("He was born in 1946 in New York.")]
    [InlineData("No one came to the meeting.")]
    [InlineData("It was one of the worst days.")]
    public void Leaves_dates_and_pronouns_alone(string text)
    {
        var document = EntityTestDocuments.Tokenized(text).RunRules();
        Assert.DoesNotContain(document.RuleMentions(), m => m.Type is EntityTypes.Number or EntityTypes.Ordinal);
    }

    [Fact]
    public void Keeps_mentions_in_text_order_after_model_mentions()
    {
        var document = EntityTestDocuments.Tokenized("Putin paid $2 to 3 Russians.").Model("Putin", EntityTypes.Person).RunRules();
        var starts = document.Mentions.Select(m => m.TokenStart).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.Equal(["PERSON", "MONEY", "NUMBER", "NORP"], document.Mentions.Select(m => m.Type));
    }

    [Fact]
    public void Running_twice_gives_the_same_mentions()
    {
        var document = EntityTestDocuments.Tokenized("Prices rose 5 percent, the first rise in 12 months.").RunRules();
        var first = document.Mentions.ToList();
        document.RunRules();
        Assert.Equal(first, document.Mentions);
    }
}
