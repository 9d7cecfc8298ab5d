using System.Runtime.InteropServices;
using Herald.Text;
using static Herald.Tests.Text.TextTestHelpers;

namespace Herald.Tests.Text;

public sealed class SurfaceTokensTests
{
    /// <summary>The surface tokens as UD writes them: tokens that continue the previous one are joined with '+'.</summary>
    private static string Surface(string text)
    {
        var spans = Spans(text);
        var continues = new bool[spans.Count];
        SurfaceTokens.Mark(text, CollectionsMarshal.AsSpan(spans), continues);
        var parts = new List<string>();
        for (var k = 0; k < spans.Count; k++)
        {
            var token = text.Substring(spans[k].Start, spans[k].Length);
            if (continues[k]) parts[^1] += "+" + token;
            else parts.Add(token);
        }
        return string.Join(' ', parts);
    }

    [Theory]
    [InlineData("I don't know", "I do+n't know")]
    [InlineData("Trump's aides can't, won't", "Trump+'s aides ca+n't , wo+n't")]
    [InlineData("we cannot, gonna, I'm, they've", "we can+not , gon+na , I+'m , they+'ve")]
    [InlineData("the soldiers' home, 'quoted' words", "the soldiers+' home , ' quoted ' words")]
    [InlineData("said. (AP) \"Yes\"", "said . ( AP ) \" Yes \"")]
    [InlineData("Jr.'s car", "Jr.+'s car")]
    public void Clitics_continue_the_word_they_were_split_from(string text, string expected) => Assert.Equal(expected, Surface(text));

    [Fact]
    public void The_first_token_and_spaced_tokens_never_continue()
    {
        const string text = "n't 's";
        var spans = Spans(text);
        Assert.False(SurfaceTokens.ContinuesPrevious(text, CollectionsMarshal.AsSpan(spans), 0));
        Assert.False(SurfaceTokens.ContinuesPrevious(text, CollectionsMarshal.AsSpan(spans), 1));
    }
}
