using System.Text;

namespace Herald.Syntax.Conllu;

/// <summary>One sentence of a CoNLL-U file: its comments, words and multi-word tokens.</summary>
public sealed class ConlluSentence
{
    /// <summary>Comment lines without the leading <c># </c>, in order.</summary>
    public List<string> Comments { get; } = [];

    /// <summary>The syntactic words, in order (empty nodes such as <c>8.1</c> are not kept).</summary>
    public List<ConlluWord> Words { get; } = [];

    /// <summary>The multi-word tokens, in order.</summary>
    public List<ConlluMultiword> Multiwords { get; } = [];

    /// <summary>The line of the file where the sentence starts, for messages.</summary>
    public long Line { get; init; }

    /// <summary>The <c># sent_id</c> value, if any.</summary>
    public string? SentenceId => Comment("sent_id");

    /// <summary>The <c># text</c> value, if any.</summary>
    public string? Text => Comment("text");

    /// <summary>Whether the sentence starts a new document (<c># newdoc</c>).</summary>
    public bool StartsDocument => Comments.Any(c => c.StartsWith("newdoc", StringComparison.Ordinal));

    /// <summary>Whether the sentence starts a new paragraph (<c># newpar</c>).</summary>
    public bool StartsParagraph => Comments.Any(c => c.StartsWith("newpar", StringComparison.Ordinal));

    /// <summary>The value of a <c># key = value</c> comment.</summary>
    public string? Comment(string key)
    {
        foreach (var comment in Comments)
        {
            if (comment.StartsWith(key, StringComparison.Ordinal) && comment.AsSpan(key.Length).TrimStart().StartsWith("="))
                return comment[(comment.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim();
        }
        return null;
    }

    /// <summary>
    /// The surface tokens in order, as the raw text has them: a multi-word token stands for the words it
    /// covers. Each item gives the form, whether a space follows, and the word range <c>[First, Last]</c>.
    /// </summary>
    public IEnumerable<(string Form, bool SpaceAfter, int First, int Last)> SurfaceTokens()
    {
        var multiword = 0;
        for (var w = 0; w < Words.Count; w++)
        {
            var word = Words[w];
            if (multiword < Multiwords.Count && Multiwords[multiword].First == word.Id)
            {
                var token = Multiwords[multiword++];
                yield return (token.Form, token.SpaceAfter, token.First, token.Last);
                while (w + 1 < Words.Count && Words[w + 1].Id <= token.Last)
                    w++;
                continue;
            }
            yield return (word.Form, word.SpaceAfter, word.Id, word.Id);
        }
    }

    /// <summary>The raw text rebuilt from the surface tokens and their spacing, without a final space.</summary>
    public string RebuildText()
    {
        var text = new StringBuilder();
        foreach (var (form, spaceAfter, _, _) in SurfaceTokens())
        {
            text.Append(form);
            if (spaceAfter)
                text.Append(' ');
        }
        return text.ToString().TrimEnd(' ');
    }
}
