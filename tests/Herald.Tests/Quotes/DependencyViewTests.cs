using Herald.Documents;
using Herald.Quotes;
using Herald.Tests.Support;
using Herald.Time;

namespace Herald.Tests.Quotes;

public sealed class DependencyViewTests
{
    private static Document Parsed(string conllu) => WrittenTree.Parse(conllu);

    [Fact]
    public void A_second_subject_set_off_by_commas_after_the_first_is_an_apposition_of_it()
    {
        var d = Parsed("""
            1 The the DET DT _ 2 det _ _
            2 farmers farmer NOUN NNS _ 7 nsubj _ _
            3 , , PUNCT , _ 5 punct _ _
            4 some some DET DT _ 5 det _ _
            5 growers grower NOUN NNS _ 7 nsubj _ _
            6 , , PUNCT , _ 5 punct _ _
            7 marched march VERB VBD _ 0 root _ _
            8 . . PUNCT . _ 7 punct _ _
            """);
        Assert.Equal((0, 1, 1), new DependencyView(d).SubjectOf(6));
    }

    [Fact]
    public void A_name_set_off_by_commas_after_a_noun_subject_stays_the_subject()
    {
        // "her adviser, Jake Sullivan, said": the name says who, as for direct quotes
        var d = Parsed("""
            1 Her her PRON PRP$ _ 2 nmod:poss _ _
            2 adviser adviser NOUN NN _ 7 nsubj _ _
            3 , , PUNCT , _ 4 punct _ _
            4 Jake Jake PROPN NNP _ 7 nsubj _ _
            5 Sullivan Sullivan PROPN NNP _ 4 flat _ _
            6 , , PUNCT , _ 4 punct _ _
            7 said say VERB VBD _ 0 root _ _
            8 . . PUNCT . _ 7 punct _ _
            """);
        Assert.Equal(3, new DependencyView(d).SubjectOf(6).Head);
    }

    [Fact]
    public void A_present_participle_hung_from_a_noun_has_that_noun_for_its_subject()
    {
        // "Bolton, speaking to reporters after his talks, said": the parse may hang the participle from "Bolton" (acl)
        // as well as from "said" (advcl); either way Bolton is the one speaking
        var d = Parsed("""
            1 Bolton Bolton PROPN NNP _ 9 nsubj _ _
            2 , , PUNCT , _ 3 punct _ _
            3 speaking speak VERB VBG _ 1 acl _ _
            4 to to ADP IN _ 5 case _ _
            5 reporters reporter NOUN NNS _ 3 obl _ _
            6 after after ADP IN _ 7 case _ _
            7 talks talk NOUN NNS _ 3 obl _ _
            8 , , PUNCT , _ 3 punct _ _
            9 said say VERB VBD _ 0 root _ _
            10 . . PUNCT . _ 9 punct _ _
            """);
        Assert.Equal(0, new DependencyView(d).SubjectOf(2).Head);
    }

    [Fact]
    public void A_past_participle_hung_from_a_noun_does_not_have_that_noun_for_its_subject()
    {
        // "militants arrested in Gaza": the militants were arrested; who arrested them is not written
        var d = Parsed("""
            1 Militants militant NOUN NNS _ 0 root _ _
            2 arrested arrest VERB VBN _ 1 acl _ _
            3 in in ADP IN _ 4 case _ _
            4 Gaza Gaza PROPN NNP _ 2 obl _ _
            5 . . PUNCT . _ 1 punct _ _
            """);
        Assert.Equal(-1, new DependencyView(d).SubjectOf(1).Head);
    }

    [Fact]
    public void A_that_clause_hung_from_the_day_of_the_saying_is_what_was_said()
    {
        // "who said on Monday that the port ...", parsed with the clause as a relative clause of "Monday": "that"
        // as a conjunction opens a complement, not a relative clause
        var d = Parsed("""
            1 Park Park PROPN NNP _ 0 root _ _
            2 , , PUNCT , _ 4 punct _ _
            3 who who PRON WP _ 4 nsubj _ _
            4 said say VERB VBD _ 1 acl:relcl _ _
            5 on on ADP IN _ 6 case _ _
            6 Monday Monday PROPN NNP _ 4 obl _ _
            7 that that SCONJ IN _ 11 mark _ _
            8 the the DET DT _ 9 det _ _
            9 port port NOUN NN _ 11 nsubj _ _
            10 would would AUX MD _ 11 aux _ _
            11 pay pay VERB VB _ 6 acl:relcl _ _
            12 . . PUNCT . _ 1 punct _ _
            """);
        TimeStage.Default.Process(d);
        var (start, end) = new DependencyView(d).ContentOf(3);
        Assert.Equal("that the port would pay", d.Text[start..end]);
    }

    [Fact]
    public void Who_after_a_name_and_a_comma_stands_for_the_name_where_the_parse_hangs_its_clause_from_a_verb()
    {
        // "The leak angered Jonas Berg, who told reporters ...", with "told" an advcl:relcl of "angered"
        var d = Parsed("""
            1 The the DET DT _ 2 det _ _
            2 leak leak NOUN NN _ 3 nsubj _ _
            3 angered anger VERB VBD _ 0 root _ _
            4 Jonas Jonas PROPN NNP _ 3 obj _ _
            5 Berg Berg PROPN NNP _ 4 flat _ _
            6 , , PUNCT , _ 8 punct _ _
            7 who who PRON WP _ 8 nsubj _ _
            8 told tell VERB VBD _ 3 advcl:relcl _ _
            9 reporters reporter NOUN NNS _ 8 iobj _ _
            10 . . PUNCT . _ 3 punct _ _
            """);
        Assert.Equal((6, 6, 3), new DependencyView(d).WrittenSubjectOf(7));
    }

