using Herald.Documents;
using Herald.Entities.Recognition;
using Herald.Pipeline;
using Herald.Syntax.Tagging;
using Herald.Text;

namespace Herald.Tests.Entities.Recognition;

/// <summary>A person named after an institution's title, which the model tends to swallow into one organisation.</summary>
public sealed class TitledNamesTests
{
    private static List<(string Text, string Type)> Recognize(string text)
    {
        var document = new Document(text);
        new PipelineBuilder().Add(new TokenizerStage()).Add(new SentenceStage()).Add(TaggerStage.Default).Add(NerStage.Default).Build().Process(document);
        return document.Mentions.Select(m => (text[document.TokenRecords[m.TokenStart].Start..document.TokenRecords[m.TokenEnd - 1].End], m.Type)).ToList();
    }

    [Theory]
    [InlineData("U.S. District Court Judge Maria Lopez ruled on Tuesday that the state could sue.", "Maria Lopez")]
    [InlineData("U.S. Attorney General Jeff Sessions criticised the ruling in a statement.", "Jeff Sessions")]
    [InlineData("Bank of England Governor Mark Carney spoke in London on Monday.", "Mark Carney")]
    [InlineData("Under-Secretary of State Tom Shannon flew to Ankara.", "Tom Shannon")]
    public void The_name_after_a_title_is_a_person(string sentence, string name)
    {
        var found = Recognize(sentence);
        Assert.Contains((name, EntityTypes.Person), found);
        Assert.DoesNotContain(found, m => m.Text.EndsWith(name, StringComparison.Ordinal) && m.Type != EntityTypes.Person);
    }

    [Theory]
    [InlineData("General Electric Co said its profit rose, while General Motors cut jobs.", "General Electric Co", "General Motors")]
    [InlineData("The Justice Department and the Supreme Court declined to comment.", "Justice Department", "Supreme Court")]
    public void Companies_and_institutions_named_with_a_title_word_stay_organisations(string sentence, string first, string second)
    {
        var found = Recognize(sentence);
        Assert.Contains((first, EntityTypes.Organization), found);
        Assert.Contains((second, EntityTypes.Organization), found);
    }
}
