using Herald.Documents;
using Herald.Syntax.Tagging;
using Herald.Text;
using Herald.Time;

namespace Herald.Tests.Time;

/// <summary>Runs tokenizer, splitter, tagger and the time stage over a sentence or two, with a publication date.</summary>
internal static class TimeTestDocuments
{
    public static Document Analyze(string text, string? published)
    {
        var info = new ArticleInfo { Published = published is null ? null : DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture) };
        var document = new Document(text, info);
        new TokenizerStage().Process(document);
        new SentenceStage().Process(document);
        TaggerStage.Default.Process(document);
        TimeStage.Default.Process(document);
        return document;
    }

    /// <summary>The one expression whose text is <paramref name="phrase"/>; fails listing what was found otherwise.</summary>
    public static TimeExpression Find(this Document document, string phrase)
    {
        var found = document.Times.Where(t => document.Text[t.Start..t.End] == phrase).ToList();
        var all = string.Join("; ", document.Times.Select(t => $"'{document.Text[t.Start..t.End]}' {t.Type} {t.Value}"));
        Assert.True(found.Count == 1, $"expected one expression '{phrase}', found: {all}");
        return found[0];
    }

    /// <summary>Asserts the expression <paramref name="phrase"/> is found with this type and value.</summary>
    public static void Expect(string text, string published, string phrase, string type, string value)
    {
        var time = Analyze(text, published).Find(phrase);
        Assert.Equal((type, value), (time.Type, time.Value));
    }
}
