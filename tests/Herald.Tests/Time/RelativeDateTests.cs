using static Herald.Tests.Time.TimeTestDocuments;

namespace Herald.Tests.Time;

/// <summary>Dates named from the reference, in both directions; weekdays and months follow the tense.</summary>
public sealed class RelativeDateTests
{
    // Thursday 2018-10-25: Tuesday 2018-10-23 lies behind it in the same week, Tuesday 2018-10-30 ahead.
    private const string Thursday = "2018-10-25";

    [Fact]
    public void A_weekday_in_the_past_tense_points_back()
    {
        var document = Analyze("Moscow denied the report on Tuesday.", Thursday);
        var time = document.Find("Tuesday");
        Assert.Equal(("DATE", "2018-10-23", "2018-10-25"), (time.Type, time.Value, time.Reference));
    }

    [Fact]
    public void A_weekday_with_will_points_forward() =>
        Expect("The leaders will meet on Tuesday in Paris.", Thursday, "Tuesday", "DATE", "2018-10-30");

    [Fact]
    public void A_weekday_with_a_plan_points_forward() =>
        Expect("They plan to vote on Tuesday after the debate.", Thursday, "Tuesday", "DATE", "2018-10-30");

    [Fact]
    public void The_reference_weekday_is_the_reference_day_itself() =>
        Expect("Officials said on Tuesday that talks had begun.", "2018-10-23", "Tuesday", "DATE", "2018-10-23");

    [Theory]
    [InlineData("They had their first summit in July.", "2018-07")]
    [InlineData("They will hold their next summit in July.", "2019-07")]
    public void A_bare_month_follows_the_tense(string text, string value) =>
        Expect(text, "2018-10-23", "July", "DATE", value);

    [Theory]
    [InlineData("Prices rose last year.", "last year", "2017")]
    [InlineData("The plant opens next year.", "next year", "2019")]
    [InlineData("They plan to meet in Paris next month.", "next month", "2018-11")]
    [InlineData("The talks collapsed last month.", "last month", "2018-09")]
    [InlineData("The envoy left two weeks ago.", "two weeks ago", "2018-W41")]
    [InlineData("Their last meeting was four years ago.", "four years ago", "2014")]
    [InlineData("The bill passes two years from now, aides say.", "two years from now", "2020")]
    [InlineData("The ruling came yesterday.", "yesterday", "2018-10-22")]
    [InlineData("The court rules tomorrow.", "tomorrow", "2018-10-24")]
    [InlineData("Profit rose in the third quarter.", "the third quarter", "2018-Q3")]
    [InlineData("He resigned last Friday.", "last Friday", "2018-10-19")]
    [InlineData("Output fell last November.", "last November", "2017-11")]
    public void Shifts_count_from_the_reference_at_their_own_granularity(string text, string phrase, string value) =>
        Expect(text, "2018-10-23", phrase, "DATE", value);

    [Fact]
    public void Earlier_this_week_is_this_week_from_its_start()
    {
        var time = Analyze("The minister resigned earlier this week.", "2018-10-25").Find("earlier this week");
        Assert.Equal(("2018-W43", "START"), (time.Value, time.Mod));
    }

    [Fact]
    public void That_before_an_amount_is_not_part_of_it()
    {
        var document = Analyze("He spent that four days in jail.", "2018-10-23");
        Assert.Equal("P4D", document.Find("four days").Value);
    }

    [Fact]
    public void That_year_is_the_year_last_mentioned()
    {
        var document = Analyze("The dam was finished in 1994. Later that year the town flooded.", "2018-10-23");
        Assert.Equal("1994", document.Find("that year").Value);
    }

    [Fact]
    public void A_year_ago_after_a_quarter_is_that_quarter_a_year_earlier()
    {
        var document = Analyze("Net income rose in the third quarter from $5 million a year ago.", "1989-11-02");
        Assert.Equal("1988-Q3", document.Find("a year ago").Value);
    }
}
