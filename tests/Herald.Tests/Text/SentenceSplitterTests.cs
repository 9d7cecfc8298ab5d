using System.Runtime.InteropServices;
using Herald.Text;
using static Herald.Tests.Text.TextTestHelpers;

namespace Herald.Tests.Text;

public class SentenceSplitterTests
{
    private static void AssertSentences(string text, params string[] expected) => Assert.Equal(expected, Sentences(text));

    [Fact]
    public void Example_article_quote_stays_in_its_sentence()
    {
        AssertSentences(
            "Asked whether he and Putin would meet in Paris, Trump told reporters at the White House: \"We may.\"",
            "Asked whether he and Putin would meet in Paris, Trump told reporters at the White House: \"We may.\"");
    }

    [Fact]
    public void Example_article_split_quote_gives_three_sentences()
    {
        AssertSentences(
            "\"That's being discussed right now,\" Trump said. \"I think we probably will. It hasn't been set up yet, but it probably will be.\"",
            "\"That's being discussed right now,\" Trump said.",
            "\"I think we probably will.",
            "It hasn't been set up yet, but it probably will be.\"");
    }

    [Fact]
    public void Ends_at_period_question_and_exclamation_before_a_capital()
    {
        AssertSentences("Markets fell. Did they recover? Not yet! Traders waited.",
            "Markets fell.", "Did they recover?", "Not yet!", "Traders waited.");
    }

    [Fact]
    public void Does_not_end_before_a_lower_case_word()
    {
        AssertSentences("\"Why not?\" asked one trader. Yahoo! shares rose.",
            "\"Why not?\" asked one trader.", "Yahoo! shares rose.");
    }

    [Fact]
    public void Question_in_quotes_followed_by_speaker_and_verb_stays_together()
    {
        AssertSentences("\"Why now?\" Trump asked. He left.", "\"Why now?\" Trump asked.", "He left.");
    }

    [Fact]
    public void Ellipsis_ends_a_sentence_before_a_capital()
    {
        AssertSentences("The talks went on... Nobody left. He paused … and went on.",
            "The talks went on...", "Nobody left.", "He paused … and went on.");
    }

    [Fact]
    public void Opening_quote_or_bracket_starts_the_next_sentence()
    {
        AssertSentences("He agreed. \"It is done,\" he said. (Reporting by Jane Doe)",
            "He agreed.", "\"It is done,\" he said.", "(Reporting by Jane Doe)");
    }

    [Fact]
    public void Closing_bracket_after_the_period_stays_with_the_sentence()
    {
        AssertSentences("Shares rose. (The index fell.) Analysts were surprised.",
            "Shares rose.", "(The index fell.)", "Analysts were surprised.");
    }

    [Fact]
    public void Titles_before_names_and_months_before_numbers_do_not_end_sentences()
    {
        AssertSentences("Mr. Smith met Sen. McCain and Gov. Brown on Nov. 11 at St. Paul's. Dr. Jones, Prof. Lee and Gen. Ray came.",
            "Mr. Smith met Sen. McCain and Gov. Brown on Nov. 11 at St. Paul's.", "Dr. Jones, Prof. Lee and Gen. Ray came.");
    }

    [Fact]
    public void US_before_a_noun_is_not_a_boundary_but_before_a_sentence_starter_it_is()
    {
        AssertSentences("U.S. President Donald Trump spoke in the U.S. Senate. Troops stayed in the U.S. The next day they left.",
            "U.S. President Donald Trump spoke in the U.S. Senate.", "Troops stayed in the U.S.", "The next day they left.");
    }

    [Fact]
    public void Company_and_name_suffixes_end_a_sentence_only_before_a_starter()
    {
        AssertSentences("He joined Acme Inc. He left Beta Corp. Chief Executive Jane Roe stayed. Martin Luther King Jr. Day is a holiday.",
            "He joined Acme Inc.", "He left Beta Corp. Chief Executive Jane Roe stayed.", "Martin Luther King Jr. Day is a holiday.");
    }

