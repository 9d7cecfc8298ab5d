using Herald.Actors;
using Herald.Documents;
using Herald.Events;
using Herald.Events.Evaluation;
using Herald.Pipeline;
using Herald.Tests.Support;

namespace Herald.Tests.Events;

/// <summary>PETRARCH verb dictionaries, the unit-test records and the scorer.</summary>
public sealed class PetrarchTests
{
    [SkippableFact]
    public void The_validation_verb_dictionary_loads_blocks_patterns_and_synsets()
    {
        var lexicon = PetrarchVerbDictionary.Load(SharedData.Require("events/petrarch/PETR.Validate.verbs.txt"));
        var restore = lexicon.Find(TriggerKind.Verb, "restore").ToArray();
        Assert.Contains(restore, p => p.Code == "064" && p.After.Count == 0);
        Assert.Contains(restore, p => p.Code == "064" && p.After.Count == 1 && p.After[0].Contains("ties"));
        Assert.Contains(restore, p => p.Code == "112" && p.Before.Count == 1 && p.Before[0].Contains("not"));
        var ask = lexicon.Find(TriggerKind.Verb, "ask").ToArray();
        Assert.Contains(ask, p => p.Code == "172" && p.After.Count == 2 && p.After[1].Contains("embargo"));
    }

    [SkippableFact]
    public void The_CAMEO_verb_dictionary_loads()
    {
        var lexicon = PetrarchVerbDictionary.Load(SharedData.Require("events/petrarch/CAMEO.2.0.txt"));
        Assert.True(lexicon.Count > 5000, $"{lexicon.Count} patterns");
        Assert.Contains(lexicon.Find(TriggerKind.Verb, "outstrip").ToArray(), p => p.Code == "110" && p.After.Count == 1 && p.After[0].Contains("from"));
    }

    [SkippableFact]
    public void The_unit_test_records_hold_284_sentences_and_385_codings()
    {
        var records = PetrarchRecords.Read(SharedData.Require("events/petrarch/PETR.UnitTest.records.xml"));
        Assert.Equal(284, records.Count);
        Assert.Equal(385, records.Sum(r => r.Expected.Count + r.ExpectedNothing));
        var first = records[0];
        Assert.Equal(("DEMO-00", "DEMO", "19950101"), (first.Id, first.Category, first.Date));
        Assert.Equal(new Coding("ARN", "GON", "064"), Assert.Single(first.Expected));
        Assert.StartsWith("Arnor is about to restore full diplomatic ties with Gondor almost five years", first.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_score_counts_correct_missed_and_extra_per_category()
    {
        var score = new PetrarchScore();
        score.Add(new PetrarchRecord("A-1", "A", "", "", [new Coding("X", "Y", "040"), new Coding("Y", "X", "040")], 0), [new Coding("X", "Y", "040"), new Coding("X", "Y", "111")]);
        score.Add(new PetrarchRecord("B-1", "B", "", "", [], 1), []);
        score.Add(new PetrarchRecord("B-2", "B", "", "", [], 1), [new Coding("X", "Y", "190")]);
        Assert.Equal((4, 2, 2, 2), (score.Overall.Expected, score.Overall.Correct, score.Overall.Missed, score.Overall.Extra));
        Assert.Equal((2, 1, 1, 1), (score.Categories["B"].Expected, score.Categories["B"].Correct, score.Categories["B"].Missed, score.Categories["B"].Extra));
    }

    [Fact]
    public void The_details_list_each_record_with_a_miss_or_an_extra_and_what_it_expected_and_got()
    {
        var score = new PetrarchScore();
        score.Add(new PetrarchRecord("A-1", "A", "", "Rohan met Gondor.", [new Coding("ROH", "GON", "040")], 0), [new Coding("ROH", "GON", "040")]);
        score.Add(new PetrarchRecord("A-2", "A", "", "Rohan attacked Gondor.", [new Coding("ROH", "GON", "190")], 0), [new Coding("GON", "ROH", "190")]);
        score.Add(new PetrarchRecord("B-1", "B", "", "Nothing happened.", [], 1), [new Coding("ROH", "GON", "010")]);
        var writer = new StringWriter();
        PetrarchDetails.Write(score, writer);
        var text = writer.ToString();
        Assert.DoesNotContain("A-1", text, StringComparison.Ordinal);
        Assert.Contains("A-2 [A] missed 1, extra 1", text, StringComparison.Ordinal);
        Assert.Contains("text:     Rohan attacked Gondor.", text, StringComparison.Ordinal);
        Assert.Contains("expected: ROH 190 GON", text, StringComparison.Ordinal);
        Assert.Contains("coded:    GON 190 ROH", text, StringComparison.Ordinal);
        Assert.Contains("B-1 [B] missed 1, extra 1", text, StringComparison.Ordinal);
        Assert.Contains("expected: (no event)", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_record_is_coded_with_the_dictionary_and_the_given_actors()
    {
        var verbs = PetrarchVerbDictionary.Load(SharedData.Require("events/petrarch/PETR.Validate.verbs.txt"));
        var engine = PetrarchEvaluator.Engine(new PhraseActors(("Arnor", "ARN"), ("Gondor", "GON")), verbs);
        var record = new PetrarchRecord("DEMO-00", "DEMO", "19950101", "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy.", [], 0);
        Assert.Contains(new Coding("ARN", "GON", "064"), PetrarchEvaluator.Code(engine, record));
    }

    [Fact]
    public void With_places_as_actors_a_place_the_dictionary_names_is_an_actor_after_a_preposition_too()
    {
        using var dir = new TempDir();
        var dictionary = ActorDictionary.LoadPetrarch(dir.File("actors.txt", "ROHAN [ROH]\nMOSCOW [MSC]\n"));
        List<string> Codes(bool placesAreActors) =>
            [.. PetrarchEvaluator.Engine(new ActorStage(dictionary) { PlacesAreActors = placesAreActors }, EventLexicon.Default)
                .Analyze("Rohan received letters from Moscow on Monday.").Actors.Select(a => a.Code)];
        Assert.Equal(["ROH"], Codes(false));
        Assert.Equal(["ROH", "MSC"], Codes(true));
    }

    // The actor stage is issue 9's: these tests mark fixed phrases.
    private sealed class PhraseActors(params (string Phrase, string Code)[] actors) : IStage
    {
        public string Name => "actors";

        public Layers Requires => Layers.Tokens;

        public Layers Assigns => Layers.Actors;

        public void Process(Document document, CancellationToken cancellationToken = default) => HandActors.Mark(document, actors);
    }
}