    [Fact]
    public void Which_after_an_organisation_and_a_comma_stands_for_it_where_the_parse_hangs_its_clause_from_a_noun_that_names_none()
    {
        // "Her remarks follow criticism from the Economic Affairs Committee, which said ...", with "said" hung from
        // "criticism": criticism does not speak, the committee does
        var d = Parsed("""
            1 Her he PRON PRP$ _ 2 nmod:poss _ _
            2 remarks remark NOUN NNS _ 3 nsubj _ _
            3 follow follow VERB VBP _ 0 root _ _
            4 criticism criticism NOUN NN _ 3 obj _ _
            5 from from ADP IN _ 9 case _ _
            6 the the DET DT _ 9 det _ _
            7 Economic economic ADJ JJ _ 8 amod _ _
            8 Affairs affair NOUN NNS _ 9 compound _ _
            9 Committee committee NOUN NN _ 4 nmod _ _
            10 , , PUNCT , _ 12 punct _ _
            11 which which PRON WDT _ 12 nsubj _ _
            12 said say VERB VBD _ 4 acl:relcl _ _
            13 rates rate NOUN NNS _ 16 nsubj _ _
            14 were be AUX VBD _ 16 cop _ _
            15 too too ADV RB _ 16 advmod _ _
            16 high high ADJ JJ _ 12 ccomp _ _
            17 . . PUNCT . _ 3 punct _ _
            """);
        d.Mentions.Add(new Mention(5, 9, EntityTypes.Organization, -1));
        Assert.Equal((10, 10, 8), new DependencyView(d).WrittenSubjectOf(11));
    }

    [Fact]
    public void A_conjunction_the_parse_hangs_from_the_subject_is_not_part_of_it()
    {
        // "But Budd said ...", with "But" a cc of "Budd" rather than of "said"
        var d = Parsed("""
            1 But but CCONJ CC _ 2 cc _ _
            2 Budd Budd PROPN NNP _ 3 nsubj _ _
            3 said say VERB VBD _ 0 root _ _
            4 it it PRON PRP _ 6 nsubj _ _
            5 was be AUX VBD _ 6 cop _ _
            6 wrong wrong ADJ JJ _ 3 ccomp _ _
            7 . . PUNCT . _ 3 punct _ _
            """);
        Assert.Equal((1, 1, 1), new DependencyView(d).SubjectOf(2));
    }

    [Fact]
    public void An_abbreviation_in_parentheses_after_the_subject_is_not_the_subject()
    {
        // "The World Health Organisation (WHO) said ...", with "WHO" tagged a pronoun and hung as a second subject
        var d = Parsed("""
            1 The the DET DT _ 4 det _ _
            2 World World PROPN NNP _ 3 compound _ _
            3 Health Health PROPN NNP _ 4 compound _ _
            4 Organisation Organisation PROPN NNP _ 8 nsubj _ _
            5 ( ( PUNCT -LRB- _ 6 punct _ _
            6 WHO who PRON WP _ 8 nsubj _ _
            7 ) ) PUNCT -RRB- _ 6 punct _ _
            8 said say VERB VBD _ 0 root _ _
            9 cases case NOUN NNS _ 10 nsubj _ _
            10 rose rise VERB VBD _ 8 ccomp _ _
            11 . . PUNCT . _ 8 punct _ _
            """);
        Assert.Equal((0, 3, 3), new DependencyView(d).SubjectOf(7));
    }

    [Fact]
    public void A_finite_verb_the_parse_joins_to_a_participle_shares_the_subject_of_the_clause_above_it()
    {
        // "Opposition leaders accused the government of ignoring the cost and called for a rally.", with "called" a
        // conjunct of "ignoring": a past-tense verb is not joined to a gerund, and the leaders did the calling
        var d = Parsed("""
            1 Opposition opposition NOUN NN _ 2 compound _ _
            2 leaders leader NOUN NNS _ 3 nsubj _ _
            3 accused accuse VERB VBD _ 0 root _ _
            4 the the DET DT _ 5 det _ _
            5 government government NOUN NN _ 3 obj _ _
            6 of of SCONJ IN _ 7 mark _ _
            7 ignoring ignore VERB VBG _ 5 acl _ _
            8 the the DET DT _ 9 det _ _
            9 cost cost NOUN NN _ 7 obj _ _
            10 and and CCONJ CC _ 11 cc _ _
            11 called call VERB VBD _ 7 conj _ _
            12 for for ADP IN _ 14 case _ _
            13 a a DET DT _ 14 det _ _
            14 rally rally NOUN NN _ 11 obl _ _
            15 . . PUNCT . _ 3 punct _ _
            """);
        Assert.Equal((0, 1, 1), new DependencyView(d).SubjectOf(10));
    }
}
