using Herald.Documents;
using Herald.Syntax.Conllu;
using Herald.Syntax.Parsing;
using Herald.Syntax.Tagging;

namespace Herald.Tests.Support;

/// <summary>
/// A document over the words of a CoNLL-U sentence (fields separated by spaces) with its tags, lemmas and tree as
/// written: the parse under test, whatever the parser would say, so that what reads parses is tested on each way
/// a parser may put a sentence.
/// </summary>
internal static class WrittenTree
{
    public static Document Parse(string conllu)
    {
        var sentence = ConlluReader.Read(new StringReader(conllu.Replace(' ', '\t') + "\n"), "test").Single();
        var document = TaggerEvaluator.ToDocument(sentence);
        var tokens = document.TokenArray;
        for (var i = 0; i < sentence.Words.Count; i++)
        {
            var word = sentence.Words[i];
            tokens[i].Upos = UniversalTags.IdOf(word.Upos);
            tokens[i].Xpos = PennTags.IdOf(word.Xpos);
            tokens[i].Lemma = document.InternLemma(word.Lemma);
            tokens[i].Head = word.Head - 1;
            tokens[i].Dependency = (short)DependencyLabels.IdOf(word.Deprel);
        }
        return document;
    }
}
