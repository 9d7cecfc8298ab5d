using Herald.Documents;
using Herald.Entities.Recognition;
using Herald.Pipeline;
using Herald.Syntax.Tagging;
using Herald.Text;

namespace Herald.Tests.Support;

/// <summary>Text tokenised, split and tagged with the committed models, for tests of the stages and rules that read tags.</summary>
internal static class TaggedText
{
    /// <summary>Tokenises, splits and tags <paramref name="text"/>, then runs <paramref name="stages"/>.</summary>
    public static Document Analyze(string text, params IStage[] stages)
    {
        var builder = new PipelineBuilder().Add(new TokenizerStage()).Add(new SentenceStage()).Add(TaggerStage.Default);
        foreach (var stage in stages)
            builder.Add(stage);
        var document = new Document(text);
        builder.Build().Process(document);
        return document;
    }

    /// <summary><paramref name="phrase"/> tagged at the start of a short sentence ending with <paramref name="rest"/>: the document and the phrase's token count.</summary>
    public static (Document Document, int Tokens) Phrase(string phrase, string rest)
    {
        var document = Analyze(phrase + rest);
        return (document, document.TokenArray.Count(t => t.End <= phrase.Length));
    }

    /// <summary>The text and type of each mention the committed recognizer finds in <paramref name="text"/>, in order.</summary>
    public static List<(string Text, string Type)> Mentions(string text)
    {
        var document = Analyze(text, NerStage.Default);
        return [.. document.Mentions.Select(m => (text[document.TokenRecords[m.TokenStart].Start..document.TokenRecords[m.TokenEnd - 1].End], m.Type))];
    }
}
