using Herald.Documents;
using Herald.Entities.Canonical;
using Herald.Entities.Rules;
using Herald.Text;

namespace Herald.Tests.Entities.Rules;

/// <summary>Builds tokenized documents and adds model-like mentions as the statistical recogniser would.</summary>
internal static class EntityTestDocuments
{
    public static Document Tokenized(string text)
    {
        var document = new Document(text);
        new TokenizerStage().Process(document);
        new SentenceStage().Process(document);
        return document;
    }

    /// <summary>Adds a model mention over the first occurrence of <paramref name="phrase"/> at or after char <paramref name="from"/>.</summary>
    public static Document Model(this Document document, string phrase, string type, int occurrence = 0)
    {
        var at = -1;
        for (var k = 0; k <= occurrence; k++)
            at = document.Text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{phrase}' not in text");
        var start = -1;
        var end = -1;
        for (var t = 0; t < document.TokenCount; t++)
        {
            var token = document.TokenRecords[t];
            if (token.Start == at)
                start = t;
            if (token.End == at + phrase.Length)
                end = t + 1;
        }
        Assert.True(start >= 0 && end > start, $"'{phrase}' does not fall on token boundaries");
        document.Mentions.Add(new Mention(start, end, type, -1));
        document.Mentions.Sort((a, b) => a.TokenStart.CompareTo(b.TokenStart));
        return document;
    }

    public static Document RunRules(this Document document)
    {
        EntityRulesStage.Default.Process(document);
        return document;
    }

    public static Document RunAll(this Document document)
    {
        EntityRulesStage.Default.Process(document);
        CanonicalEntitiesStage.Default.Process(document);
        return document;
    }

    public static string TextOf(this Document document, Mention mention) => new Span(document, mention.TokenStart, mention.TokenEnd).Text;

    public static List<(string Type, string Text)> RuleMentions(this Document document) =>
        [.. document.Mentions.Where(m => m.Source == EntityRulesStage.RuleSource).Select(m => (m.Type, document.TextOf(m)))];
}
