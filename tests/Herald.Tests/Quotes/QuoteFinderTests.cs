using Herald.Documents;
using Herald.Tests.Support;

namespace Herald.Tests.Quotes;

/// <summary>Quote patterns of news, run through the default pipeline (parser and entities included).</summary>
public sealed class QuoteFinderTests
{
    private static Document Analyze(string text) => DefaultEngine.Analyze(text);

    private static string Content(Document d, Quote q) => d.Text[q.ContentStart..q.ContentEnd];

    private static string? Speaker(Document d, Quote q) => q.SpeakerEntity is { } e ? d.Entities[e].Name : null;

    private static Quote Single(Document d, Func<Quote, bool> which) => Assert.Single(d.Quotes, q => which(q));

    [Fact]
    public void Straight_quotes_with_the_speaker_after()
    {
        var d = Analyze("\"We will not give up the port,\" Maria Lopez said on Monday.");
        var q = Single(d, q => q.Direct);
        Assert.Equal("\"We will not give up the port,\"", Content(d, q));
        Assert.Equal("Maria Lopez", Speaker(d, q));
        Assert.Equal("said", d.Text[q.CueStart..q.CueEnd]);
    }

    [Fact]
    public void Curly_quotes_after_a_colon()
    {
        var d = Analyze("Prime Minister Jonas Berg told reporters in Oslo: \u201CThe talks are over.\u201D");
        var q = Single(d, q => q.Direct);
        Assert.Equal("\u201CThe talks are over.\u201D", Content(d, q));
        Assert.Equal("Jonas Berg", Speaker(d, q));
    }

    [Fact]
    public void A_quote_split_around_its_attribution_is_one_quote()
    {
        var d = Analyze("\"The budget is ready,\" Anna Weber said. \"We will publish it next week. Nobody should be surprised.\"");
        var q = Single(d, q => q.Direct);
        Assert.Equal(2, q.Parts!.Count);
        Assert.StartsWith("\"The budget", Content(d, q), StringComparison.Ordinal);
        Assert.EndsWith("surprised.\"", Content(d, q), StringComparison.Ordinal);
        Assert.Equal("Anna Weber", Speaker(d, q));
    }