    [Fact]
    public void Initials_inside_names_do_not_end_sentences()
    {
        AssertSentences("John F. Kennedy and J. K. Rowling met George W. Bush. They talked.",
            "John F. Kennedy and J. K. Rowling met George W. Bush.", "They talked.");
    }

    [Fact]
    public void Numbers_and_times_do_not_end_sentences()
    {
        AssertSentences("It rose 3.5 percent to $1,000.50 at 10:30 a.m. EST on Monday. At 5 p.m. Mr. Smith spoke.",
            "It rose 3.5 percent to $1,000.50 at 10:30 a.m. EST on Monday.", "At 5 p.m. Mr. Smith spoke.");
        AssertSentences("The vote was set for 9 a.m. The results came at 6 p.m. Officials said so.",
            "The vote was set for 9 a.m.", "The results came at 6 p.m.", "Officials said so.");
    }

    [Fact]
    public void Dateline_stays_in_the_first_sentence()
    {
        AssertSentences("WASHINGTON (Reuters) - U.S. President Donald Trump said on Sunday he may meet Putin. The Kremlin declined to comment.",
            "WASHINGTON (Reuters) - U.S. President Donald Trump said on Sunday he may meet Putin.", "The Kremlin declined to comment.");
        AssertSentences("LONDON, Nov. 11 (AP) —\nBritain said on Sunday it would act.",
            "LONDON, Nov. 11 (AP) —\nBritain said on Sunday it would act.");
    }

    [Fact]
    public void Abbreviation_before_a_bracketed_credit_does_not_end_the_sentence()
    {
        AssertSentences("ORANGEBURG, S.C. (Reuters) - Voters went to the polls. The count began.",
            "ORANGEBURG, S.C. (Reuters) - Voters went to the polls.", "The count began.");
    }

    [Fact]
    public void Line_ending_in_a_function_word_goes_on_with_the_next_line()
    {
        AssertSentences("Results exclude credits of 2,227,000 or four cts and\n4,841,000 or nine cts for 1986.\nNet rose",
            "Results exclude credits of 2,227,000 or four cts and\n4,841,000 or nine cts for 1986.", "Net rose");
    }

    [Fact]
    public void Blank_line_always_ends_a_sentence()
    {
        AssertSentences("Trump says he may meet Putin\n\nWASHINGTON (Reuters) - He said so, according to\n\nofficials",
            "Trump says he may meet Putin", "WASHINGTON (Reuters) - He said so, according to", "officials");
    }

    [Fact]
    public void Single_newline_ends_a_sentence_when_the_text_has_one_paragraph_per_line()
    {
        AssertSentences(
            "Trump says he may meet Putin in Paris\nWASHINGTON (Reuters) - U.S. President Donald Trump said he may meet Putin.\nThe Kremlin said no meeting was planned.\nOfficials in Paris gave no date",
            "Trump says he may meet Putin in Paris",
            "WASHINGTON (Reuters) - U.S. President Donald Trump said he may meet Putin.",
            "The Kremlin said no meeting was planned.",
            "Officials in Paris gave no date");
    }

