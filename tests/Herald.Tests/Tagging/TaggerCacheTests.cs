using Herald.Documents;
using Herald.Syntax.Tagging;
using Herald.Text;

namespace Herald.Tests.Tagging;

/// <summary>
/// The per-thread word cache and the split of the features into word-only, neighbour and context parts must
/// change nothing: the same features, and the same tags and lemmas as tagging without the cache.
/// </summary>
public sealed class TaggerCacheTests
{
    private const string Text = "The ministers didn't say whether talks were planned. Trump told reporters at the White House on Monday " +
        "that the U.S. economy grew 3.5% in Q3, up from 2.1%. \"It's a great day,\" he said. Mr. O'Neill-Smith, 42, disagreed!";

    [Fact]
    public void The_feature_parts_add_up_to_the_features()
    {
        var words = Hashes(Text.Split(' '));
        Span<ulong> buffer = stackalloc ulong[TaggerFeatures.Max];
        var next = Enumerable.Range(0, words.Length).Select(i => i % 7).ToArray();
        foreach (var useClusters in new[] { false, true })
        {
            foreach (var nextClasses in new[] { Array.Empty<int>(), next })
            {
                for (var i = 0; i < words.Length; i++)
                {
                    var expected = buffer[..TaggerFeatures.Extract(words, i, i % 5 - 1, i % 3 - 1, nextClasses, buffer, useClusters)].ToArray();
                    Array.Sort(expected);
                    for (var summed = 0; summed < 8; summed++)
                    {
                        if (((summed & TaggerFeatures.PreviousSummed) != 0 && i < 1) || ((summed & TaggerFeatures.NextSummed) != 0 && i + 1 >= words.Length)
                            || ((summed & TaggerFeatures.SecondNextSummed) != 0 && i + 2 >= words.Length))
                            continue; // only real neighbours are summed elsewhere
                        var parts = new List<ulong>();
                        parts.AddRange(buffer[..TaggerFeatures.ExtractWord(in words[i], buffer, useClusters)].ToArray());
                        parts.AddRange(buffer[..TaggerFeatures.ExtractContext(words, i, i % 5 - 1, i % 3 - 1, nextClasses, buffer, useClusters, summed)].ToArray());
                        if ((summed & TaggerFeatures.PreviousSummed) != 0)
                            parts.AddRange(buffer[..TaggerFeatures.ExtractAsPrevious(in At(words, i - 1), buffer, useClusters)].ToArray());
                        if ((summed & TaggerFeatures.NextSummed) != 0)
                            parts.AddRange(buffer[..TaggerFeatures.ExtractAsNext(in At(words, i + 1), buffer, useClusters)].ToArray());
                        if ((summed & TaggerFeatures.SecondNextSummed) != 0)
                            parts.AddRange(buffer[..TaggerFeatures.ExtractAsSecondNext(in At(words, i + 2), buffer, useClusters)].ToArray());
                        var actual = parts.ToArray();
                        Array.Sort(actual);
                        Assert.Equal(expected, actual);
                    }
                }
            }
        }
    }

    [Fact]
    public void Cached_tagging_is_the_same_as_uncached()
    {
        // Many distinct words, so that the cache evicts, also within sentences; repeated, so that it hits.
        var random = new Random(7);
        var vocabulary = Text.Split(' ').Concat(Enumerable.Range(0, 30_000).Select(i => Word(random, i))).ToArray();
        var text = string.Join(' ', Enumerable.Range(0, 120_000).Select(i => vocabulary[random.Next(i % 3 == 0 ? vocabulary.Length : 40)] + (i % 17 == 16 ? "." : "")));
        var document = new Document(text);
        new TokenizerStage().Process(document);
        new SentenceStage().Process(document);
        var model = TestModel.Tagger;
        new TaggerStage(model).Process(document);

        Span<char> lemma = stackalloc char[256];
        var checkedWords = 0;
        foreach (var sentence in document.SentenceRecords)
        {
            var tokens = document.TokenArray.AsSpan(sentence.TokenStart, sentence.Count);
            var words = new WordHashes[tokens.Length];
            for (var i = 0; i < tokens.Length; i++)
                words[i] = WordHashes.Of(text.AsSpan(tokens[i].Start, tokens[i].Length));
            var classes = new int[tokens.Length];
            model.Predict(words, classes, new int[tokens.Length], new int[tokens.Length]);
            for (var i = 0; i < tokens.Length; i++)
            {
                Assert.Equal(model.Tags.Upos(classes[i]), tokens[i].Upos);
                Assert.Equal(model.Tags.Xpos(classes[i]), tokens[i].Xpos);
                var form = text.AsSpan(tokens[i].Start, tokens[i].Length);
                var expected = form.Length > 128 ? form : lemma[..model.Lemmatizer.Lemmatize(form, tokens[i].Xpos, lemma)];
                Assert.Equal(expected.ToString(), document.Lemmas[tokens[i].Lemma]);
                checkedWords++;
            }
        }
        Assert.True(checkedWords > 100_000);
    }

    private static ref readonly WordHashes At(WordHashes[] words, int i) => ref words[i];

    private static WordHashes[] Hashes(string[] forms)
    {
        var words = forms.Select(f => WordHashes.Of(f)).ToArray();
        TestModel.Tagger.AddWordClasses(words);
        return words;
    }

    private static string Word(Random random, int i)
    {
        var letters = new char[random.Next(1, 30)];
        for (var k = 0; k < letters.Length; k++)
            letters[k] = (char)('a' + random.Next(26));
        if (i % 5 == 0)
            letters[0] = char.ToUpperInvariant(letters[0]);
        return new string(letters) + (i % 11 == 0 ? "s" : i % 13 == 0 ? "ed" : "");
    }
}
