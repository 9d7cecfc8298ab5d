using Herald.Documents;
using Herald.Tests.Support;

namespace Herald.Tests.Parsing;

/// <summary>Constructions news is made of, parsed through the default pipeline, with the heads they must get.</summary>
public sealed class NewsConstructionTests
{
    private static Document Parse(string text) => DefaultEngine.Analyze(text);

    private static Token Word(Document document, string form)
    {
        for (var t = 0; t < document.TokenCount; t++)
        {
            if (document.Token(t).Text == form)
                return document.Token(t);
        }
        throw new InvalidOperationException($"no token '{form}'");
    }

    private static void AssertArc(Document document, string dependent, string relation, string? head)
    {
        var token = Word(document, dependent);
        var actualHead = token.Head < 0 ? null : document.Token(token.Head).Text;
        Assert.True(actualHead == head && token.Deprel == relation,
            $"'{dependent}': expected {relation} of {head ?? "ROOT"}, got {token.Deprel} of {actualHead ?? "ROOT"}");
    }

    [Fact]
    public void Reporting_clause()
    {
        var d = Parse("Officials said the talks would resume.");
        AssertArc(d, "said", "root", null);
        AssertArc(d, "resume", "ccomp", "said");
        AssertArc(d, "Officials", "nsubj", "said");
    }

    [Fact]
    public void Apposition()
    {
        var d = Parse("John Bolton, Trump's national security adviser, met Putin.");
        // UD heads a name on its first word ("Bolton" is flat of "John"), so the apposition hangs from "John".
        AssertArc(d, "Bolton", "flat", "John");
        AssertArc(d, "adviser", "appos", "John");
        AssertArc(d, "met", "root", null);
    }

    [Fact]
    public void Infinitival_complement()
    {
        var d = Parse("Trump and Putin plan to meet in Paris.");
        AssertArc(d, "meet", "xcomp", "plan");
        AssertArc(d, "Paris", "obl", "meet");
    }

    [Fact]
    public void Passive()
    {
        var d = Parse("The agreement was signed by both ministers.");
        AssertArc(d, "agreement", "nsubj:pass", "signed");
        AssertArc(d, "signed", "root", null);
    }

    [Fact]
    public void Coordinated_subjects()
    {
        var d = Parse("Putin and Trump have met.");
        AssertArc(d, "Trump", "conj", "Putin");
        AssertArc(d, "Putin", "nsubj", "met");
    }
}
