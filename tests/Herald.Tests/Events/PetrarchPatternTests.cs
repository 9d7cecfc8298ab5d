using Herald.Events;
using Herald.Tests.Support;

namespace Herald.Tests.Events;

/// <summary>PETRARCH pattern semantics: phrases, multi-word synsets, the actor markers and patterns that spell a negation.</summary>
public sealed class PetrarchPatternTests
{
    private const string Dictionary = """
        &COINAGE
        +GOLD_COINS
        +SILVER SHILLINGS

        --- DONATE [070] ---
        DONATE
        - * &COINAGE [071]

        --- CELEBRATE [181] ---
        CELEBRATE
        - * FEAST AT ^ WITH + [043]

        --- POSTPONE [---] ---
        POSTPONE
        - % HAVE * [191]

        --- WARN [160] ---
        WARN
        - * AT ^ + [162]

        --- EXPRESS [020] ---
        EXPRESS
        - * HOPES [024]

        --- FREE [066] ---
        FREE

        --- ACT [100] ---
        ACT

        --- PROMISE [050] ---
        PROMISE
        - SOLEMNLY_* [057]

        --- EXCLUDE [1721] ---
        EXCLUDE
        +CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}

        --- QUARREL [111] ---
        QUARREL
        - NOT * [904]

        --- ARRIVE [032:033] ---
        ARRIVE

        --- LEAVE [012] ---
        LEAVE

        --- LEFT [032:033] ---
        LEFT

        --- RESUME [---] ---
        RESUME
        - * TRADE [064:064]

        --- SIDE [---] ---
        SIDE
        - * WITH % [031]

        --- CONCEDE [013] ---
        CONCEDE

        --- RETALIATE [170] ---
        RETALIATE
        - HINTED WOULD * [138]
        """;

    private static readonly (string, string)[] s_actors = [("Rohan", "ROH"), ("Gondor", "GON"), ("Edoras", "EDO"), ("Mordor", "MOR")];

    private static EventLexicon Lexicon()
    {
        using var dir = new TempDir();
        return PetrarchVerbDictionary.Load(dir.File("verbs.txt", Dictionary));
    }

    private static EventLexicon LexiconWithDiscards()
    {
        using var dir = new TempDir();
        var discards = PetrarchDiscards.Load(dir.File("discards.txt", "+HAILSTORM   # weather\nCHESS_OLYMPIAD ; games\n"));
        return PetrarchVerbDictionary.Load(dir.File("verbs.txt", Dictionary), discards);
    }

    [Fact]
    public void A_synset_member_of_several_words_is_one_phrase()
    {
        var donate = Lexicon().Find(TriggerKind.Verb, "donate").ToArray();
        var coinage = Assert.Single(donate, p => p.Code == "071").After[0];
        Assert.True(coinage.Contains("gold coins") && coinage.Contains("silver shillings"));
        var d = HandActors.Code(Lexicon(), "Rohan donated gold bars to Gondor.", s_actors);
        Assert.Equal(["ROH 070 GON"], HandActors.Triples(d));
    }

    [Fact]
    public void A_target_marker_takes_the_actor_where_it_stands_after_a_skipped_phrase()
    {
        var d = HandActors.Code(Lexicon(), "Rohan celebrated the feast at Edoras with Gondor.", s_actors);
        Assert.Equal(["ROH 043 GON"], HandActors.Triples(d));
    }

    [Fact]
    public void A_skip_passes_over_a_whole_noun_phrase_with_its_determiner_and_adjectives()
    {
        var d = HandActors.Code(Lexicon(), "Rohan warned at the proud Edoras of the armies of Mordor.", s_actors);
        Assert.Equal(["ROH 162 MOR"], HandActors.Triples(d));
    }

    [Fact]
    public void A_compound_marker_makes_joined_actors_act_on_each_other()
    {
        var d = HandActors.Code(Lexicon(), "Rohan and Gondor have postponed the summit.", s_actors);
        var triples = HandActors.Triples(d);
        Assert.Contains("ROH 191 GON", triples);
        Assert.Contains("GON 191 ROH", triples);
    }

