using static Herald.Tests.Time.TimeTestDocuments;

namespace Herald.Tests.Time;

/// <summary>Fuzzy expressions, durations and sets.</summary>
public sealed class FuzzyAndPeriodTests
{
    [Theory]
    [InlineData("The team will tour Asia this fall.", "this fall", "2018-FA")]
    [InlineData("The team toured Asia last fall.", "last fall", "2017-FA")]
    [InlineData("The team tours Asia next spring.", "next spring", "2019-SP")]
    [InlineData("Prices have risen recently.", "recently", "PAST_REF")]
    [InlineData("Prices are high now.", "now", "PRESENT_REF")]
    [InlineData("Prices may fall in the future.", "the future", "FUTURE_REF")]
    public void Vague_and_seasonal_expressions(string text, string phrase, string value) =>
        Expect(text, "2018-10-23", phrase, "DATE", value);

    [Theory]
    [InlineData("The factory will open early next year.", "early next year", "2019", "START")]
    [InlineData("The factory opened late last year.", "late last year", "2017", "END")]
    [InlineData("The factory closed in mid-November.", "mid-November", "2018-11", "MID")]
    public void Parts_of_periods_keep_the_period_and_say_the_part(string text, string phrase, string value, string mod)
    {
        var time = Analyze(text, "2018-10-23").Find(phrase);
        Assert.Equal((value, mod), (time.Value, time.Mod));
    }

    [Theory]
    [InlineData("He has led the party for 12 years.", "12 years", "P12Y")]
    [InlineData("He will lead the party for a decade.", "a decade", "P10Y")]
    [InlineData("The talks lasted five hours.", "five hours", "PT5H")]
    [InlineData("Shares fell over the past two months.", "the past two months", "P2M")]
    [InlineData("Crime has fallen over the past decade.", "the past decade", "P10Y")]
    [InlineData("The strike will last several weeks.", "several weeks", "PXW")]
    [InlineData("Markets rallied in the last twenty-four hours.", "the last twenty-four hours", "PT24H")]
    public void Durations(string text, string phrase, string value) =>
        Expect(text, "2018-10-23", phrase, "DURATION", value);

    [Theory]
    [InlineData("The council meets every Monday.", "every Monday", "XXXX-WXX-1")]
    [InlineData("The paper is printed daily.", "daily", "P1D")]
    [InlineData("Fees rose each year.", "each year", "P1Y")]
    [InlineData("The club met on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI")]
    public void Sets(string text, string phrase, string value) =>
        Expect(text, "2018-10-23", phrase, "SET", value);
}
