using System.Globalization;
using System.Text;
using Herald.Errors;
using Herald.Syntax.Conllu;

namespace Herald.Syntax.Evaluation;

/// <summary>
/// A CoNLL-U file reduced as the CoNLL 2018 evaluation does: the forms of its surface tokens concatenated with
/// whitespace removed, and its tokens, sentences and words as spans over those characters.
/// </summary>
internal sealed class PlacedFile
{
    private readonly StringBuilder _characters = new();

    public List<CharSpan> Tokens { get; } = [];

    public List<CharSpan> Sentences { get; } = [];

    public List<PlacedWord> Words { get; } = [];

    public string Characters { get; private set; } = "";

    public static PlacedFile Build(IEnumerable<ConlluSentence> sentences, string name)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var file = new PlacedFile();
        foreach (var sentence in sentences)
            file.Add(sentence, name);
        file.Characters = file._characters.ToString();
        return file;
    }

    /// <summary>Whitespace as the evaluation ignores it: any Unicode white space and the invisible format characters the tokenizer skips.</summary>
    public static bool IsIgnored(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u2060';

    private void Add(ConlluSentence sentence, string name)
    {
        var wordBase = Words.Count;
        var sentenceStart = _characters.Length;
        var count = sentence.Words.Count;
        for (var w = 0; w < count; w++)
        {
            if (sentence.Words[w].Id != w + 1)
                throw Malformed(name, sentence, $"word {sentence.Words[w].Id} is out of order (expected {w + 1})");
        }
        foreach (var (form, _, first, last) in sentence.SurfaceTokens())
        {
            var start = _characters.Length;
            foreach (var c in form)
            {
                if (!IsIgnored(c)) _characters.Append(c);
            }
            var span = new CharSpan(start, _characters.Length);
            Tokens.Add(span);
            for (var id = first; id <= last && id <= count; id++)
            {
                var word = sentence.Words[id - 1];
                if (word.Head > count)
                    throw Malformed(name, sentence, string.Create(CultureInfo.InvariantCulture, $"word {word.Id} has head {word.Head}, beyond the sentence's {count} words"));
                var parent = word.Head switch
                {
                    0 => PlacedWord.Root,
                    < 0 => PlacedWord.NoHead,
                    _ => wordBase + word.Head - 1,
                };
                Words.Add(new PlacedWord(span, first != last, word, parent));
            }
        }
        if (_characters.Length > sentenceStart)
            Sentences.Add(new CharSpan(sentenceStart, _characters.Length));
    }

    private static HeraldException Malformed(string name, ConlluSentence sentence, string detail) =>
        new(new HeraldError(ErrorCatalog.MalformedConllu, string.Create(CultureInfo.InvariantCulture, $"{name}:{sentence.Line}"), detail));
}
