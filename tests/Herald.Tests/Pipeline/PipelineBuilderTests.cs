using Herald.Analysis;
using Herald.Documents;
using Herald.Pipeline;
using Herald.Text;

namespace Herald.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    private sealed class FakeStage(string name, Layers requires, Layers assigns) : IStage
    {
        public string Name => name;
        public Layers Requires => requires;
        public Layers Assigns => assigns;
        public void Process(Document document, CancellationToken cancellationToken = default) { }
    }

    [Fact]
    public void Rejects_a_stage_before_what_it_needs()
    {
        var builder = new PipelineBuilder()
            .Add(new TokenizerStage())
            .Add(new FakeStage("parser", Layers.Tokens | Layers.Tags, Layers.Dependencies))
            .Add(new FakeStage("tagger", Layers.Tokens, Layers.Tags));
        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("'parser' requires Tags", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_an_order_that_meets_every_requirement()
    {
        var pipeline = new PipelineBuilder()
            .Add(new TokenizerStage())
            .Add(new SentenceStage())
            .Add(new FakeStage("tagger", Layers.Tokens | Layers.Sentences, Layers.Tags))
            .Build();
        Assert.Equal(["tokenizer", "sentences", "tagger"], pipeline.Stages.Select(s => s.Name));
        Assert.Equal(Layers.Tokens | Layers.Sentences | Layers.Tags, pipeline.Assigns);
    }

    [Fact]
    public void Replace_puts_a_stage_in_place_of_the_one_with_its_name()
    {
        var other = new FakeStage("tagger", Layers.Tokens | Layers.Sentences, Layers.Tags);
        var builder = new PipelineBuilder()
            .Add(new TokenizerStage())
            .Add(new SentenceStage())
            .Add(new FakeStage("tagger", Layers.Tokens | Layers.Sentences, Layers.Tags));
        var pipeline = builder.Replace(other).Build();
        Assert.Same(other, pipeline.Stages[2]);
        Assert.Throws<ArgumentException>(() => builder.Replace(new FakeStage("parser", Layers.Tags, Layers.Dependencies)));
    }

    [Fact]
    public void Built_pipeline_does_not_change_when_the_builder_does()
    {
        var builder = new PipelineBuilder().Add(new TokenizerStage());
        var pipeline = builder.Build();
        builder.Add(new SentenceStage());
        Assert.Single(pipeline.Stages);
    }

    [Fact]
    public void One_pipeline_serves_many_threads_with_the_same_results()
    {
        var engine = HeraldEngine.CreateDefault();
        var texts = Enumerable.Range(0, 200)
            .Select(i => $"Talks number {i} began on Monday. Officials said the U.S. envoy, Mr. Smith, would attend. \"We may,\" he said.")
            .ToArray();
        var expected = texts.Select(t => Shape(engine.Analyze(t))).ToArray();
        var actual = new string[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Shape(engine.Analyze(texts[i])));
        Assert.Equal(expected, actual);
    }

    private static string Shape(Document document) =>
        string.Join('|', Enumerable.Range(0, document.SentenceCount).Select(s => document.Sentence(s).Tokens.Count));
}
