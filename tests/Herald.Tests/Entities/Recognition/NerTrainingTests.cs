using Herald.Documents;
using Herald.Entities.Gazetteers;
using Herald.Entities.Recognition;
using Herald.Pipeline;
using Herald.Tests.Support;

namespace Herald.Tests.Entities.Recognition;

public sealed class NerTrainingTests
{
    /// <summary>Stands in for the tagger: every token gets the same tags.</summary>
    private sealed class FlatTagger : IStage
    {
        public string Name => "flat";
        public Layers Requires => Layers.Tokens | Layers.Sentences;
        public Layers Assigns => Layers.Tags;

        public void Process(Document document, CancellationToken cancellationToken = default)
        {
            for (var t = 0; t < document.TokenCount; t++)
            {
                ref var token = ref document.TokenArray[t];
                token.Upos = 0;
                token.Xpos = 0;
            }
            document.MarkAssigned(Layers.Tags);
        }
    }

    private static readonly string[] s_people = ["Anna Berg", "Carl Dahl", "Eva Lund", "Olof Holm", "Rita Sand"];
    private static readonly string[] s_places = ["Oslo", "Bergen", "Tromso", "Narvik"];
    private static readonly string[] s_orgs = ["Statoil", "Telenor", "Orkla"];

    private static NerDocument Sentence(params (string Text, string Type)[] parts)
    {
        var words = new List<string>();
        var tags = new List<string>();
        foreach (var (text, type) in parts)
        {
            var first = true;
            foreach (var word in text.Split(' '))
            {
                words.Add(word);
                tags.Add(type == "O" ? "O" : (first ? "B-" : "I-") + type);
                first = false;
            }
        }
        return new NerDocument([new NerSentence([.. words], [.. tags])], true);
    }

    private static List<NerDocument> Synthetic()
    {
        var documents = new List<NerDocument>();
        for (var i = 0; i < 60; i++)
        {
            var person = s_people[i % s_people.Length];
            var place = s_places[i % s_places.Length];
            var org = s_orgs[i % s_orgs.Length];
            documents.Add(Sentence((person, "PER"), ("said in", "O"), (place, "LOC"), ("that", "O"), (org, "ORG"), ("would grow .", "O")));
            documents.Add(Sentence(("Yesterday", "O"), (org, "ORG"), ("hired", "O"), (person, "PER"), ("in", "O"), (place, "LOC"), (".", "O")));
        }
        return documents;
    }

    private static NerModel Train(IEnumerable<NerDocument> documents, int seed = 1)
    {
        var tagger = new FlatTagger();
        var examples = documents.Select(d => NerExample.Prepare(d, tagger)).ToList();
        return new NerTrainer(new NerTrainingOptions { Iterations = 5, Seed = seed })
            .Train(examples, NerLexicon.Empty, new Dictionary<string, IReadOnlyList<NerExample>>(), TextWriter.Null);
    }

    private static List<(string Text, string Type)> Recognize(NerModel model, params string[] words)
    {
        var document = NerExample.BuildDocument(new NerDocument([new NerSentence(words, words.Select(_ => "O").ToArray())], true));
        new FlatTagger().Process(document);
        new NerStage(model).Process(document);
        return document.Mentions.Select(m => (string.Join(' ', words[m.TokenStart..m.TokenEnd]), m.Type)).ToList();
    }

    [Fact]
    public void Learns_a_tiny_synthetic_set_and_generalises_to_new_names_in_known_contexts()
    {
        var model = Train(Synthetic());
        var scores = NerEvaluator.Evaluate(model, Synthetic().Select(d => NerExample.Prepare(d, new FlatTagger())).ToList());
        Assert.True(scores.Overall.F1 > 99, $"F1 {scores.Overall.F1:F2}");
        var found = Recognize(model, "Anna", "Berg", "said", "in", "Oslo", "that", "Orkla", "would", "grow", ".");
        Assert.Equal([("Anna Berg", "PERSON"), ("Oslo", "LOC"), ("Orkla", "ORG")], found);
    }

    [Fact]
    public void Saves_and_loads_the_same_model()
    {
        var model = Train(Synthetic());
        var lexicon = new NerLexicon(new Dictionary<ulong, uint> { [42] = 1u << 16 | 7 }, Gazetteer.FromGeoNames("/nonexistent"));
        model = new NerModel(model.Weights, lexicon);
        using var dir = new TempDir();
        model.Save(dir.Path);
        var loaded = NerModel.Load(dir.Path);
        Assert.Equal(model.Weights.FeatureCount, loaded.Weights.FeatureCount);
        Assert.Equal(model.Weights.WeightCount, loaded.Weights.WeightCount);
        Assert.Equal(1u << 16 | 7, loaded.Lexicon.ClusterOf(42));
        Assert.Equal(Gazetteer.Region, loaded.Lexicon.Gazetteer.Lookup(Gazetteer.HashName("middle east")));
        var words = new[] { "Carl", "Dahl", "said", "in", "Bergen", "." };
        Assert.Equal(Recognize(model, words), Recognize(loaded, words));
        using var again = new TempDir();
        loaded.Save(again.Path);
        Assert.Equal(File.ReadAllBytes(dir.PathOf(NerModel.FileName)), File.ReadAllBytes(again.PathOf(NerModel.FileName)));
    }

    [Fact]
    public void Training_is_deterministic_for_a_seed()
    {
        using var first = new TempDir();
        using var second = new TempDir();
        Train(Synthetic(), seed: 3).Save(first.Path);
        Train(Synthetic(), seed: 3).Save(second.Path);
        Assert.Equal(File.ReadAllBytes(first.PathOf(NerModel.FileName)), File.ReadAllBytes(second.PathOf(NerModel.FileName)));
    }
}
