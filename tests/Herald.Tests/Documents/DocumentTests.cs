using Herald.Documents;

namespace Herald.Tests.Documents;

public sealed class DocumentTests
{
    private static Document TwoSentences()
    {
        // "Putin met Trump. They talked."
        var document = new Document("Putin met Trump. They talked.");
        document.SetTokens([new(0, 5), new(6, 3), new(10, 5), new(15, 1), new(17, 4), new(22, 6), new(28, 1)]);
        document.SetSentences([new(0, 4), new(4, 7)]);
        return document;
    }

    [Fact]
    public void Views_slice_the_text_with_half_open_offsets()
    {
        var document = TwoSentences();
        Assert.Equal("Trump", document.Token(2).Text);
        Assert.Equal(10, document.Token(2).Start);
        Assert.Equal(15, document.Token(2).End);
        Assert.Equal("Putin met Trump.", document.Sentence(0).Text);
        Assert.Equal("They talked.", document.Sentence(1).Text);
        Assert.Equal(1, document.Token(5).SentenceIndex);
        Assert.Equal("met Trump", new Span(document, 1, 3).Text);
        Assert.Equal(Layers.Tokens | Layers.Sentences, document.Layers);
    }

    [Fact]
    public void Empty_span_sits_at_the_next_token()
    {
        var document = TwoSentences();
        var span = new Span(document, 2, 2);
        Assert.Equal(10, span.Start);
        Assert.Equal(10, span.End);
        Assert.Equal("", span.Text);
        Assert.Equal(29, new Span(document, 7, 7).Start);
    }

    [Fact]
    public void Counts_words_not_punctuation()
    {
        Assert.Equal(5, TwoSentences().CountWords());
    }

    [Theory]
    [InlineData(0, 0)]   // empty token
    [InlineData(28, 5)]  // runs past the end
    [InlineData(3, 3)]   // overlaps the first token
    public void Rejects_tokens_that_do_not_fit(int start, int length)
    {
        var document = new Document("Putin met Trump. They talked.");
        Assert.Throws<ArgumentException>(() => document.SetTokens([new(0, 5), new(start, length)]));
    }

    [Fact]
    public void Rejects_sentences_with_gaps_or_that_stop_short()
    {
        var document = new Document("Putin met Trump. They talked.");
        document.SetTokens([new(0, 5), new(6, 3), new(10, 5), new(15, 1)]);
        Assert.Throws<ArgumentException>(() => document.SetSentences([new(0, 2), new(3, 4)]));
        Assert.Throws<ArgumentException>(() => document.SetSentences([new(0, 3)]));
        Assert.Throws<ArgumentException>(() => document.SetSentences([new(0, 0), new(0, 4)]));
    }

    [Fact]
    public void New_tokens_clear_the_sentences()
    {
        var document = TwoSentences();
        document.SetTokens([new(0, 5)]);
        Assert.Equal(0, document.SentenceCount);
        Assert.Equal(Layers.Tokens, document.Layers);
    }
}
