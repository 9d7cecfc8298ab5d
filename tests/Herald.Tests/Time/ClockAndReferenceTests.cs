using static Herald.Tests.Time.TimeTestDocuments;

namespace Herald.Tests.Time;

/// <summary>Times of day with zones and days, and what happens without a publication date.</summary>
public sealed class ClockAndReferenceTests
{
    [Fact]
    public void A_clock_time_with_a_zone_is_on_the_reference_day() =>
        Expect("The polls closed at 10:30 a.m. EST after a long night.", "2018-10-23", "10:30 a.m. EST", "TIME", "2018-10-23T10:30");

    [Theory]
    [InlineData("The vote was held at 5 p.m. Tuesday.", "2018-10-25", "2018-10-23T17:00")]
    [InlineData("The vote will be held at 5 p.m. Tuesday.", "2018-10-25", "2018-10-30T17:00")]
    public void A_clock_time_joins_its_weekday(string text, string published, string value) =>
        Expect(text, published, "5 p.m. Tuesday", "TIME", value);

    [Fact]
    public void Minutes_later_stay_on_the_reference_day() =>
        Expect("The second goal came 11 minutes later.", "2018-10-23", "11 minutes later", "DATE", "2018-10-23");

    [Fact]
    public void A_clock_time_alone_is_on_the_day_last_mentioned()
    {
        var document = Analyze("The bomb went off on Friday. Police arrived at 10:35 a.m.", "1998-08-08");
        Assert.Equal("1998-08-07T10:35", document.Find("10:35 a.m.").Value);
    }

    [Theory]
    [InlineData("Rebels attacked the town on Friday night.", "1998-08-08", "1998-08-07TNI")]
    [InlineData("Rebels will attack the town on Friday night, officials fear.", "1998-08-05", "1998-08-07TNI")]
    public void A_day_part_makes_a_time(string text, string published, string value) =>
        Expect(text, published, "Friday night", "TIME", value);

    [Fact]
    public void Without_a_publication_date_a_date_in_the_text_is_the_reference()
    {
        var document = Analyze("On Oct. 23, 2018, officials said the leaders would meet next month.", null);
        var time = document.Find("next month");
        Assert.Equal(("2018-11", "2018-10-23"), (time.Value, time.Reference));
    }

    [Fact]
    public void An_impossible_date_is_no_reference_and_no_error()
    {
        var document = Analyze("The memo dated Feb. 31, 2018 said the talks would resume next month.", null);
        Assert.Equal("XXXX-XX", document.Find("next month").Value);
    }

    [Theory]
    [InlineData("The rock formed 5000000 days ago.", "5000000 days ago", "PAST_REF")]
    [InlineData("The light left the star 90000 years earlier.", "90000 years earlier", "PAST_REF")]
    public void Shifts_beyond_the_calendar_are_vague_not_errors(string text, string phrase, string value) =>
        Expect(text, "2018-10-23", phrase, "DATE", value);

    [Fact]
    public void Without_any_reference_an_expression_is_typed_but_unresolved()
    {
        var document = Analyze("Officials said on Tuesday that the talks would resume next month.", null);
        var tuesday = document.Find("Tuesday");
        var month = document.Find("next month");
        Assert.Equal(("DATE", "XXXX-WXX-2", null), (tuesday.Type, tuesday.Value, tuesday.Reference));
        Assert.Equal(("DATE", "XXXX-XX", null), (month.Type, month.Value, month.Reference));
    }
}
