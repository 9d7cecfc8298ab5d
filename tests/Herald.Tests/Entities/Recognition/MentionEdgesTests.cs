using Herald.Documents;
using Herald.Entities.Recognition;
using Herald.Tests.Support;

namespace Herald.Tests.Entities.Recognition;

/// <summary>A model mention that runs on past its name is cut back to the name.</summary>
public sealed class MentionEdgesTests
{
    [Theory]
    [InlineData("House Speaker Paul Ryan, at a private dinner", "House Speaker Paul Ryan")]
    [InlineData("Mitt Romney’s plan moves", "Mitt Romney")]
    [InlineData("Mitt Romney, for the most", "Mitt Romney")]
    [InlineData("Islamic State mounting attacks against Egyptian", "Islamic State")]
    [InlineData("Koch Brothers and other donors", "Koch Brothers")]
    [InlineData("Organization for the Prohibition of Chemical Weapons", "Organization for the Prohibition of Chemical Weapons")]
    [InlineData("Roe v. Wade", "Roe v. Wade")]
    [InlineData("Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi")]
    [InlineData("Port Authority of New York and New Jersey", "Port Authority of New York and New Jersey")]
    [InlineData("Defense of Marriage Act", "Defense of Marriage Act")]
    [InlineData("Washington, D.C.", "Washington, D.C.")]
    public void A_mention_ends_with_its_name(string phrase, string name)
    {
        var (document, words) = TaggedText.Phrase(phrase, " today.");
        var end = MentionEdges.End(document.Text, document.TokenArray, 0, words, words, person: false);
        Assert.Equal(name, document.Text[..document.TokenArray[end - 1].End]);
    }

    [Theory]
    [InlineData("Kim Jong-un", 2, true, "Kim Jong-un")]
    [InlineData("Moon Jae-in", 2, true, "Moon Jae-in")]
    [InlineData("Kim Jong - a", 2, true, "Kim Jong")]
    [InlineData("Moon Jae-in", 4, true, "Moon Jae-in")]
    [InlineData("Trump-led", 1, true, "Trump")]
    [InlineData("Dallas-based", 1, false, "Dallas")]
    [InlineData("Kremlin-backed", 1, false, "Kremlin")]
    public void A_person_that_stops_inside_a_hyphenated_name_takes_the_rest_of_it(string phrase, int modelEnd, bool person, string name)
    {
        var (document, words) = TaggedText.Phrase(phrase, " spoke.");
        var end = MentionEdges.End(document.Text, document.TokenArray, 0, modelEnd, words, person);
        Assert.Equal(name, document.Text[..document.TokenArray[end - 1].End]);
    }
}
