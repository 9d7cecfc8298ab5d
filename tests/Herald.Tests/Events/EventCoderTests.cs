using Herald.Documents;

namespace Herald.Tests.Events;

/// <summary>The coder's syntax: roles, passives, coordination, nested speech, negation, modality, noun phrases, date and place.</summary>
public sealed class EventCoderTests
{
    private static readonly (string, string)[] s_actors =
    [
        ("Putin", "RUSGOV"), ("Trump", "USAGOV"), ("Israel", "ISR"), ("Hamas", "PSEHMS"), ("Egypt", "EGY"),
        ("Jordan", "JOR"), ("Iran", "IRN"), ("Germany", "DEU"), ("Merkel", "DEUGOV"), ("Macron", "FRAGOV"),
    ];

    private static Event Single(Document d, string code) => Assert.Single(d.Events, e => e.Code == code);

    [Fact]
    public void A_passive_takes_its_agent_as_the_source()
    {
        var d = HandActors.Code("Israel was attacked by Hamas on Monday.", s_actors);
        Assert.Contains("PSEHMS 190 ISR", HandActors.Triples(d));
    }

    [Fact]
    public void A_by_agent_the_parse_hangs_from_an_adverb_of_the_passive_is_still_its_source()
    {
        // parsed with "by Egypt" under "earlier"
        var d = HandActors.Code("Israel was criticized earlier by Egypt, the region's largest state, in being drawn into the talks.", s_actors);
        Assert.Contains(HandActors.Triples(d), t => t.StartsWith("EGY ", StringComparison.Ordinal) && t.EndsWith(" ISR", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Hamas militants arrested by Israel in Gaza.", "ISR 173 PSEHMS")]
    [InlineData("Jordan protesters detained by Egypt after clashes.", "EGY 173 JOR")]
    [InlineData("Israel released the Hamas militants arrested by Egypt in Gaza.", "EGY 173 PSEHMS")]
    public void A_participle_with_a_by_agent_and_no_auxiliary_is_a_passive_whatever_relation_the_parse_gives_its_subject(string text, string triple)
    {
        // headlines drop the passive auxiliary, and the parse may then take the subject for an active one; a participle
        // that modifies a noun has none
        var d = HandActors.Code(text, s_actors);
        Assert.Contains(triple, HandActors.Triples(d));
    }

    [Fact]
    public void A_participle_completing_a_verb_with_an_object_is_that_objects_passive()
    {
        // "Israel released the militants arrested by Egypt" with "arrested" parsed as the verb's complement (xcomp)
        // rather than as a modifier of "militants": the militants were arrested, Egypt arrested them
        var d = HandActors.CodeTree("""
            1 Israel Israel PROPN NNP _ 2 nsubj _ _
            2 released release VERB VBD _ 0 root _ _
            3 the the DET DT _ 5 det _ _
            4 Hamas Hamas PROPN NNP _ 5 compound _ _
            5 militants militant NOUN NNS _ 2 obj _ _
            6 arrested arrest VERB VBN _ 2 xcomp _ _
            7 by by ADP IN _ 8 case _ _
            8 Egypt Egypt PROPN NNP _ 6 obl:agent _ _
            9 in in ADP IN _ 10 case _ _
            10 Gaza Gaza PROPN NNP _ 6 obl _ _
            11 . . PUNCT . _ 2 punct _ _
            """, s_actors);
        Assert.Contains("EGY 173 PSEHMS", HandActors.Triples(d));
        Assert.DoesNotContain(HandActors.Triples(d), t => t.StartsWith("PSEHMS 173", StringComparison.Ordinal));
        // without the agent no one is named as the arrester, neither the militants nor Israel
        var agentless = HandActors.CodeTree("""
            1 Israel Israel PROPN NNP _ 2 nsubj _ _
            2 released release VERB VBD _ 0 root _ _
            3 the the DET DT _ 5 det _ _
            4 Hamas Hamas PROPN NNP _ 5 compound _ _
            5 militants militant NOUN NNS _ 2 obj _ _
            6 arrested arrest VERB VBN _ 2 xcomp _ _
            7 in in ADP IN _ 8 case _ _
            8 Gaza Gaza PROPN NNP _ 6 obl _ _
            9 . . PUNCT . _ 2 punct _ _
            """, s_actors);
        Assert.DoesNotContain(HandActors.Triples(agentless), t => t.Contains(" 173 ", StringComparison.Ordinal) && !t.StartsWith("- ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subject_that_is_no_actor_takes_the_actor_of_its_apposition()
    {
        // a dateline the parse joins to the first sentence: "CAIRO (Reuters) - Egypt arrested 43 people", with
        // "Egypt" an apposition of "CAIRO", the verb's subject (so parsed: "NAIROBI (...) - Kenyan police arrested
        // 43 people"); an apposition names the same one
        var d = HandActors.CodeTree("""
            1 CAIRO Cairo PROPN NNP _ 7 nsubj _ _
            2 ( ( PUNCT -LRB- _ 3 punct _ _
            3 Reuters Reuters PROPN NNP _ 1 appos _ _
            4 ) ) PUNCT -RRB- _ 3 punct _ _
            5 - - PUNCT : _ 6 punct _ _
            6 Egypt Egypt PROPN NNP _ 1 appos _ _
            7 arrested arrest VERB VBD _ 0 root _ _
            8 43 43 NUM CD _ 9 nummod _ _
            9 people people NOUN NNS _ 7 obj _ _
            10 . . PUNCT . _ 7 punct _ _
            """, s_actors);
        Assert.Equal("EGY", Single(d, "173").SourceActor);
    }

    [Fact]
    public void The_noun_an_agentless_participle_modifies_is_no_sure_source_of_it()
    {
        // "militants arrested": the militants were arrested; without a "by" agent the coder can only guess a source
        var guessed = Single(HandActors.Code("Dozens of Hamas militants arrested in Gaza.", s_actors), "173");
        var stated = Single(HandActors.Code("Israel arrested dozens of Hamas militants in Gaza.", s_actors), "173");
        Assert.True(guessed.Confidence < stated.Confidence, $"{guessed.Confidence} against {stated.Confidence}");
    }

    [Fact]
    public void A_headline_passive_without_an_agent_is_no_sure_source_of_it_either()
    {
        // the same headline parsed as a passive whose auxiliary was dropped: "Dozens ... [were] arrested in Gaza"
        var guessed = Single(HandActors.CodeTree("""
            1 Dozens dozen NOUN NNS _ 5 nsubj:pass _ _
            2 of of ADP IN _ 4 case _ _
            3 Hamas Hamas PROPN NNP _ 4 compound _ _
            4 militants militant NOUN NNS _ 1 nmod _ _
            5 arrested arrest VERB VBN _ 0 root _ _
            6 in in ADP IN _ 7 case _ _
            7 Gaza Gaza PROPN NNP _ 5 obl _ _
            8 . . PUNCT . _ 5 punct _ _
            """, s_actors), "173");
        var stated = Single(HandActors.Code("Israel arrested dozens of Hamas militants in Gaza.", s_actors), "173");
        Assert.True(guessed.Confidence < stated.Confidence, $"{guessed.Confidence} against {stated.Confidence}");
    }

    [Fact]
    public void A_target_phrase_hung_by_its_preposition_from_another_phrase_keeps_that_preposition()
    {
        // parsed with "as" the head of the quote, an advmod of "time"
        var d = HandActors.Code("Macron described the deal at the time as \"one of the most reckless decisions by an Iran leader in decades.\"", s_actors);
        Assert.Contains("FRAGOV 111 IRN", HandActors.Triples(d));
    }

    [Fact]
    public void An_actor_never_acts_on_itself()
    {
        var d = HandActors.Code("Iran's hardliners criticized the new budget of Iran on Sunday.", s_actors);
        Assert.DoesNotContain(d.Events, e => e.SourceActor == e.TargetActor);
    }

    [Fact]
    public void Joined_actors_of_a_symmetric_code_give_both_directions()
    {
        var d = HandActors.Code("Putin and Trump have met several times on the sidelines of summits.", s_actors);
        var triples = HandActors.Triples(d);
        Assert.Contains("RUSGOV 040 USAGOV", triples);
        Assert.Contains("USAGOV 040 RUSGOV", triples);
    }

    [Fact]
    public void An_event_nested_in_speech_is_coded_between_its_own_actors_and_marked_reported()
    {
        var d = HandActors.Code("Egypt said Hamas attacked Israel overnight.", s_actors);
        var e = Single(d, "190");
        Assert.Equal(("PSEHMS", "ISR"), (e.SourceActor, e.TargetActor));
        Assert.Equal("reported", e.Modality);
    }

    [Fact]
    public void An_event_whose_clause_has_the_speech_verb_hung_from_it_as_parataxis_is_reported()
    {
        // "Hamas attacked Israel overnight, Egypt said.", "said" hung from what it reports, as UD has it
        var d = HandActors.CodeTree("""
            1 Hamas Hamas PROPN NNP _ 2 nsubj _ _
            2 attacked attack VERB VBD _ 0 root _ _
            3 Israel Israel PROPN NNP _ 2 obj _ _
            4 overnight overnight ADV RB _ 2 advmod _ _
            5 , , PUNCT , _ 7 punct _ _
            6 Egypt Egypt PROPN NNP _ 7 nsubj _ _
            7 said say VERB VBD _ 2 parataxis _ _
            8 . . PUNCT . _ 2 punct _ _
            """, s_actors);
        Assert.Equal("reported", Single(d, "190").Modality);
    }

    [Fact]
    public void An_event_whose_speech_verb_after_it_names_its_listeners_is_reported()
    {
        // "Hamas attacked Israel overnight, Egypt told reporters.": "reporters" are who was told, not what
        var d = HandActors.CodeTree("""
            1 Hamas Hamas PROPN NNP _ 2 nsubj _ _
            2 attacked attack VERB VBD _ 0 root _ _
            3 Israel Israel PROPN NNP _ 2 obj _ _
            4 overnight overnight ADV RB _ 2 advmod _ _
            5 , , PUNCT , _ 7 punct _ _
            6 Egypt Egypt PROPN NNP _ 7 nsubj _ _
            7 told tell VERB VBD _ 2 parataxis _ _
            8 reporters reporter NOUN NNS _ 7 obj _ _
            9 . . PUNCT . _ 2 punct _ _
            """, s_actors);
        Assert.Equal("reported", Single(d, "190").Modality);
    }

    [Fact]
    public void An_event_followed_by_a_clause_of_its_own_with_a_speech_verb_is_not_reported()
    {
        // "Hamas attacked Israel; Egypt condemned the violence.": the second clause says something of its own
        var d = HandActors.CodeTree("""
            1 Hamas Hamas PROPN NNP _ 2 nsubj _ _
            2 attacked attack VERB VBD _ 0 root _ _
            3 Israel Israel PROPN NNP _ 2 obj _ _
            4 ; ; PUNCT : _ 6 punct _ _
            5 Egypt Egypt PROPN NNP _ 6 nsubj _ _
            6 condemned condemn VERB VBD _ 2 parataxis _ _
            7 the the DET DT _ 8 det _ _
            8 violence violence NOUN NN _ 6 obj _ _
            9 . . PUNCT . _ 2 punct _ _
            """, s_actors);
        Assert.Equal("asserted", Single(d, "190").Modality);
    }

    [Fact]
    public void A_pronoun_subject_of_a_reported_clause_is_the_speaker()
    {
        var d = HandActors.Code("Egypt said it attacked Hamas overnight.", s_actors);
        var e = Single(d, "190");
        Assert.Equal(("EGY", "PSEHMS"), (e.SourceActor, e.TargetActor));
    }

    [Fact]
    public void A_negated_meeting_is_marked_negated()
    {
        var d = HandActors.Code("Merkel did not meet Macron in Brussels.", s_actors);
        Assert.Equal("negated", Single(d, "040").Modality);
    }

    [Fact]
    public void A_meeting_not_planned_is_negated_not_planned()
    {
        // "Merkel does not plan to meet Macron.": the negation is on "plan"
        var d = HandActors.CodeTree("""
            1 Merkel Merkel PROPN NNP _ 4 nsubj _ _
            2 does do AUX VBZ _ 4 aux _ _
            3 not not PART RB _ 4 advmod _ _
            4 plan plan VERB VB _ 0 root _ _
            5 to to PART TO _ 6 mark _ _
            6 meet meet VERB VB _ 4 xcomp _ _
            7 Macron Macron PROPN NNP _ 6 obj _ _
            8 . . PUNCT . _ 4 punct _ _
            """, s_actors);
        Assert.Equal("negated", Assert.Single(d.Events, e => e.Code is "040" or "036").Modality);
    }

    [Fact]
    public void An_attack_made_without_hesitation_is_not_negated()
    {
        // "Israel did not hesitate to attack Hamas."
        var d = HandActors.CodeTree("""
            1 Israel Israel PROPN NNP _ 4 nsubj _ _
            2 did do AUX VBD _ 4 aux _ _
            3 not not PART RB _ 4 advmod _ _
            4 hesitate hesitate VERB VB _ 0 root _ _
            5 to to PART TO _ 6 mark _ _
            6 attack attack VERB VB _ 4 xcomp _ _
            7 Hamas Hamas PROPN NNP _ 6 obj _ _
            8 . . PUNCT . _ 4 punct _ _
            """, s_actors);
        Assert.NotEqual("negated", Single(d, "190").Modality);
    }

    [Theory]
    [InlineData("Merkel plans to meet Macron next week.")]
    [InlineData("Merkel would like to meet Macron in Paris.")]
    [InlineData("Merkel will meet Macron on Friday.")]
    public void An_intended_meeting_is_036_and_planned(string sentence)
    {
        var d = HandActors.Code(sentence, s_actors);
        var e = Single(d, "036");
        Assert.Equal(("DEUGOV", "FRAGOV", "planned"), (e.SourceActor, e.TargetActor, e.Modality));
    }

    [Theory]
    [InlineData("Merkel and Macron plan to be in Berlin for talks to meet Putin.")]
    [InlineData("Merkel and Macron plan to be in Berlin for a dinner to meet Putin.")]
    [InlineData("Merkel plans to be in Berlin for a summit to meet Putin.")]
    public void An_event_named_in_the_purpose_of_a_plan_is_planned(string sentence)
    {
        var d = HandActors.Code(sentence, s_actors);
        Assert.All(d.Events.Where(e => e.TargetActor == "RUSGOV"), e => Assert.Equal("planned", e.Modality));
        Assert.Contains(d.Events, e => e.TargetActor == "RUSGOV");
    }

    [Fact]
    public void An_infinitive_of_purpose_under_a_planned_clause_is_planned_but_not_one_under_a_trip_made()
    {
        // "plans to be in Berlin for a dinner to meet Putin", with "to meet Putin" parsed as the purpose of being in
        // Berlin (advcl) rather than as a modifier of "dinner"
        var planned = HandActors.CodeTree("""
            1 Merkel Merkel PROPN NNP _ 2 nsubj _ _
            2 plans plan VERB VBZ _ 0 root _ _
            3 to to PART TO _ 6 mark _ _
            4 be be AUX VB _ 6 cop _ _
            5 in in ADP IN _ 6 case _ _
            6 Berlin Berlin PROPN NNP _ 2 xcomp _ _
            7 for for ADP IN _ 9 case _ _
            8 a a DET DT _ 9 det _ _
            9 dinner dinner NOUN NN _ 6 obl _ _
            10 to to PART TO _ 11 mark _ _
            11 meet meet VERB VB _ 6 advcl _ _
            12 Putin Putin PROPN NNP _ 11 obj _ _
            13 . . PUNCT . _ 2 punct _ _
            """, s_actors);
        Assert.NotEmpty(planned.Events);
        Assert.All(planned.Events, e => Assert.Equal("planned", e.Modality));
        // "Merkel went to Berlin to meet Putin": the purpose of a trip made is no plan of "go"'s
        var went = HandActors.CodeTree("""
            1 Merkel Merkel PROPN NNP _ 2 nsubj _ _
            2 went go VERB VBD _ 0 root _ _
            3 to to ADP IN _ 4 case _ _
            4 Berlin Berlin PROPN NNP _ 2 obl _ _
            5 to to PART TO _ 6 mark _ _
            6 meet meet VERB VB _ 2 advcl _ _
            7 Putin Putin PROPN NNP _ 6 obj _ _
            8 . . PUNCT . _ 2 punct _ _
            """, s_actors);
        Assert.NotEmpty(went.Events);
        Assert.All(went.Events, e => Assert.Equal("asserted", e.Modality));
    }

    [Theory]
    [InlineData("obl")]
    [InlineData("nmod")]
    public void An_event_in_the_purpose_of_a_plan_is_planned_whether_the_purpose_hangs_from_the_predicate_as_obl_or_nmod(string relation)
    {
        // "for a summit" modifies the copular predicate "in Berlin"; a parse may call it either
        var d = HandActors.CodeTree($"""
            1 Merkel Merkel PROPN NNP _ 2 nsubj _ _
            2 plans plan VERB VBZ _ 0 root _ _
            3 to to PART TO _ 6 mark _ _
            4 be be AUX VB _ 6 cop _ _
            5 in in ADP IN _ 6 case _ _
            6 Berlin Berlin PROPN NNP _ 2 xcomp _ _
            7 for for ADP IN _ 9 case _ _
            8 a a DET DT _ 9 det _ _
            9 summit summit NOUN NN _ 6 {relation} _ _
            10 to to PART TO _ 11 mark _ _
            11 meet meet VERB VB _ 9 acl _ _
            12 Putin Putin PROPN NNP _ 11 obj _ _
            13 . . PUNCT . _ 2 punct _ _
            """, s_actors);
        Assert.Contains(d.Events, e => e.TargetActor == "RUSGOV");
        Assert.All(d.Events.Where(e => e.TargetActor == "RUSGOV"), e => Assert.Equal("planned", e.Modality));
    }

    [Fact]
    public void An_infinitive_right_after_an_intent_word_is_planned_even_when_the_parse_calls_it_advcl()
    {
        // "Merkel is due to meet Macron.", with "meet" an advcl of "due" rather than its xcomp
        var d = HandActors.CodeTree("""
            1 Merkel Merkel PROPN NNP _ 3 nsubj _ _
            2 is be AUX VBZ _ 3 cop _ _
            3 due due ADJ JJ _ 0 root _ _
            4 to to PART TO _ 5 mark _ _
            5 meet meet VERB VB _ 3 advcl _ _
            6 Macron Macron PROPN NNP _ 5 obj _ _
            7 . . PUNCT . _ 3 punct _ _
            """, s_actors);
        var e = Single(d, "036");
        Assert.Equal(("DEUGOV", "FRAGOV", "planned"), (e.SourceActor, e.TargetActor, e.Modality));
    }

    [Fact]
    public void What_a_plan_does_before_or_after_is_planned_too()
    {
        // "Merkel is due to meet Macron before holding talks with Putin."
        var d = HandActors.CodeTree("""
            1 Merkel Merkel PROPN NNP _ 3 nsubj _ _
            2 is be AUX VBZ _ 3 cop _ _
            3 due due ADJ JJ _ 0 root _ _
            4 to to PART TO _ 5 mark _ _
            5 meet meet VERB VB _ 3 xcomp _ _
            6 Macron Macron PROPN NNP _ 5 obj _ _
            7 before before SCONJ IN _ 8 mark _ _
            8 holding hold VERB VBG _ 5 advcl _ _
            9 talks talk NOUN NNS _ 8 obj _ _
            10 with with ADP IN _ 11 case _ _
            11 Putin Putin PROPN NNP _ 9 nmod _ _
            12 . . PUNCT . _ 3 punct _ _
            """, s_actors);
        Assert.Contains(d.Events, e => e.TargetActor == "RUSGOV");
        Assert.All(d.Events.Where(e => e.TargetActor == "RUSGOV"), e => Assert.Equal("planned", e.Modality));
    }

    [Fact]
    public void A_purpose_clause_after_a_completed_trip_is_not_planned()
    {
        // "Merkel went to Paris to meet Macron.": "go" is an intent word only with its infinitive right after it
        var d = HandActors.CodeTree("""
            1 Merkel Merkel PROPN NNP _ 2 nsubj _ _
            2 went go VERB VBD _ 0 root _ _
            3 to to ADP IN _ 4 case _ _
            4 Paris Paris PROPN NNP _ 2 obl _ _
            5 to to PART TO _ 6 mark _ _
            6 meet meet VERB VB _ 2 advcl _ _
            7 Macron Macron PROPN NNP _ 6 obj _ _
            8 . . PUNCT . _ 2 punct _ _
            """, s_actors);
        Assert.Equal("asserted", Single(d, "040").Modality);
    }

    [Fact]
    public void A_clause_the_parse_hangs_from_a_pronoun_object_gives_the_verb_no_target()
    {
        // "accused him of failing to stand up to Iran": "him" is the one accused, and the parse that hangs "failing"
        // from "him" does not make Iran the target
        var d = HandActors.CodeTree("""
            1 Israel Israel PROPN NNP _ 2 nsubj _ _
            2 accused accuse VERB VBD _ 0 root _ _
            3 him he PRON PRP _ 2 obj _ _
            4 of of SCONJ IN _ 5 mark _ _
            5 failing fail VERB VBG _ 3 acl _ _
            6 to to PART TO _ 7 mark _ _
            7 stand stand VERB VB _ 5 xcomp _ _
            8 up up ADP RP _ 7 compound:prt _ _
            9 to to ADP IN _ 10 case _ _
            10 Iran Iran PROPN NNP _ 7 obl _ _
            11 . . PUNCT . _ 2 punct _ _
            """, s_actors);
        var e = Single(d, "112");
        Assert.Equal(("ISR", null), (e.SourceActor, e.TargetActor));
    }

    [Theory]
    [InlineData("Egypt condemned the attack on Monday.", "111", "19")]
    [InlineData("Jordan criticised the sanctions on Monday.", "111", "16")]
    public void A_deed_named_as_the_object_of_an_event_verb_is_not_the_subject_s(string sentence, string verbCode, string nounRoot)
    {
        // who condemns an attack or criticises sanctions did not make them: the verb's subject acts on the deed
        var d = HandActors.Code(sentence, s_actors);
        Assert.Contains(d.Events, e => e.Code == verbCode);
        Assert.DoesNotContain(d.Events, e => e.Code.StartsWith(nounRoot, StringComparison.Ordinal));
    }

    // "Trump pressed Egypt to help Jordan": Egypt is to help, not Trump
    private const string PressedToHelp = """
        1 Trump Trump PROPN NNP _ 2 nsubj _ _
        2 pressed press VERB VBD _ 0 root _ _
        3 Egypt Egypt PROPN NNP _ 2 obj _ _
        4 to to PART TO _ 5 mark _ _
        5 help help VERB VB _ 2 xcomp _ _
        6 Jordan Jordan PROPN NNP _ 5 obj _ _
        7 . . PUNCT . _ 2 punct _ _
        """;

    // "Egypt was urged to help Jordan"
    private const string UrgedToHelp = """
        1 Egypt Egypt PROPN NNP _ 3 nsubj:pass _ _
        2 was be AUX VBD _ 3 aux:pass _ _
        3 urged urge VERB VBN _ 0 root _ _
        4 to to PART TO _ 5 mark _ _
        5 help help VERB VB _ 3 xcomp _ _
        6 Jordan Jordan PROPN NNP _ 5 obj _ _
        7 . . PUNCT . _ 3 punct _ _
        """;

    [Theory]
    [InlineData(PressedToHelp)]
    [InlineData(UrgedToHelp)]
    public void An_infinitive_under_a_verb_with_an_object_or_a_passive_is_done_by_that_object_or_subject(string tree)
    {
        var e = Single(HandActors.CodeTree(tree, s_actors), "070");
        Assert.Equal(("EGY", "JOR"), (e.SourceActor, e.TargetActor));
    }

    [Fact]
    public void What_someone_is_accused_of_doing_is_done_by_the_accused()
    {
        // "Egypt accused Jordan of helping Hamas": Jordan helps, not Egypt
        var d = HandActors.CodeTree("""
            1 Egypt Egypt PROPN NNP _ 2 nsubj _ _
            2 accused accuse VERB VBD _ 0 root _ _
            3 Jordan Jordan PROPN NNP _ 2 obj _ _
            4 of of SCONJ IN _ 5 mark _ _
            5 helping help VERB VBG _ 2 advcl _ _
            6 Hamas Hamas PROPN NNP _ 5 obj _ _
            7 . . PUNCT . _ 2 punct _ _
            """, s_actors);
        var e = Single(d, "070");
        Assert.Equal(("JOR", "PSEHMS"), (e.SourceActor, e.TargetActor));
    }

    [Theory]
    [InlineData(PressedToHelp)]
    [InlineData(UrgedToHelp)]
    public void What_someone_is_pressed_or_urged_to_do_has_not_happened(string tree)
    {
        var e = Single(HandActors.CodeTree(tree, s_actors), "070");
        Assert.Equal("hypothetical", e.Modality);
    }

    [Theory]
    [InlineData("Egypt faced criticism from Jordan over the deal.", "JOR 111 EGY")]
    [InlineData("Egypt drew criticism from Jordan over the deal.", "JOR 111 EGY")]
    public void Who_faces_criticism_is_its_target(string sentence, string triple)
    {
        var d = HandActors.Code(sentence, s_actors);
        Assert.Equal([triple], HandActors.Triples(d).Where(t => t.Contains(" 111 ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Criticism_faced_from_no_one_named_has_no_source()
    {
        var d = HandActors.Code("Egypt has faced criticism over the deal.", s_actors);
        Assert.DoesNotContain(d.Events, e => e.Code == "111");
    }

    [Fact]
    public void A_meeting_that_might_happen_is_hypothetical()
    {
        var d = HandActors.Code("Merkel could meet Macron if the talks go well.", s_actors);
        Assert.Equal("hypothetical", Single(d, "040").Modality);
    }

    [Fact]
    public void A_meeting_between_two_actors_is_a_noun_phrase_event_both_ways()
    {
        var d = HandActors.Code("A meeting in Geneva between Merkel and Macron ended without a deal.", s_actors);
        var triples = HandActors.Triples(d);
        Assert.Contains("DEUGOV 040 FRAGOV", triples);
        Assert.Contains("FRAGOV 040 DEUGOV", triples);
    }

    [Fact]
    public void Talks_with_an_actor_take_the_source_from_the_verb_that_holds_them()
    {
        var d = HandActors.Code("Germany held talks with Iran on Tuesday.", s_actors);
        Assert.Contains("DEU 046 IRN", HandActors.Triples(d));
    }

    [Fact]
    public void A_possessor_is_the_source_of_a_noun_event()
    {
        var d = HandActors.Code("Germany's sanctions on Iran took effect on Monday.", s_actors);
        Assert.Contains("DEU 163 IRN", HandActors.Triples(d));
    }

    [Fact]
    public void A_symmetric_event_with_one_side_only_is_not_coded()
    {
        var d = HandActors.Code("Asked whether he and Putin would meet, the spokesman smiled.", s_actors);
        Assert.DoesNotContain(d.Events, e => e.Code.StartsWith("04", StringComparison.Ordinal));
    }

    [Fact]
    public void The_date_comes_from_the_clause_and_the_place_from_the_sentence()
    {
        var d = HandActors.Code("Merkel met Macron in Paris on Friday.", new DateOnly(2024, 3, 12), s_actors);
        var e = Single(d, "040");
        Assert.Equal("2024-03-08", e.Date);
        Assert.NotNull(e.Place);
        Assert.Equal("Paris", d.Places[e.Place!.Value].Name);
        Assert.Equal(1, e.QuadClass);
        Assert.Equal(1.0, e.Goldstein);
        Assert.Equal("Consult", e.Label);
    }

    [Fact]
    public void Without_a_date_in_the_text_the_event_has_none()
    {
        var d = HandActors.Code("Merkel criticized Macron.", new DateOnly(2024, 3, 12), s_actors);
        Assert.Null(Single(d, "111").Date);
    }
}
