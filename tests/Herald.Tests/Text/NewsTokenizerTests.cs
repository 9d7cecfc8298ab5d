using static Herald.Tests.Text.TextTestHelpers;

namespace Herald.Tests.Text;

public class NewsTokenizerTests
{
    /// <summary>Expected tokens are written separated by single spaces (tokens never hold whitespace).</summary>
    private static void AssertTokens(string text, string expected) =>
        Assert.Equal(expected.Split(' '), Tokens(text));

    [Theory]
    [InlineData("Officials met on Monday, then left.", "Officials met on Monday , then left .")]
    [InlineData("Why? Because (he said) it's late; really: no!", "Why ? Because ( he said ) it 's late ; really : no !")]
    [InlineData("[Reuters] {draft}", "[ Reuters ] { draft }")]
    public void Splits_punctuation_off_words(string text, string expected) => AssertTokens(text, expected);

    [Theory]
    [InlineData("The U.S. and the U.K. agreed.", "The U.S. and the U.K. agreed .")]
    [InlineData("Sen. McCain and Gov. Brown met Mr. Smith and Dr. Jones.", "Sen. McCain and Gov. Brown met Mr. Smith and Dr. Jones .")]
    [InlineData("On Nov. 11 and Jan. 3 at 10 a.m. and 5 p.m. local time", "On Nov. 11 and Jan. 3 at 10 a.m. and 5 p.m. local time")]
    [InlineData("Acme Corp. and Beta Inc. on Main St. in St. Louis", "Acme Corp. and Beta Inc. on Main St. in St. Louis")]
    [InlineData("Martin Luther King Jr. spoke, e.g. here, i.e. there.", "Martin Luther King Jr. spoke , e.g. here , i.e. there .")]
    [InlineData("Sen. Bob Corker, R-Tenn., said", "Sen. Bob Corker , R - Tenn. , said")]
    public void Keeps_abbreviations_whole(string text, string expected) => AssertTokens(text, expected);

