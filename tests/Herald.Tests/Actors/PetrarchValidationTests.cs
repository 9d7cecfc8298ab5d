using Herald.Actors;
using Herald.Analysis;
using Herald.Documents;
using Herald.Pipeline;
using Herald.Tests.Support;

namespace Herald.Tests.Actors;

/// <summary>The PETRARCH2 validation dictionaries (fictional countries no recogniser knows) through the loader, the writer and the stage.</summary>
public sealed class PetrarchValidationTests
{
    private const string ActorsFile = "events/petrarch/PETR.Validate.actors.txt";
    private const string AgentsFile = "events/petrarch/PETR.Validate.agents.txt";

    private static ActorDictionary Load() => ActorDictionary.LoadPetrarch(SharedData.Require(ActorsFile), SharedData.Require(AgentsFile));

    // Herald's default stages with the actor stage over the PETRARCH dictionary alone.
    private static HeraldEngine EngineWith(ActorDictionary dictionary)
    {
        var builder = new PipelineBuilder();
        foreach (var stage in HeraldEngine.DefaultStages().Build().Stages)
            builder.Add(stage is ActorStage ? new ActorStage(dictionary) : stage);
        return new HeraldEngine(builder.Build());
    }

    private static string Text(Document document, ActorMention actor) =>
        document.Text[document.Token(actor.TokenStart).Start..document.Token(actor.TokenEnd - 1).End];

    [SkippableFact]
    public void The_validation_dictionaries_load_without_warnings()
    {
        var dictionary = Load();
        Assert.Empty(dictionary.Warnings);
        Assert.True(dictionary.ActorCount > 150, $"{dictionary.ActorCount} actors");
        Assert.True(dictionary.AgentCount > 150, $"{dictionary.AgentCount} agents");
        Assert.Equal("GON", dictionary.FindActor("Minas Tirith")!.CodeOn(new DateOnly(1995, 1, 1)));
        Assert.NotNull(dictionary.FindAgent("congresswomen"));
        Assert.NotNull(dictionary.FindAgent("ministry of silly walks"));
    }

    [SkippableFact]
    public void Writing_and_reading_back_keeps_every_phrase_and_code()
    {
        var original = Load();
        var actors = new StringWriter();
        var agents = new StringWriter();
        PetrarchWriter.WriteActors(original, actors);
        PetrarchWriter.WriteAgents(original, agents);
        var builder = new ActorDictionaryBuilder();
        PetrarchReader.ReadActors(new StringReader(actors.ToString()), "written.actors", builder);
        PetrarchReader.ReadAgents(new StringReader(agents.ToString()), "written.agents", builder);
        var copy = builder.Build();
        Assert.Empty(copy.Warnings);
        Assert.Equal(original.ActorCount, copy.ActorCount);
        Assert.Equal(original.AgentCount, copy.AgentCount);
        foreach (var (phrase, entry, _) in original.ActorPhrases)
            Assert.Equal(entry.Codes, copy.FindActor(phrase)!.Codes);
        foreach (var (phrase, agent, _) in original.AgentPhrases)
            Assert.Equal(agent, copy.FindAgent(phrase));
    }

    [SkippableTheory]
    [InlineData("1995-01-01", "Arnor security officials are about to restore full diplomatic ties with Gondor police.", "Arnor security officials", "ARNGOV")]
    [InlineData("1995-01-01", "Arnor security officials are about to restore full diplomatic ties with Gondor police.", "Gondor police", "GONCOP")]
    [InlineData("1995-01-01", "Arnor is about to restore full diplomatic ties with Gondor's government almost five years after crowds trashed its embassy.", "Gondor's government", "GONGOV")]
    [InlineData("1995-01-01", "MSF Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy.", "MSF Arnor", "NGOARN")]
    [InlineData("1995-01-01", "Human rights activists in Arnor are about to restore full diplomatic ties with Gondor.", "Human rights activists in Arnor", "ARNOPP")]
    [InlineData("1995-01-01", "White House security officials are about to restore full diplomatic ties with Minas Tirith border police.", "Minas Tirith border police", "GONCOP")]
    [InlineData("1995-01-06", "The Calenardhon Ministry of Silly Walks condemned an attack by Osgiliath soldiers in south Ithilen on Thursday.", "Osgiliath soldiers", "OSGMIL")]
    [InlineData("2010-01-06", "Sam Gamgee has marched very close to the border with Mordor.", "Sam Gamgee", "HOBMIL")]
    [InlineData("2010-01-09", "Sam Gamgee met a bunch of Morgul Orcs.", "Sam Gamgee", "ORCHOB")]
    [InlineData("2001-01-01", "Arnor is about to restore full diplomatic ties with Slinker almost five years after crowds trashed its embassy.", "Slinker", "HOBREB")]
    [InlineData("1978-12-23", "Zimbabwe is about to restore full diplomatic ties with Slinker almost five years after crowds trashed its embassy.", "Zimbabwe", "RHO")]
    public void Sentences_of_the_unit_tests_code_their_actors(string published, string sentence, string span, string code)
    {
        var document = EngineWith(Load()).Analyze(sentence, new ArticleInfo { Published = DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture) });
        var listing = string.Join("; ", document.Actors.Select(a => $"{Text(document, a)}={a.Code}"));
        Assert.True(document.Actors.Any(a => Text(document, a) == span && a.Code == code), $"'{span}' is not {code}: {listing}");
    }
}
