using Herald.Documents;
using Herald.Entities.Recognition;
using Herald.Tests.Support;

namespace Herald.Tests.Entities.Recognition;

/// <summary>A person named after an institution's title, which the model tends to swallow into one organisation.</summary>
public sealed class TitledNamesTests
{
    [Theory]
    [InlineData("U.S. District Court Judge Maria Lopez ruled on Tuesday that the state could sue.", "Maria Lopez")]
    [InlineData("U.S. Attorney General Jeff Sessions criticised the ruling in a statement.", "Jeff Sessions")]
    [InlineData("Bank of England Governor Mark Carney spoke in London on Monday.", "Mark Carney")]
    [InlineData("Under-Secretary of State Tom Shannon flew to Ankara.", "Tom Shannon")]
    [InlineData("Friends said Mr. Rahami had changed after a trip abroad.", "Rahami")]
    [InlineData("Neighbours said Dr. Okafor had closed the clinic.", "Okafor")]
    public void The_name_after_a_title_is_a_person(string sentence, string name)
    {
        var found = TaggedText.Mentions(sentence);
        // The model itself may keep a form of address in a person mention ("Dr. Okafor"); the canonical stage drops it.
        Assert.Contains(found, m => m.Type == EntityTypes.Person && (m.Text == name || m.Text.EndsWith(" " + name, StringComparison.Ordinal)));
        Assert.DoesNotContain(found, m => m.Text.EndsWith(name, StringComparison.Ordinal) && m.Type != EntityTypes.Person);
    }

    [Theory]
    [InlineData("Mr. Rahami", 1)]
    [InlineData("Dr. Okafor", 1)]
    [InlineData("U.S. Attorney General Jeff Sessions", 3)]
    [InlineData("Secretary of State Rex Tillerson", 3)]
    [InlineData("General Motors", -1)]
    [InlineData("General Electric Co", -1)]
    [InlineData("Department of Justice", -1)]
    public void The_name_starts_after_the_title(string phrase, int nameStart)
    {
        var (document, words) = TaggedText.Phrase(phrase, " spoke on Monday.");
        Assert.Equal(nameStart, TitledNames.NameStart(document.Text, document.TokenArray, 0, words));
    }

    [Theory]
    [InlineData("General Electric Co said its profit rose, while General Motors cut jobs.", "General Electric Co", "General Motors")]
    [InlineData("The Justice Department and the Supreme Court declined to comment.", "Justice Department", "Supreme Court")]
    public void Companies_and_institutions_named_with_a_title_word_stay_organisations(string sentence, string first, string second)
    {
        var found = TaggedText.Mentions(sentence);
        Assert.Contains((first, EntityTypes.Organization), found);
        Assert.Contains((second, EntityTypes.Organization), found);
    }
}
