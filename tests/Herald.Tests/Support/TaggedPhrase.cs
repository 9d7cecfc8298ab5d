using Herald.Documents;
using Herald.Pipeline;
using Herald.Syntax.Tagging;
using Herald.Text;

namespace Herald.Tests.Support;

/// <summary>A phrase tagged at the start of a short sentence of its own, for rules that read a span of tagged tokens.</summary>
internal static class TaggedPhrase
{
    /// <summary>Tokenises, splits and tags <paramref name="phrase"/> followed by <paramref name="rest"/>; returns the document and the phrase's token count.</summary>
    public static (Document Document, int Tokens) Of(string phrase, string rest)
    {
        var document = new Document(phrase + rest);
        new PipelineBuilder().Add(new TokenizerStage()).Add(new SentenceStage()).Add(TaggerStage.Default).Build().Process(document);
        return (document, document.TokenArray.Count(t => t.End <= phrase.Length));
    }
}
