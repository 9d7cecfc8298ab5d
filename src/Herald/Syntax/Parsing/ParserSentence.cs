using Herald.Syntax.Conllu;
using Herald.Syntax.Tagging;

namespace Herald.Syntax.Parsing;

/// <summary>A training or evaluation sentence: tagged words with gold heads and relations (index 0 is the root).</summary>
internal sealed class ParserSentence
{
    private ParserSentence(int words)
    {
        Words = new ulong[words + 1];
        Tags = new byte[words + 1];
        Upos = new byte[words + 1];
        Shapes = new byte[words + 1];
        Clusters = new ulong[words + 1];
        Suffixes = new ulong[words + 1];
        Supertags = new byte[words + 1];
        Heads = new int[words + 1];
        Labels = new int[words + 1];
        Heads[0] = -1;
        Labels[0] = -1;
    }

    public ulong[] Words { get; }
    public byte[] Tags { get; }
    public byte[] Upos { get; }
    public byte[] Shapes { get; }
    public ulong[] Clusters { get; }

    /// <summary>The hash of each word's last letters (see <see cref="ParseState.SuffixHash"/>).</summary>
    public ulong[] Suffixes { get; }

    /// <summary>Predicted supertags (see <see cref="Supertagger"/>); set by the trainer before parsing.</summary>
    public byte[] Supertags { get; }
    public int[] Heads { get; }
    public int[] Labels { get; }
    public int Count => Words.Length - 1;

    /// <summary>Tags the gold words of <paramref name="sentence"/> with <paramref name="tagger"/> and keeps the gold tree.</summary>
    public static ParserSentence From(ConlluSentence sentence, TaggerStage tagger, WordClusters clusters)
    {
        var document = TaggerEvaluator.ToDocument(sentence);
        tagger.Process(document);
        var state = new ParseState();
        state.Reset(sentence.Words.Count);
        var result = new ParserSentence(sentence.Words.Count);
        var text = document.Text.AsSpan();
        for (var i = 0; i < sentence.Words.Count; i++)
        {
            var token = document.TokenRecords[i];
            var form = text.Slice(token.Start, token.Length);
            state.SetWord(i + 1, form, token, clusters.Of(form));
            result.Words[i + 1] = state.Words[i + 1];
            result.Tags[i + 1] = state.Tags[i + 1];
            result.Upos[i + 1] = state.Upos[i + 1];
            result.Shapes[i + 1] = state.Shapes[i + 1];
            result.Clusters[i + 1] = state.Clusters[i + 1];
            result.Suffixes[i + 1] = state.Suffixes[i + 1];
            var word = sentence.Words[i];
            result.Heads[i + 1] = word.Head >= 0 && word.Head <= sentence.Words.Count ? word.Head : 0;
            result.Labels[i + 1] = word.Head == 0 ? DependencyLabels.Root : DependencyLabels.IdOf(word.Deprel);
        }
        return result;
    }

    /// <summary>A sentence of placeholder words over a given tree (1-based heads, index 0 ignored), for tests.</summary>
    public static ParserSentence OfTree(ReadOnlySpan<int> heads)
    {
        var result = new ParserSentence(heads.Length - 1);
        for (var i = 1; i < heads.Length; i++)
        {
            result.Words[i] = (ulong)i << 8 | 4;
            result.Tags[i] = (byte)(i % 7 + 1);
            result.Clusters[i] = WordClusters.Unknown;
            result.Heads[i] = heads[i];
            result.Labels[i] = heads[i] == 0 ? DependencyLabels.Root : 1 + i % 5;
        }
        return result;
    }

    /// <summary>Writes the sentence, tags and supertags included (see <see cref="Read"/>).</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Count);
        for (var i = 0; i <= Count; i++)
        {
            writer.Write(Words[i]);
            writer.Write(Tags[i]);
            writer.Write(Upos[i]);
            writer.Write(Shapes[i]);
            writer.Write(Clusters[i]);
            writer.Write(Suffixes[i]);
            writer.Write(Supertags[i]);
            writer.Write(Heads[i]);
            writer.Write(Labels[i]);
        }
    }

    public static ParserSentence Read(BinaryReader reader)
    {
        var result = new ParserSentence(reader.ReadInt32());
        for (var i = 0; i <= result.Count; i++)
        {
            result.Words[i] = reader.ReadUInt64();
            result.Tags[i] = reader.ReadByte();
            result.Upos[i] = reader.ReadByte();
            result.Shapes[i] = reader.ReadByte();
            result.Clusters[i] = reader.ReadUInt64();
            result.Suffixes[i] = reader.ReadUInt64();
            result.Supertags[i] = reader.ReadByte();
            result.Heads[i] = reader.ReadInt32();
            result.Labels[i] = reader.ReadInt32();
        }
        return result;
    }

    /// <summary>Loads the words into <paramref name="state"/> with no arcs.</summary>
    public void Load(ParseState state)
    {
        state.Reset(Count);
        for (var i = 1; i <= Count; i++)
        {
            state.Words[i] = Words[i];
            state.Tags[i] = Tags[i];
            state.Upos[i] = Upos[i];
            state.Shapes[i] = Shapes[i];
            state.Clusters[i] = Clusters[i];
            state.Suffixes[i] = Suffixes[i];
            state.Supertags[i] = Supertags[i];
        }
    }

    /// <summary>Whether every word has exactly one root-reaching head and a single word hangs from the root.</summary>
    public bool IsTree()
    {
        var roots = 0;
        for (var i = 1; i <= Count; i++)
        {
            if (Heads[i] == 0)
                roots++;
            var a = i;
            var steps = 0;
            while (a != 0 && steps++ <= Count)
                a = Heads[a];
            if (a != 0)
                return false;
        }
        return roots == 1;
    }
}