    [Fact]
    public void A_quote_over_several_paragraphs_closes_only_at_the_end()
    {
        var d = Analyze("Mayor Tom Hardy said the bridge would reopen.\n\n\u201CWe have checked every cable.\n\n\u201CAnd we have replaced the ones that failed,\u201D Hardy said.");
        var q = Single(d, q => q.Direct);
        Assert.StartsWith("\u201CWe have checked", Content(d, q), StringComparison.Ordinal);
        Assert.EndsWith("failed,\u201D", Content(d, q), StringComparison.Ordinal);
        Assert.EndsWith("Hardy", Speaker(d, q), StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_quote_inside_a_sentence()
    {
        var d = Analyze("Senator Paul Grant described the plan as \"a reckless gamble with public money\" on Friday.");
        var q = Single(d, q => q.Direct);
        Assert.Equal("\"a reckless gamble with public money\"", Content(d, q));
        Assert.Equal("Paul Grant", Speaker(d, q));
    }

    [Fact]
    public void Reported_speech_with_said_that()
    {
        var d = Analyze("Finance Minister Laura Chen said that the deficit would shrink next year.");
        var q = Single(d, q => !q.Direct);
        Assert.Equal("that the deficit would shrink next year", Content(d, q));
        Assert.Equal("Laura Chen", Speaker(d, q));
    }

    [Fact]
    public void According_to_a_named_source()
    {
        var d = Analyze("The two leaders will meet in Geneva in March, according to Kremlin aide Yuri Ushakov.");
        var q = Single(d, q => !q.Direct);
        Assert.Equal("The two leaders will meet in Geneva in March", Content(d, q));
        Assert.Equal("according to", d.Text[q.CueStart..q.CueEnd]);
        Assert.Equal("Yuri Ushakov", Speaker(d, q));
    }

    [Fact]
    public void A_speaker_set_off_by_a_participle_clause()
    {
        var d = Analyze("John Bolton, speaking to reporters after the talks, said the president wanted a second meeting.");
        var q = Single(d, q => !q.Direct);
        Assert.Equal("the president wanted a second meeting", Content(d, q));
        Assert.Equal("John Bolton", Speaker(d, q));
    }

    [Fact]
    public void Vague_sources_stay_unresolved()
    {
        var d = Analyze("Officials said the border would stay closed.");
        var q = Single(d, q => !q.Direct);
        Assert.Null(q.SpeakerEntity);
        Assert.False(q.Resolved);
        Assert.Equal("Officials", q.Source);
    }

    [Fact]
    public void A_pronoun_resolves_to_the_person_named_before()
    {
        var d = Analyze("Peter Novak arrived in Prague on Monday. He told reporters that the deal was close.");
        var q = Single(d, q => !q.Direct);
        Assert.Equal("He", q.Source);
        Assert.Equal("Peter Novak", Speaker(d, q));
        Assert.True(q.Resolved);
    }

    [Fact]
    public void A_pronoun_after_a_quote_skips_the_people_the_quote_names()
    {
        var d = Analyze("Lawyer Neal Katyal filed the motion on Monday. \"The order that Donald Trump signed is unlawful,\" he said.");
        var q = Single(d, q => Content(d, q).Contains("The order", StringComparison.Ordinal));
        Assert.Equal("Neal Katyal", Speaker(d, q));
    }

    [Fact]
    public void Scare_quotes_are_not_quotes()
    {
        var d = Analyze("The agency was labelled an \"undesirable\" organisation last year.");
        Assert.DoesNotContain(d.Quotes, q => q.Direct);
    }

    [Fact]
    public void A_relative_clause_speaker_is_the_noun_it_modifies()
    {
        var d = Analyze("Governor Ellen Park, who took office in January, said \"the budget is broken beyond repair.\"");
        var q = Single(d, q => q.Direct);
        Assert.Equal("Ellen Park", Speaker(d, q));
    }

    [Theory]
    [InlineData("The plan drew fire from Senator Ellen Park, who said on Monday that the port would never pay for itself.", "that the port would never pay for itself", "Ellen Park")]
    [InlineData("The leak angered Jonas Berg, who told reporters the budget was \u201Ca fiction from start to finish.\u201D", "\u201Ca fiction from start to finish.\u201D", "Jonas Berg")]
    public void A_relative_pronoun_is_the_source_as_written_and_its_noun_the_speaker(string text, string content, string speaker)
    {
        var d = Analyze(text);
        var q = Single(d, q => Content(d, q).Contains(content, StringComparison.Ordinal));
        Assert.Equal("who", q.Source);
        Assert.True(q.Resolved);
        Assert.Equal(speaker, Speaker(d, q));
    }

    [Fact]
    public void An_opening_mark_typed_as_a_closing_one_still_closes_the_quote()
    {
        var d = Analyze("\u201CWe are ready for the vote,\u201C said Carl Jensen, the party leader.");
        var q = Single(d, q => q.Direct);
        Assert.Equal("\u201CWe are ready for the vote,\u201C", Content(d, q));
        Assert.Equal("Carl Jensen", Speaker(d, q));
    }

    [Fact]
    public void Reported_speech_before_an_inverted_attribution()
    {
        var d = Analyze("The harbour will reopen before the summer, said Lena Berg, the port director.");
        var q = Single(d, q => !q.Direct);
        Assert.Equal("The harbour will reopen before the summer", Content(d, q));
        Assert.Equal("Lena Berg", Speaker(d, q));
    }

    [Fact]
    public void The_source_of_a_direct_quote_is_never_inside_it()
    {
        var d = Analyze("\u201CThe governor has always been about ambition, and it is a mistake to ignore it,\u201D said a Vermont Democrat.");
        var q = Single(d, q => q.Direct);
        Assert.Equal("a Vermont Democrat", q.Source);
        Assert.True(q.SourceStart > q.CueStart);
    }

    [Fact]
    public void A_line_opened_by_a_name_and_a_colon_is_that_name_speaking()
    {
        var d = Analyze("Merkel: Europe must defend its borders together\nThe chancellor spoke in Berlin on Monday.");
        var q = Single(d, q => q.CueStart >= 0 && d.Text[q.CueStart..q.CueEnd] == ":");
        Assert.Equal("Europe must defend its borders together", Content(d, q));
        Assert.Equal("Merkel", q.Source);
    }

    [Fact]
    public void A_poll_reports_the_clause_it_is_attached_to()
    {
        var d = Analyze("The senator leads his rival by six points in the latest Gallup poll.");
        var q = Single(d, q => !q.Direct);
        Assert.Equal("The senator leads his rival by six points", Content(d, q));
        Assert.Equal("the latest Gallup poll", q.Source);
    }

    [Theory]
    [InlineData("The hall went quiet. \u201CThere is real energy in every district this year,\u201D Rep. Carla Nunez (D-Ore.) said. The rally ended.", "Rep. Carla Nunez")]
    [InlineData("Voters were split. \u201CHe is a nice man, but I think it is all pie in the sky,\u201D said Ruth Gold, 83, of Tampa, Florida.", "Ruth Gold")]
    [InlineData("Soon after the flood, Mayor Ann Kerr asserted that the town had changed: \u201CThis is no longer our town,\u201D she claimed.", "she")]
    [InlineData("The count was nearly over. \u201CThere will be no path left for the challenger,\u201D said one of those advisers, who spoke on condition of anonymity.", "one of those advisers")]
    [InlineData("Money came in fast. \u201CWe are on pace to beat our goal,\u201D Dan Rowe, the campaign manager, said in a statement.", "Dan Rowe")]
    public void The_attribution_right_after_a_quote_that_closes_on_a_comma_gives_its_source(string text, string source)
    {
        var d = Analyze(text);
        var q = Single(d, q => q.Direct);
        Assert.Equal(source, q.Source);
    }

    [Fact]
    public void A_quote_after_a_colon_belongs_to_the_subject_of_the_clause_before_it()
    {
        var d = Analyze("The debate turned sharp. Governor Lena Holt took the moderators to task:  \u201CThese questions show why nobody trusts the press. Everyone at home knows it.\u201D");
        var q = Single(d, q => q.Direct);
        Assert.Equal("Governor Lena Holt", q.Source);
    }

    [Fact]
    public void According_to_gives_the_source_of_a_direct_quote()
    {
        var d = Analyze("According to the Daily Ledger, \u201Cthe new port will cost twice as much as the old one and take longer to build.\u201D");
        var q = Single(d, q => q.Direct);
        Assert.Equal("the Daily Ledger", q.Source);
    }

    [Fact]
    public void A_quote_typed_with_two_apostrophes_is_a_direct_quote()
    {
        var d = Analyze("''Some farms are adapting, others are not,'' said Paul Okafor, a lawyer in Leeds.");
        var q = Single(d, q => q.Direct);
        Assert.Equal("''Some farms are adapting, others are not,''", Content(d, q));
        Assert.Equal("Paul Okafor", q.Source);
    }

    [Fact]
    public void Both_halves_of_a_quote_in_two_apostrophes_around_said_go_to_the_speaker()
    {
        var d = Analyze("''The rent is far too high,'' said Mr. Varga, who moved here in 2010. ''Nobody on this street can pay it anymore.''");
        var direct = d.Quotes.Where(q => q.Direct).ToList();
        Assert.NotEmpty(direct);
        Assert.All(direct, q => Assert.Equal("Mr. Varga", q.Source));
    }

    [Fact]
    public void The_name_right_before_the_cue_verb_gives_the_source_of_a_quoted_word()
    {
        var d = Analyze("In a letter filed in court on Monday, agency counsel Peter Lund said the inquiry is \u201Cstill open.\u201D");
        var q = Single(d, q => q.Direct);
        Assert.Equal("agency counsel Peter Lund", q.Source);
    }

    [Fact]
    public void The_noun_phrase_right_before_the_cue_verb_is_its_subject()
    {
        var d = Analyze("The unease was underscored Wednesday when House Speaker Alan Reed of Ohio lamented the \"disheartened\" mood of the race.");
        var q = Single(d, q => q.Direct);
        Assert.Equal("House Speaker Alan Reed of Ohio", q.Source);
    }

    [Theory]
    [InlineData("Mark Dale said he would advise the mayor on \"the risks that nobody wants to name.\"", "Mark Dale", "said")] // a partial quote in reported speech
    [InlineData("Rita Kale said that this week she had begun to expose the record of the mayor, whom she called \"a danger to this city and its budget.\"", "Rita Kale", "said")] // a quote deep in reported speech
    [InlineData("Pete Sand, a consultant whose firm was hired by the Kerr campaign, said he would be \"shocked\" by a loss.", "Pete Sand", "said")] // the name that opens the sentence, before a clause set off by commas
    [InlineData("The talks stalled. Ron Pribe later Thursday told Channel 4: \"Both leaders are meeting next week to talk about these things.\"", "Ron Pribe", "told")] // a time is not the subject
    [InlineData("Rita Kale on Wednesday called the plan \"a costly and reckless mistake.\"", "Rita Kale", "called")] // a day is not a speaker
    [InlineData("Voters were split. \"The deal is done and nobody can undo it,\" Dan Viguerie concludes.", "Dan Viguerie", "concludes")] // a verb tagged as a plural noun
    [InlineData("The crowd booed. \"Go back to your seat and stay there,\" Lena Ortiz snorted.", "Lena Ortiz", "snorted")] // any verb right after the quote's speaker
    [InlineData("The crowd booed. \"Go back to your seat and stay there,\" snorted the chairman.", "the chairman", "snorted")]
    [InlineData("The mood was grim. \"We lost this one on our own,\" the senator confessed to reporters.", "the senator", "confessed")]
    public void The_speaker_and_cue_of_a_direct_quote(string text, string source, string cue)
    {
        var d = Analyze(text);
        var q = Single(d, q => q.Direct);
        Assert.Equal(source, q.Source);
        Assert.Equal(cue, d.Text[q.CueStart..q.CueEnd]);
    }

    [Fact]
    public void No_second_attribution_starts_inside_the_reported_clause_around_a_partial_quote()
    {
        var d = Analyze("Paul Ryan said he was \"not ready\" to support the nominee's campaign.");
        var q = Assert.Single(d.Quotes);
        Assert.True(q.Direct);
        Assert.Equal("Paul Ryan", q.Source);
    }

    [Fact]
    public void A_phrase_set_off_by_commas_after_the_subject_is_not_the_speaker_even_where_the_parse_makes_it_a_second_subject()
    {
        var d = Analyze("The demonstrators, many of them motorcycle taxi drivers, gathered outside parliament in the morning and demanded that lawmakers repeal the tax before it takes effect on April 1.");
        var q = Single(d, q => !q.Direct);
        Assert.Equal("The demonstrators", q.Source);
    }

    [Theory]
    [InlineData("Mayor Ann Kerr decried the new tax as a heavy burden.", "decried", "the new tax as a heavy burden")]
    [InlineData("Senator Paul Grant disputed that the port would ever pay for itself.", "disputed", "that the port would ever pay for itself")]
    [InlineData("Investigators learned that the money had left the country in March.", "learned", "that the money had left the country in March")]
    public void Verbs_of_judging_and_learning_report_what_follows_them(string text, string cue, string content)
    {
        var d = Analyze(text);
        var q = Single(d, q => !q.Direct);
        Assert.Equal(cue, d.Text[q.CueStart..q.CueEnd]);
        Assert.Equal(content, Content(d, q));
    }

    [Fact]
    public void A_quote_without_a_cue_after_reported_speech_goes_to_its_speaker()
    {
        var d = Analyze("Nora Lind said the harbour plan was dead. \"Nobody in this town wants it anymore, and nobody will pay for it.\"");
        var q = Single(d, q => q.Direct);
        Assert.Equal("Nora Lind", q.Source);
    }

    [Theory]
    [InlineData("Mark Dale said the race was close. Lena Holt also made the point that the town \"cannot keep borrowing against its future\" this year.", "Lena Holt")]
    [InlineData("\u201CWe will win,\u201D Mark Dale said. The crowd at the fairground loudly reprised the old chant \u201Csend them all home now\u201D before the rally.", "The crowd at the fairground")]
    public void A_partial_quote_without_a_cue_verb_belongs_to_the_subject_of_its_clause(string text, string source)
    {
        var d = Analyze(text);
        var q = Single(d, q => q.Direct && q.ContentStart > d.Text.IndexOf('.', StringComparison.Ordinal));
        Assert.Equal(source, q.Source);
    }

    [Fact]
    public void A_quote_that_opens_its_sentence_goes_to_the_last_speaker_not_to_the_clause_before_it()
    {
        var d = Analyze("\u201CWe will hold the line,\u201D said Ann Kerr, who runs the county party. \u201CNobody here is ready to give up on this race.\u201D");
        Assert.All(d.Quotes.Where(q => q.Direct), q => Assert.Equal("Ann Kerr", q.Source));
    }

    [Theory]
    [InlineData("\"We will not back down,\" said Monday the leader of the opposition.", "Monday")]
    [InlineData("\"The talks failed,\" announced Friday a spokesman for the ministry.", "Friday")]
    public void A_day_the_parse_makes_the_subject_of_the_cue_verb_is_not_the_speaker(string text, string day)
    {
        var d = Analyze(text);
        var q = Single(d, q => q.Direct);
        Assert.DoesNotContain(day, q.Source ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void An_inverted_speaker_after_a_day_is_the_speaker()
    {
        var d = Analyze("\"We will not back down,\" said Monday the leader of the opposition.");
        Assert.Equal("the leader of the opposition", Single(d, q => q.Direct).Source);
    }

    [Fact]
    public void A_day_after_the_cue_verb_is_not_the_speaker()
    {
        var d = Analyze("\"I am getting ready to rent a covered wagon,\" said Tuesday at a college in Berea the governor of Ohio.");
        var q = Single(d, q => q.Direct);
        Assert.Equal("said", d.Text[q.CueStart..q.CueEnd]);
        Assert.DoesNotContain("Tuesday", q.Source ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_participle_of_saying_after_a_comma_reports_for_the_subject_of_the_sentence()
    {
        var d = Analyze("The Lane campaign responded Friday, saying donors had paid for the ads.");
        var q = Single(d, q => Content(d, q) == "donors had paid for the ads");
        Assert.Equal("The Lane campaign", q.Source);
        Assert.DoesNotContain(d.Quotes, q => Content(d, q) == "Friday");
    }

    [Theory]
    [InlineData("The Ortega campaign answered on Sunday, saying volunteers had printed the flyers.", "volunteers had printed the flyers", "The Ortega campaign")]
    [InlineData("The ministry replied late Tuesday, adding that the talks had stalled.", "that the talks had stalled", "The ministry")]
    public void A_participle_of_saying_under_a_verb_of_reply_reports_its_own_clause(string text, string content, string source)
    {
        var d = Analyze(text);
        var q = Single(d, q => !q.Direct);
        Assert.Equal(content, Content(d, q));
        Assert.Equal(source, q.Source);
    }

    [Theory]
    [InlineData("\u201CIt has been a total failure,\u201D Weber said, adding, \u201CNobody cares.\u201D", "\u201CNobody cares.\u201D")]
    [InlineData("\u201CThat was a bad deal,\u201D Weber said, adding, \u201CNobody wanted it.\u201D", "\u201CNobody wanted it.\u201D")]
    public void A_quote_after_a_participle_of_saying_is_its_own_quote_with_that_cue(string text, string second)
    {
        var d = Analyze(text);
        var q = Single(d, q => Content(d, q) == second);
        Assert.Equal("adding", d.Text[q.CueStart..q.CueEnd]);
        Assert.Equal("Weber", q.Source);
    }

    [Fact]
    public void Reported_speech_without_a_speaker_is_kept_with_no_source()
    {
        var d = Analyze("It was announced that the plant would close in May.");
        var q = Single(d, q => !q.Direct);
        Assert.Equal("that the plant would close in May", Content(d, q));
        Assert.Null(q.Source);
        Assert.False(q.Resolved);
    }

    [SkippableFact]
    public void The_example_article_has_its_four_direct_quotes_and_the_reported_statements()
    {
        var path = SharedData.Require("examples/paris-summit-2018.txt");
        var d = DefaultEngine.AnalyzeFile(path);
        var direct = d.Quotes.Where(q => q.Direct).ToList();
        Assert.Equal(4, direct.Count);
        Assert.Equal("\"We may.\"", Content(d, direct[0]));
        Assert.Equal(2, direct[1].Parts!.Count);
        Assert.EndsWith("it probably will be.\"", Content(d, direct[1]), StringComparison.Ordinal);
        Assert.Equal(["Donald Trump", "Donald Trump", "John McCain", "John McCain"], direct.Select(q => Speaker(d, q)));

        var reported = d.Quotes.Where(q => !q.Direct).ToList();
        Assert.Contains(reported, q => q.Source == "officials" && !q.Resolved);
        Assert.Contains(reported, q => Speaker(d, q) == "Yuri Ushakov" && d.Text[q.CueStart..q.CueEnd] == "according to");
        Assert.Contains(reported, q => Speaker(d, q) == "John Bolton" && Content(d, q).StartsWith("Trump would like to meet", StringComparison.Ordinal));
    }
}
