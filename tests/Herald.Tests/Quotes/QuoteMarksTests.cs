using Herald.Quotes;

namespace Herald.Tests.Quotes;

/// <summary>Quotation marks as newspapers type them.</summary>
public sealed class QuoteMarksTests
{
    private static List<string> Quotes(string text) => QuoteMarks.Find(text).Select(q => text[q.Start..q.End]).ToList();

    [Fact]
    public void Two_apostrophes_stand_for_a_double_quotation_mark()
    {
        const string text = "''The port stays open,'' said Ines Moreau. She added, ''We will not close it.''";
        Assert.Equal(["''The port stays open,''", "''We will not close it.''"], Quotes(text));
    }

    [Fact]
    public void Two_backquotes_open_a_quote_that_two_apostrophes_close()
    {
        const string text = "He called it ``a fair deal'' on Monday.";
        Assert.Equal(["``a fair deal''"], Quotes(text));
    }

    [Fact]
    public void A_single_apostrophe_is_no_quotation_mark()
    {
        const string text = "The mayor's plan, 'phase two', starts in May.";
        Assert.Empty(Quotes(text));
    }

    [Theory]
    [InlineData("''We will not close it,''", true)]
    [InlineData("\u201CWe will\u201D", true)]
    [InlineData("the mayor's plan, 'phase two'", false)]
    public void Holds_tells_whether_a_span_has_a_double_mark(string text, bool holds) =>
        Assert.Equal(holds, QuoteMarks.Holds(text));
}
