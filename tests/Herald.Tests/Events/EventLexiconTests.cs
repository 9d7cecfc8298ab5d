using Herald.Errors;
using Herald.Events;

namespace Herald.Tests.Events;

/// <summary>One or more natural news sentences per CAMEO root, coded with Herald's own lexicon and hand-marked actors.</summary>
public sealed class EventLexiconTests
{
    private static readonly (string, string)[] s_actors =
    [
        ("Germany", "DEU"), ("France", "FRA"), ("Iran", "IRN"), ("Israel", "ISR"), ("Russia", "RUS"), ("Ukraine", "UKR"),
        ("Merkel", "DEUGOV"), ("Macron", "FRAGOV"), ("The United Nations", "IGOUNO"), ("Police", "GOVCOP"), ("the government", "GOV"), ("the governor", "GOV"),
        ("Protesters", "CVL"), ("the opposition", "OPP"), ("China", "CHN"), ("Japan", "JPN"), ("Rebels", "REB"),
        ("Washington", "USAGOV"), ("Moscow", "RUSGOV"), ("Beijing", "CHNGOV"), ("Kiev", "UKRGOV"),
    ];

    [Theory]
    [InlineData("Germany denied any involvement in the attack on Monday.", "DEU 016 -")]
    [InlineData("Merkel urged Macron to reconsider the plan.", "DEUGOV 020 FRAGOV")]
    [InlineData("France pledged aid to Ukraine on Tuesday.", "FRA 033 UKR")]
    [InlineData("Merkel met Macron in Berlin on Friday.", "DEUGOV 040 FRAGOV")]
    [InlineData("Macron visited China last week.", "FRAGOV 042 CHN")]
    [InlineData("Merkel went to China last week.", "DEUGOV 042 CHN")]
    [InlineData("Merkel received Macron in Berlin on Friday.", "DEUGOV 043 FRAGOV")]
    [InlineData("Merkel praised Macron for his courage.", "DEUGOV 051 FRAGOV")]
    [InlineData("Russia signed a trade agreement with China.", "RUS 057 CHN")]
    [InlineData("Japan shared intelligence with Washington about the launch.", "JPN 064 USAGOV")]
    [InlineData("Germany sent humanitarian aid to Ukraine.", "DEU 073 UKR")]
    [InlineData("Germany granted Ukraine a loan of 500 million euros.", "DEU 071 UKR")]
    [InlineData("Germany helped Ukraine rebuild its power grid.", "DEU 070 UKR")]
    [InlineData("Moscow released two detained sailors to Kiev.", "RUSGOV 084 UKRGOV")]
    [InlineData("The United Nations will investigate Israel over the strike.", "IGOUNO 090 ISR")]
    [InlineData("Kiev demanded compensation from Moscow.", "UKRGOV 100 RUSGOV")]
    [InlineData("Beijing criticized Japan over the island dispute.", "CHNGOV 111 JPN")]
    [InlineData("Iran accused Israel of sabotage at the nuclear site.", "IRN 112 ISR")]
    [InlineData("Russia rejected the proposal from Ukraine.", "RUS 120 UKR")]
    [InlineData("Iran threatened Israel with retaliation.", "IRN 130 ISR")]
    [InlineData("Protesters demonstrated against the government in Paris.", "CVL 141 GOV")]
    [InlineData("China deployed troops to the border with India.", "CHN 154 -")]
    [InlineData("Washington imposed sanctions on Moscow.", "USAGOV 163 RUSGOV")]
    [InlineData("Moscow expelled two diplomats from Germany.", "RUSGOV 166 DEU")]
    [InlineData("Police arrested the opposition leader on Sunday.", "GOVCOP 173 OPP")]
    [InlineData("Rebels assassinated the governor of the province on Sunday.", "REB 186 GOV")]
    [InlineData("Russia attacked Ukraine early on Thursday.", "RUS 190 UKR")]
    [InlineData("Rebels massacred villagers in the north.", "REB 200 -")]
    public void A_news_sentence_gets_its_code(string sentence, string expected)
    {
        var document = HandActors.Code(sentence, s_actors);
        Assert.Contains(expected, HandActors.Triples(document));
    }

    [Theory]
    [InlineData("Germany's biggest carmaker went bust last year.")]
    [InlineData("Merkel has not said which rules she has gone after this time.")]
    [InlineData("Merkel said the reform would go ahead.")]
    [InlineData("Germany is going to export more cars to France.")]
    [InlineData("Merkel's team is going to look into complaints from Macron.")]
    public void Going_somewhere_else_than_to_a_place_is_no_visit(string sentence)
    {
        var document = HandActors.Code(sentence, s_actors);
        Assert.DoesNotContain(document.Events, e => e.Code == "042");
    }