    [Fact]
    public void Single_newline_is_a_space_in_hard_wrapped_text()
    {
        const string text =
            "BAHIA COCOA REVIEW\n" +
            "Showers continued throughout the week in the Bahia cocoa zone,\n" +
            "alleviating the drought since early January and improving\n" +
            "prospects for the coming temporao, although normal humidity\n" +
            "levels have not been restored, Comissaria Smith said in its\n" +
            "weekly review.\n" +
            "    The dry period means the temporao will be late this year.\n" +
            "    Arrivals for the week ended February 22 were 155,221 bags\n" +
            "of 60 kilos making a cumulative total for the season of 5.93\n" +
            "mln against 5.81 at the same stage last year. Again it seems\n" +
            "that cocoa delivered earlier on consignment was included in the\n" +
            "arrivals figures.\n" +
            " Reuter\n";
        AssertSentences(text,
            "BAHIA COCOA REVIEW",
            "Showers continued throughout the week in the Bahia cocoa zone,\nalleviating the drought since early January and improving\nprospects for the coming temporao, although normal humidity\nlevels have not been restored, Comissaria Smith said in its\nweekly review.",
            "The dry period means the temporao will be late this year.",
            "Arrivals for the week ended February 22 were 155,221 bags\nof 60 kilos making a cumulative total for the season of 5.93\nmln against 5.81 at the same stage last year.",
            "Again it seems\nthat cocoa delivered earlier on consignment was included in the\narrivals figures.",
            "Reuter");
    }

    [Fact]
    public void Hard_wrapped_text_with_windows_line_ends_and_a_short_title_line()
    {
        const string text =
            "Cocoa exports fall sharply\r\n" +
            "Exports of cocoa from the main producing regions fell in the\r\n" +
            "first quarter as dealers held back supplies while waiting for\r\n" +
            "better prices, traders in the port city said on Tuesday, and\r\n" +
            "they expect the trend to continue.\r\n";
        AssertSentences(text,
            "Cocoa exports fall sharply",
            "Exports of cocoa from the main producing regions fell in the\r\nfirst quarter as dealers held back supplies while waiting for\r\nbetter prices, traders in the port city said on Tuesday, and\r\nthey expect the trend to continue.");
    }

    [Fact]
    public void Capitals_headline_on_its_own_line_is_its_own_sentence()
    {
        AssertSentences("U.S. CROP OUTLOOK IMPROVES\nFarmers expect a bigger harvest this year.",
            "U.S. CROP OUTLOOK IMPROVES", "Farmers expect a bigger harvest this year.");
    }

    [Fact]
    public void Bullets_and_numbered_lines_are_their_own_sentences()
    {
        AssertSentences("Key points:\n- Talks planned for Nov. 11\n- No agenda yet\n• Kremlin silent\n1. First point\n2) Second point",
            "Key points:", "- Talks planned for Nov. 11", "- No agenda yet", "• Kremlin silent", "1. First point", "2) Second point");
    }

    [Fact]
    public void Inline_enumeration_is_split_at_each_label()
    {
        AssertSentences("1. The first item 2. The second item", "1. The first item", "2. The second item");
        AssertSentences("a) rates rise b) prices fall", "a) rates rise", "b) prices fall");
    }

    [Fact]
    public void A_lone_number_with_a_period_is_not_a_list_label()
    {
        AssertSentences("The score was 2. The team lost.", "The score was 2.", "The team lost.");
    }

    [Fact]
    public void Web_addresses_and_emails_do_not_end_sentences()
    {
        AssertSentences("Read more at www.reuters.com. Contact desk@example.com. Or call.",
            "Read more at www.reuters.com.", "Contact desk@example.com.", "Or call.");
    }

    [Fact]
    public void Appends_starts_and_gives_nothing_for_no_tokens()
    {
        var starts = new List<int> { 42 };
        SentenceSplitter.Default.Split("   ", ReadOnlySpan<TokenSpan>.Empty, starts);
        Assert.Equal([42], starts);

        const string text = "One. Two.";
        var spans = Spans(text);
        SentenceSplitter.Default.Split(text, CollectionsMarshal.AsSpan(spans), starts);
        Assert.Equal([42, 0, 2], starts);
    }

    [Fact]
    public void Is_thread_safe_when_shared()
    {
        const string text = "Mr. Smith went to Washington. He met Sen. Jones in the U.S. Capitol. They agreed.\n\nNext paragraph here";
        var expected = Sentences(text);
        Parallel.For(0, 200, _ => Assert.Equal(expected, Sentences(text)));
        Assert.Equal(4, expected.Length);
    }
}
