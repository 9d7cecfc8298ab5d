using static Herald.Tests.Time.TimeTestDocuments;

namespace Herald.Tests.Time;

/// <summary>Dates named outright, and month-days without a year resolved towards the tense.</summary>
public sealed class AbsoluteDateTests
{
    [Theory]
    [InlineData("The treaty was signed on 11 November 2018 in Paris.", "11 November 2018", "2018-11-11")]
    [InlineData("The file is dated 2018-11-11 and nothing else.", "2018-11-11", "2018-11-11")]
    [InlineData("The memo of 11/02/89 was leaked.", "11/02/89", "1989-11-02")]
    [InlineData("She arrived on March 3, 1998, by train.", "March 3, 1998", "1998-03-03")]
    [InlineData("Rents doubled in the 1990s across the city.", "the 1990s", "199")]
    [InlineData("Sales fell in July 1997 after the crash.", "July 1997", "1997-07")]
    [InlineData("The mill closed in 1982 for good.", "1982", "1982")]
    [InlineData("It was the winter of 1994 when the river froze.", "the winter of 1994", "1994-WI")]
    [InlineData("The broadcast said nineteen ninety-six was a hard year.", "nineteen ninety-six", "1996")]
    [InlineData("Steel made the town in the 20th century.", "the 20th century", "19")]
    [InlineData("Jazz thrived in the twenties.", "the twenties", "192")]
    [InlineData("The family gathered at Christmas 2004.", "Christmas 2004", "2004-12-25")]
    public void Named_dates_need_no_reference(string text, string phrase, string value) =>
        Expect(text, "2018-10-23", phrase, "DATE", value);

    [Fact]
    public void A_month_day_ahead_of_the_reference_stays_in_its_year()
    {
        Expect("Officials said they had agreed on a Nov. 11 meeting in Paris.", "2018-10-23", "Nov. 11", "DATE", "2018-11-11");
        Expect("The ministers met on Sept. 3 in Vienna.", "2018-10-23", "Sept. 3", "DATE", "2018-09-03");
    }

    [Theory]
    [InlineData("Shops were packed on Christmas Eve.", "2018-12-28", "Christmas Eve", "2018-12-24")]
    [InlineData("Shops will be packed on Christmas Eve.", "2018-10-23", "Christmas Eve", "2018-12-24")]
    [InlineData("The family met on Thanksgiving.", "2018-12-03", "Thanksgiving", "2018-11-22")]
    [InlineData("The family will meet on Thanksgiving Day.", "2019-09-20", "Thanksgiving Day", "2019-11-28")]
    [InlineData("The party ended on New Year's Day.", "2019-01-05", "New Year's Day", "2019-01-01")]
    public void Holidays_resolve_like_dates_without_a_year(string text, string published, string phrase, string value) =>
        Expect(text, published, phrase, "DATE", value);

    [Fact]
    public void A_far_month_day_goes_the_way_the_tense_points()
    {
        Expect("The company reported the loss on April 24.", "1999-02-10", "April 24", "DATE", "1998-04-24");
        Expect("The company will report its results on April 24.", "1999-02-10", "April 24", "DATE", "1999-04-24");
    }

    [Fact]
    public void A_full_date_after_this_is_the_date() =>
        Expect("In this Dec. 2, 2019 file photo, the minister speaks.", "2020-03-01", "Dec. 2, 2019", "DATE", "2019-12-02");

    [Fact]
    public void A_year_before_a_noun_keeps_the_determiner_out()
    {
        var document = Analyze("Russia meddled in the 2016 U.S. presidential elections.", "2018-10-23");
        Assert.Equal("2016", document.Find("2016").Value);
    }

    [Fact]
    public void A_range_start_takes_the_year_of_its_end()
    {
        var document = Analyze("Output rose in Jan.-March 1998 from a year earlier.", "1998-05-01");
        Assert.Equal("1998-01", document.Find("Jan.").Value);
        Assert.Equal("1998-03", document.Find("March 1998").Value);
    }

    [Theory]
    [InlineData("The fall in prices worried investors.")]
    [InlineData("After the fall of the government, markets rallied.")]
    public void A_season_word_that_names_no_season_is_not_a_date(string text) =>
        Assert.Empty(Analyze(text, "2018-10-23").Times);

    [Fact]
    public void A_month_before_a_noun_keeps_the_determiner_out() =>
        Expect("Profits in the December quarter rose.", "2018-10-23", "December", "DATE", "2018-12");

    [Fact]
    public void Ages_and_amounts_of_money_are_not_dates()
    {
        var document = Analyze("The 6-year-old boy paid $1990 for 2,000 shares.", "2018-10-23");
        Assert.Empty(document.Times);
    }
}