    [Theory]
    [InlineData("Germany's economy grew in the third quarter, helped by strong exports.", "070")]
    [InlineData("Japan's lending figures released on Tuesday showed a slowdown.", "084")]
    [InlineData("Germany released its trade data on Monday.", "084")]
    [InlineData("China and Japan have been given a year to meet the new regulations.", "040")]
    [InlineData("Germany's carmakers have been hit by declining demand at home.", "120")]
    [InlineData("France's wine industry has been hurt by declining consumption.", "120")]
    [InlineData("Merkel was speaking for the first time since returning from her holiday in Italy.", "084")]
    [InlineData("Merkel arrived in power in 2005.", "042")]
    [InlineData("Concerns remain over how Germany will fund its budget deficit.", "033")]
    [InlineData("Germany tightened the rules for card lending.", "071")]
    [InlineData("Germany has withdrawn $1bn in assets from Russia.", "087")]
    [InlineData("Russia withdrew from the talks with Ukraine.", "087")]
    [InlineData("Merkel's party could beat Macron's in the election.", "180")]
    [InlineData("Germany's exports beat forecasts in March.", "180")]
    [InlineData("Merkel said the party had learned to occupy the centre ground.", "192")]
    public void A_figure_of_speech_is_no_event(string sentence, string code)
    {
        var document = HandActors.Code(sentence, s_actors);
        Assert.DoesNotContain(document.Events, e => e.Code == code);
    }

    [Theory]
    [InlineData("Merkel launched an attack on the party's spending plans.")]
    [InlineData("Macron has been attacking the party he once wanted to lead.")]
    [InlineData("Merkel attacked Macron's policy on Monday.")]
    public void An_attack_on_a_party_or_a_policy_is_criticism(string sentence)
    {
        var document = HandActors.Code(sentence, s_actors);
        Assert.Contains(document.Events, e => e.Code == "111");
        Assert.DoesNotContain(document.Events, e => e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Police beat protesters with batons in Kiev.", "180")]
    [InlineData("Russia occupied the Crimean peninsula in 2014.", "192")]
    [InlineData("Russia attacked Ukraine on Thursday.", "190")]
    public void Violence_stays_violence(string sentence, string code)
    {
        var document = HandActors.Code(sentence, s_actors);
        Assert.Contains(document.Events, e => e.Code == code);
    }

    [Theory]
    [InlineData("Russia returned the bodies of the soldiers to Ukraine.", "RUS 084 UKR")]
    [InlineData("Germany lent Ukraine 500 million euros.", "DEU 071 UKR")]
    [InlineData("Merkel arrived in China on Monday.", "DEUGOV 042 CHN")]
    [InlineData("Russia withdrew its troops from Ukraine.", "RUS 087 UKR")]
    public void Returning_lending_and_arriving_with_a_target_stay_events(string sentence, string triple)
    {
        var document = HandActors.Code(sentence, s_actors);
        Assert.Contains(triple, HandActors.Triples(document));
    }

    [Fact]
    public void What_one_is_blamed_or_criticised_for_is_no_target()
    {
        var document = HandActors.Code("Merkel criticised their trade practices, blaming them for Germany's job losses.", s_actors);
        Assert.DoesNotContain(document.Events, e => e.TargetActor == "DEU");
        Assert.Contains("DEUGOV 112 RUS", HandActors.Triples(HandActors.Code("Merkel blamed the attack on Russia.", s_actors)));
    }

    [Fact]
    public void Breaking_a_ceasefire_violates_it()
    {
        var document = HandActors.Code("Germany broke the ceasefire with France on Sunday.", s_actors);
        var violation = Assert.Single(document.Events, e => e.Code == "196");
        Assert.Equal("DEU", violation.SourceActor);
        Assert.DoesNotContain(document.Events, e => e.Code == "087");
    }

    [Fact]
    public void Granting_a_right_is_no_economic_aid()
    {
        var document = HandActors.Code("Ukraine also granted France options to buy twice that amount.", s_actors);
        Assert.DoesNotContain(document.Events, e => e.Code == "071");
    }

    [Theory]
    [InlineData("Germany received 43,500 tonnes of wheat in March.")]
    [InlineData("Merkel thanked voters for the support she had received.")]
    public void Receiving_things_is_no_hosting(string sentence)
    {
        var document = HandActors.Code(sentence, s_actors);
        Assert.DoesNotContain(document.Events, e => e.Code == "043");
    }

    [Theory]
    [InlineData("Merkel met a cool reception from Macron.")]
    [InlineData("Germany and France have to meet the requirements by March.")]
    [InlineData("Germany and France failed to meet the deadline.")]
    public void Meeting_a_requirement_or_a_reception_is_no_meeting(string sentence)
    {
        var document = HandActors.Code(sentence, s_actors);
        Assert.DoesNotContain(document.Events, e => e.Code is "040" or "036");
    }

    [Fact]
    public void A_lexicon_line_reads_its_flags_and_an_unknown_flag_names_the_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"herald-lexicon-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllText(path, "040 verb meet obj|with symmetric needs-target except=deadline|target\n");
            var pattern = EventLexicon.Load(path).Patterns.Single();
            Assert.Equal(["deadline", "target"], pattern.ObjectExceptions!.Order());
            Assert.True(pattern.NeedsTarget && pattern.Symmetric);
            File.WriteAllText(path, "# comment\n040 verb meet obj unless=deadline\n");
            var error = Assert.Throws<HeraldException>(() => EventLexicon.Load(path));
            Assert.Contains($"{path}:2", error.Error.Input, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Every_lexicon_code_is_a_CAMEO_code_and_all_twenty_roots_are_covered()
    {
        var lexicon = EventLexicon.Default;
        Assert.All(lexicon.Patterns, p => Assert.True(CameoTable.Default.Contains(p.Code), $"{p.Code} ({p.Lemma}) is not in the CAMEO table"));
        var roots = lexicon.Patterns.Select(p => p.Code[..2]).ToHashSet();
        Assert.Equal(20, roots.Count);
    }
}