    [Fact]
    public void A_pattern_that_spells_the_negation_codes_an_asserted_event()
    {
        var d = HandActors.Code(Lexicon(), "Rohan did not quarrel with Gondor.", s_actors);
        var e = Assert.Single(d.Events);
        Assert.Equal(("ROH", "904", "GON", "asserted"), (e.SourceActor, e.Code, e.TargetActor, e.Modality));
    }

    [Fact]
    public void A_paired_code_codes_the_event_from_the_target_side_too()
    {
        var triples = HandActors.Triples(HandActors.Code(Lexicon(), "Rohan arrived in Gondor on Monday.", s_actors));
        Assert.Contains("ROH 032 GON", triples);
        Assert.Contains("GON 033 ROH", triples);
    }

    [Fact]
    public void Joined_actors_without_a_target_act_on_each_other_under_a_paired_code()
    {
        var triples = HandActors.Triples(HandActors.Code(Lexicon(), "Rohan and Gondor resumed trade after the war.", s_actors));
        Assert.Contains("ROH 064 GON", triples);
        Assert.Contains("GON 064 ROH", triples);
    }

    [Fact]
    public void A_verb_form_with_patterns_of_its_own_wins_over_its_lemma()
    {
        var triples = HandActors.Triples(HandActors.Code(Lexicon(), "Rohan left for Gondor on Monday.", s_actors));
        Assert.Contains("ROH 032 GON", triples);
        Assert.DoesNotContain("ROH 012 GON", triples);
    }

    [Fact]
    public void A_passive_subject_with_neither_a_passive_auxiliary_nor_an_agent_is_read_as_the_subject()
    {
        // the parse may take a name it tags as an adjective for the passive subject of an active verb
        var triples = HandActors.Triples(HandActors.Code(Lexicon(), "Haradan left for Gondor on Monday.", [("Haradan", "HAR"), .. s_actors]));
        Assert.Contains("HAR 032 GON", triples);
    }

    [Fact]
    public void Every_actor_of_a_comma_list_ending_in_and_takes_part()
    {
        var triples = HandActors.Triples(HandActors.Code(Lexicon(), "Rohan, Edoras and Gondor arrived in Mordor on Monday.", s_actors));
        Assert.Contains("ROH 032 MOR", triples);
        Assert.Contains("EDO 032 MOR", triples);
        Assert.Contains("GON 032 MOR", triples);
    }

    [Fact]
    public void Joined_actors_after_the_verb_at_a_compound_marker_are_its_targets()
    {
        var triples = HandActors.Triples(HandActors.Code(Lexicon(), "Edoras sided with Rohan and Gondor in the dispute.", s_actors));
        Assert.Contains("EDO 031 ROH", triples);
        Assert.Contains("EDO 031 GON", triples);
        Assert.DoesNotContain("ROH 031 GON", triples);
    }

    [Fact]
    public void A_sentence_with_a_discard_phrase_codes_nothing()
    {
        Assert.Empty(HandActors.Code(LexiconWithDiscards(), "Rohan arrived in Gondor after the hailstorm.", s_actors).Events);
        Assert.Empty(HandActors.Code(LexiconWithDiscards(), "Rohan arrived in Gondor for the chess olympiad.", s_actors).Events);
        Assert.NotEmpty(HandActors.Code(LexiconWithDiscards(), "Rohan arrived in Gondor after the storm.", s_actors).Events);
    }

    [Fact]
    public void Without_an_object_the_subject_of_a_complement_clause_is_the_target()
    {
        var triples = HandActors.Triples(HandActors.Code(Lexicon(), "Rohan conceded that Gondor was the stronger side.", s_actors));
        Assert.Contains("ROH 013 GON", triples);
    }

