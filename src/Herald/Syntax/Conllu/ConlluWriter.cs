using System.Globalization;

namespace Herald.Syntax.Conllu;

/// <summary>Writes CoNLL-U sentences.</summary>
public static class ConlluWriter
{
    /// <summary>Writes <paramref name="sentence"/> followed by the blank line that ends it.</summary>
    public static void Write(TextWriter writer, ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sentence);
        foreach (var comment in sentence.Comments)
            writer.Write($"# {comment}\n");
        var multiword = 0;
        foreach (var word in sentence.Words)
        {
            if (multiword < sentence.Multiwords.Count && sentence.Multiwords[multiword].First == word.Id)
            {
                var token = sentence.Multiwords[multiword++];
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"{token.First}-{token.Last}\t{token.Form}\t_\t_\t_\t_\t_\t_\t_\t{token.Misc}\n"));
            }
            var head = word.Head < 0 ? "_" : word.Head.ToString(CultureInfo.InvariantCulture);
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{word.Id}\t{word.Form}\t{word.Lemma}\t{word.Upos}\t{word.Xpos}\t{word.Feats}\t{head}\t{word.Deprel}\t{word.Deps}\t{word.Misc}\n"));
        }
        writer.Write('\n');
    }
}
