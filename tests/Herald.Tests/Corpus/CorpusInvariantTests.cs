using Herald.Analysis;
using Herald.Documents;
using Herald.Sources;
using Herald.Tests.Support;

namespace Herald.Tests.Corpus;

/// <summary>On whole corpora: every token slices its own text, and sentences tile the tokens in order.</summary>
public sealed class CorpusInvariantTests
{
    [SkippableTheory]
    [InlineData("corpora/bbc.jsonl.gz", 2225)]
    [InlineData("corpora/isot-sample.jsonl.gz", 1071)]
    [InlineData("examples/paris-summit-2018.txt", 1)]
    public void Tokens_and_sentences_are_consistent_on_every_article(string corpus, int articles)
    {
        var path = SharedData.Require(corpus);
        var analysed = 0;
        foreach (var result in HeraldEngine.CreateDefault().AnalyzeAll(ArticleSources.Read(path)))
        {
            Assert.True(result.Document is not null, result.Error?.Message);
            AssertConsistent(result.Document);
            analysed++;
        }
        Assert.Equal(articles, analysed);
    }

    internal static void AssertConsistent(Document document)
    {
        var text = document.Text;
        var previousEnd = 0;
        for (var t = 0; t < document.TokenCount; t++)
        {
            var token = document.Token(t);
            Assert.True(token.Start >= previousEnd && token.End > token.Start && token.End <= text.Length, $"token {t} [{token.Start}, {token.End})");
            Assert.Equal(text.Substring(token.Start, token.End - token.Start), token.Text);
            Assert.False(token.Chars.ContainsAny(" \n\t"), $"token {t} '{token.Text}' holds whitespace");
            Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..token.Start]), $"text skipped before token {t}: '{text[previousEnd..token.Start]}'");
            previousEnd = token.End;
        }
        Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..]), "text left after the last token");

        var next = 0;
        for (var s = 0; s < document.SentenceCount; s++)
        {
            var sentence = document.Sentence(s).Data;
            Assert.Equal(next, sentence.TokenStart);
            Assert.True(sentence.TokenEnd > sentence.TokenStart, $"sentence {s} is empty");
            for (var t = sentence.TokenStart; t < sentence.TokenEnd; t++)
                Assert.Equal(s, document.Token(t).SentenceIndex);
            next = sentence.TokenEnd;
        }
        Assert.Equal(document.TokenCount, next);
    }
}