    [Theory]
    [InlineData("Rohan expressed hopes on Monday that Gondor, its old ally, would be brought into the alliance.")]
    [InlineData("Rohan expressed hopes that Gondor would soon join the alliance.")]
    public void Without_an_object_the_subject_of_a_that_clause_under_the_verb_is_the_target(string text) =>
        Assert.Contains("ROH 024 GON", HandActors.Triples(HandActors.Code(Lexicon(), text, s_actors)));

    [Theory]
    [InlineData("Soldiers from Arnor have cordoned off the streets leading into Gondor along the coast.")]
    [InlineData("Police from Arnor cordoned off the bridges leading into Gondor.")]
    public void Without_an_object_an_actor_right_after_one_of_the_pattern_s_prepositions_is_the_target(string text) =>
        Assert.Contains("ARN 1721 GON", HandActors.Triples(HandActors.Code(Lexicon(), text, ("Arnor", "ARN"), ("Gondor", "GON"))));

    [Theory]
    [InlineData("Rohan solemnly promised Gondor a larger share of the harvest.", "ROH 057 GON")]
    [InlineData("Rohan solemnly and publicly promised Gondor a larger share of the harvest.", "ROH 050 GON")]
    public void A_phrase_joined_to_the_verb_by_an_underscore_must_stand_right_next_to_it(string text, string triple) =>
        Assert.Equal([triple], HandActors.Triples(HandActors.Code(Lexicon(), text, s_actors)));

    [Fact]
    public void Without_an_object_an_actor_after_one_of_the_pattern_s_prepositions_outside_the_verb_s_phrase_is_the_target() =>
        Assert.Contains("ROH 100 GON", HandActors.Triples(HandActors.Code(Lexicon(), "Rohan hinted it would act now with Gondor's consent after riots wrecked its consulate, an envoy said.", s_actors)));

    [Fact]
    public void A_regular_verb_s_past_form_codes_whatever_its_lemma() =>
        Assert.Contains("ROH 066 GON", HandActors.Triples(HandActors.Code(Lexicon(), "Gondor's riders were freed by Rohan after long talks.", s_actors)));

    [Fact]
    public void Adjectives_between_the_actors_of_a_list_keep_it_joined()
    {
        var triples = HandActors.Triples(HandActors.Code(Lexicon(), "Proud Rohan, the ancient Edoras, and brave Gondor arrived in Mordor on Monday.", s_actors));
        Assert.Contains("ROH 032 MOR", triples);
        Assert.Contains("EDO 032 MOR", triples);
        Assert.Contains("GON 032 MOR", triples);
    }

    [Fact]
    public void Joined_actors_in_a_complement_clause_are_all_targets()
    {
        var triples = HandActors.Triples(HandActors.Code(Lexicon(), "Mordor conceded that Rohan and Gondor were the stronger side.", s_actors));
        Assert.Contains("MOR 013 ROH", triples);
        Assert.Contains("MOR 013 GON", triples);
    }

    [Fact]
    public void A_pattern_that_spells_the_modal_codes_an_asserted_event()
    {
        var d = HandActors.Code(Lexicon(), "Rohan hinted it would retaliate against Gondor.", s_actors);
        var e = Assert.Single(d.Events);
        Assert.Equal(("ROH", "138", "GON", "asserted"), (e.SourceActor, e.Code, e.TargetActor, e.Modality));
    }

    [Fact]
    public void Countries_listed_after_an_agent_of_a_country_share_its_role()
    {
        var triples = HandActors.Triples(HandActors.Code(Lexicon(), "The envoys of Rohan, Edoras and Gondor arrived in Mordor on Monday.",
            ("The envoys of Rohan", "ROHGOV"), ("Edoras", "EDO"), ("Gondor", "GON"), ("Mordor", "MOR")));
        Assert.Contains("ROHGOV 032 MOR", triples);
        Assert.Contains("EDOGOV 032 MOR", triples);
        Assert.Contains("GONGOV 032 MOR", triples);
        Assert.Contains("MOR 033 GONGOV", triples);
    }
}