    // UD English (EWT and GUM) writes a sentence-final abbreviation without its period, which becomes the
    // sentence's own: "U.S" "." (about four times out of five in EWT and GUM train).
    [Fact]
    public void Splits_the_period_of_an_abbreviation_that_ends_a_sentence_like_UD()
    {
        AssertTokens("Troops are coming home to the U.S.", "Troops are coming home to the U.S .");
        AssertTokens("He lives in the U.S. The rest moved.", "He lives in the U.S . The rest moved .");
        AssertTokens("It is because of X. So I left.", "It is because of X . So I left .");
        AssertTokens("food, drinks etc.\n\nNext", "food , drinks etc . Next");
        AssertTokens("at 5 p.m. \"We left", "at 5 p . m . \" We left".Replace("p . m .", "p.m .", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_the_period_of_an_abbreviation_inside_a_sentence()
    {
        AssertTokens("The U.S. President met Mr. Smith.", "The U.S. President met Mr. Smith .");
        AssertTokens("Bush nominated A. Noel Kramer and J. K. Rowling", "Bush nominated A. Noel Kramer and J. K. Rowling");
        AssertTokens("the U.S.-led plan", "the U.S. - led plan");
    }

    [Fact]
    public void Does_not_take_a_period_that_is_not_an_abbreviation()
    {
        AssertTokens("He said no. The SEC. NATO. Shares rose 5.", "He said no . The SEC . NATO . Shares rose 5 .");
        AssertTokens("It was the state of the art.", "It was the state of the art .");
    }

    [Theory]
    [InlineData("John F. Kennedy", "John F. Kennedy")]
    [InlineData("J.K. Rowling and J. K. Rowling", "J.K. Rowling and J. K. Rowling")]
    public void Keeps_initials(string text, string expected) => AssertTokens(text, expected);

    [Theory]
    [InlineData("See https://www.reuters.com/world/us-summit-2018?id=5&x=(a). Then", "See https://www.reuters.com/world/us-summit-2018?id=5&x=(a) . Then")]
    [InlineData("(http://example.com/a_b), www.bbc.co.uk/news.", "( http://example.com/a_b ) , www.bbc.co.uk/news .")]
    [InlineData("Write to jane.doe@example.com.", "Write to jane.doe@example.com .")]
    [InlineData("@realDonaldTrump posted #MeToo and #Brexit2019!", "@realDonaldTrump posted #MeToo and #Brexit2019 !")]
    public void Keeps_urls_emails_handles_and_hashtags(string text, string expected) => AssertTokens(text, expected);

    [Theory]
    [InlineData("1,000.5 units, 3.5 times, on 2018-11-11 at 10:30, in the 1990s, 1/2 of them",
        "1,000.5 units , 3.5 times , on 2018-11-11 at 10:30 , in the 1990s , 1/2 of them")]
    [InlineData("a 3-2 win, 24/7, .5 points", "a 3 - 2 win , 24/7 , .5 points")]
    [InlineData("He cost $2, rose 5% and paid £600m ($1.13bn).", "He cost $ 2 , rose 5 % and paid £ 600 m ( $ 1.13 bn ) .")]
    [InlineData("at 10am on the 10th, in the 1990s, 375mm", "at 10 am on the 10th , in the 1990s , 375 mm")]
    [InlineData("call +1 212-848-8400 or 853-3242 on 12/25/2001, 1998-2001", "call +1 212-848-8400 or 853-3242 on 12/25/2001 , 1998 - 2001")]
    [InlineData("€40 and ¥100", "€ 40 and ¥ 100")]
    public void Handles_numbers_and_currency(string text, string expected) => AssertTokens(text, expected);

    [Theory]
    [InlineData("hasn't", "has n't")]
    [InlineData("don't", "do n't")]
    [InlineData("can't", "ca n't")]
    [InlineData("won't", "wo n't")]
    [InlineData("cannot", "can not")]
    [InlineData("I'm", "I 'm")]
    [InlineData("they're", "they 're")]
    [InlineData("we've", "we 've")]
    [InlineData("he'll", "he 'll")]
    [InlineData("she'd", "she 'd")]
    [InlineData("Trump's", "Trump 's")]
    [InlineData("presidents'", "presidents '")]
    [InlineData("gonna", "gon na")]
    [InlineData("gotta", "got ta")]
    [InlineData("wouldn't've", "would n't 've")]
    [InlineData("Don’t", "Do n’t")]
    [InlineData("Trump’s", "Trump ’s")]
    [InlineData("they’re", "they ’re")]
    [InlineData("DON'T", "DO N'T")]
    [InlineData("JFK Jr.'s", "JFK Jr. 's")]
    public void Splits_contractions_and_possessives_like_UD(string text, string expected) => AssertTokens(text, expected);

    [Fact]
    public void Separates_quotes_but_keeps_apostrophes_inside_words()
    {
        AssertTokens("\"We may,\" O'Brien said.", "\" We may , \" O'Brien said .");
        AssertTokens("“Odd,” said ‘Jo’ of rock'n'roll fame.", "“ Odd , ” said ‘ Jo ’ of rock'n'roll fame .");
        AssertTokens("'This is great.' The '90s", "' This is great . ' The '90s");
        AssertTokens("the voters’ choice", "the voters ’ choice");
    }

    // UD English splits hyphenated compounds ("well - known", "al - Qaeda", "15 - year") but keeps prefixes
    // whole ("post-summit", "e-mail", "non-profit"); EWT and GUM train agree.
    [Fact]
    public void Keeps_ellipses_and_dashes_and_splits_hyphenated_words_like_UD()
    {
        AssertTokens("Wait... what… no.... Yes", "Wait ... what … no .... Yes");
        AssertTokens("a post-summit -- well-known — U.S.-led plan", "a post-summit -- well - known — U.S. - led plan");
        AssertTokens("in 2010–2015, self-driving", "in 2010 – 2015 , self - driving");
        AssertTokens("a 15-year term for al-Qaeda's daughter-in-law", "a 15 - year term for al - Qaeda 's daughter - in - law");
        AssertTokens("e-mail the non-profit co-founder, re-elected", "e-mail the non-profit co-founder , re-elected");
    }

    [Fact]
    public void Splits_slashes_between_words_but_not_in_numbers_or_short_forms()
    {
        AssertTokens("and/or the Google-Mozilla/Firefox deal", "and / or the Google - Mozilla / Firefox deal");
        AssertTokens("1/2 of 9/11, b/c w/o it, good luck w/ it", "1/2 of 9/11 , b/c w/o it , good luck w/ it");
    }

    [Fact]
    public void Keeps_e_mail_addresses_whole_even_hidden_or_hyphenated()
    {
        AssertTokens("Email: franz371...@gmail.com or john-doe@my-site.co.uk.", "Email : franz371...@gmail.com or john-doe@my-site.co.uk .");
        AssertTokens("last name plus @paulhastings.com.", "last name plus @paulhastings.com .");
    }

    [Fact]
    public void Question_and_exclamation_runs_are_one_token()
    {
        AssertTokens("Really?! Wow!!! Who??", "Really ?! Wow !!! Who ??");
        AssertTokens("Word format.? an ipod??. on 17th!. help pls..?", "Word format .? an ipod ??. on 17th !. help pls ..?");
    }

    [Fact]
    public void Symbol_runs_and_emoticons_are_one_token()
    {
        AssertTokens("*** NOTICE ==== $$$ << File >> :-) great :) ok", "*** NOTICE ==== $$$ << File >> :-) great :) ok");
        AssertTokens("Note:(a) ratio 3:1 at 10:30", "Note : ( a ) ratio 3:1 at 10:30");
    }

    [Fact]
    public void Abbreviation_before_a_second_period_or_an_ellipsis()
    {
        AssertTokens("CCNG, Inc.. Next", "CCNG , Inc. . Next");
        AssertTokens("fish, birds, etc... and more", "fish , birds , etc ... and more");
    }

    [Fact]
    public void Skips_invisible_separators_and_keeps_emoji_whole()
    {
        AssertTokens("\uFEFFHello\u200Bworld 👍🏽!", "Hello world 👍🏽 !");
    }

    [Fact]
    public void Offsets_are_relative_to_the_span_given()
    {
        const string text = "xx Mr. Smith's";
        var spans = new List<Herald.Text.TokenSpan>();
        Herald.Text.NewsTokenizer.Default.Tokenize(text.AsSpan(3), spans);
        Assert.Equal([new(0, 3), new(4, 5), new(9, 2)], spans);
    }

    [Fact]
    public void Appends_to_the_list_without_clearing_it()
    {
        var spans = new List<Herald.Text.TokenSpan> { new(100, 1) };
        Herald.Text.NewsTokenizer.Default.Tokenize("a b", spans);
        Assert.Equal(3, spans.Count);
        Assert.Equal(new Herald.Text.TokenSpan(100, 1), spans[0]);
    }

    public static TheoryData<string> PropertyTexts() =>
    [
        "",
        "   \n\t ",
        "Asked whether he and Putin would meet in Paris, Trump told reporters at the White House: \"We may.\"",
        "WASHINGTON (Reuters) - U.S. President Donald Trump's aides\r\nsaid on Nov. 11 they can't... \"won't\" go—today–now?!",
        "Prices: $1.13bn, £600m, 5%, 1,000.5, 2018-11-11, 10:30, 1/2, '90s, rock'n'roll, e.g., U.S.-led, Jr.'s",
        "http://x.y/z(a)b. www.a.b, jane.doe@example.com. @h_1 #t_2 # @ & ... . . . …… ---",
        "'\"‘’“”«»''\"\" ' ’ '' ’’ 's 'll n't . .. ",
        "😀👍🏽👨‍👩‍👧 \uD800 x\uDC00 \u00AD\u200D\u0301é naïve café Ωμέγα Москва 東京",
        "\u2028line\u2029para\u0085next\u00A0nbsp\u3000ideographic",
        "End with abbreviation Inc.",
        "'",
        "a",
        ".",
        "\"",
    ];

    [Theory]
    [MemberData(nameof(PropertyTexts))]
    public void Tokens_are_ordered_non_overlapping_non_empty_and_cover_all_visible_chars(string text) =>
        TokenInvariants.AssertHold(text);

    [Fact]
    public void Token_invariants_hold_on_random_text()
    {
        const string alphabet = "aB1 .,;:!?'\"’‘“”()[]-–—…$%£@#&/\n\r\t_eé°0AZ’sn'tU.S.";
        var random = new Random(20181111);
        var buffer = new char[80];
        for (var r = 0; r < 2000; r++)
        {
            var length = random.Next(buffer.Length);
            for (var i = 0; i < length; i++) buffer[i] = alphabet[random.Next(alphabet.Length)];
            TokenInvariants.AssertHold(new string(buffer, 0, length));
        }
    }
}

internal static class TokenInvariants
{
    private static bool Ignorable(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u2060';

    public static void AssertHold(string text)
    {
        var spans = TextTestHelpers.Spans(text);
        var covered = new bool[text.Length];
        var previousEnd = 0;
        foreach (var t in spans)
        {
            Assert.True(t.Length > 0, $"empty token at {t.Start} in {text}");
            Assert.True(t.Start >= previousEnd, $"token at {t.Start} overlaps or is out of order in {text}");
            Assert.True(t.End <= text.Length, $"token at {t.Start} runs past the end in {text}");
            for (var i = t.Start; i < t.End; i++)
            {
                Assert.False(Ignorable(text[i]), $"whitespace inside token at {t.Start} in {text}");
                covered[i] = true;
            }
            previousEnd = t.End;
        }
        for (var i = 0; i < text.Length; i++)
            Assert.True(covered[i] || Ignorable(text[i]), $"char {(int)text[i]:X4} at {i} not covered in {text}");

        // The splitter over these tokens: increasing starts, first 0, no empty sentence.
        var starts = new List<int>();
        Herald.Text.SentenceSplitter.Default.Split(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(spans), starts);
        if (spans.Count == 0)
        {
            Assert.Empty(starts);
            return;
        }
        Assert.Equal(0, starts[0]);
        for (var s = 1; s < starts.Count; s++)
            Assert.True(starts[s] > starts[s - 1] && starts[s] < spans.Count, $"bad sentence start {starts[s]} in {text}");
    }
}
