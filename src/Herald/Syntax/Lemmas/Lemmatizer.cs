using Herald.Learning;
using Herald.Syntax.Tagging;

namespace Herald.Syntax.Lemmas;

/// <summary>
/// Finds the lemma of a word from its form and Penn tag, learned from UD: an exception lexicon (lowercase
/// form and tag → edit) for what the rules get wrong, then the edit of the longest known (tag, suffix), then
/// the form itself. Numbers, punctuation and symbols keep their form unless the lexicon says otherwise.
/// Immutable and allocation-free.
/// </summary>
public sealed class Lemmatizer
{
    /// <summary>Longest suffix a rule looks at.</summary>
    public const int MaxSuffix = 6;

    internal const ulong LexiconTemplate = 0x4C4558, RuleTemplate = 0x52554C45;

    private static readonly bool[] s_keepsForm = KeepsForm();

    private readonly LemmaEdit[] _edits;
    private readonly Dictionary<ulong, int> _lexicon;
    private readonly Dictionary<ulong, int> _rules;
    private readonly ushort[] _lengths;

    internal Lemmatizer(LemmaEdit[] edits, Dictionary<ulong, int> lexicon, Dictionary<ulong, int> rules, ushort[] lengths)
    {
        _edits = edits;
        _lexicon = lexicon;
        _rules = rules;
        _lengths = lengths;
    }

    /// <summary>The bit that marks, in a tag's mask, that some rule of the tag has a suffix of <paramref name="k"/> chars.</summary>
    internal static ushort LengthBit(int k) => (ushort)(1 << k);

    /// <summary>Number of exceptions in the lexicon.</summary>
    public int LexiconCount => _lexicon.Count;

    /// <summary>Number of suffix rules.</summary>
    public int RuleCount => _rules.Count;

    /// <summary>Writes the lemma of <paramref name="form"/> tagged <paramref name="xpos"/> (a <see cref="PennTags"/> id) into <paramref name="output"/>; returns its length.</summary>
    public int Lemmatize(ReadOnlySpan<char> form, int xpos, Span<char> output) => Apply(EditFor(form, xpos), form, output);

    /// <summary>Writes what <paramref name="edit"/> (from <see cref="EditFor"/>, which depends only on the form and tag) makes of <paramref name="form"/>; returns its length.</summary>
    internal int Apply(int edit, ReadOnlySpan<char> form, Span<char> output)
    {
        var length = edit < 0 ? -1 : _edits[edit].Apply(form, output);
        if (length >= 0)
            return length;
        length = Math.Min(form.Length, output.Length);
        form[..length].CopyTo(output);
        return length;
    }

    /// <summary>The lemma as a string (for tests and tools; the pipeline uses the span overload).</summary>
    public string Lemmatize(string form, string xpos)
    {
        ArgumentNullException.ThrowIfNull(form);
        Span<char> buffer = stackalloc char[form.Length + 64];
        return new string(buffer[..Lemmatize(form, PennTags.IdOf(xpos), buffer)]);
    }

    /// <summary>The edit that makes the lemma of <paramref name="form"/> tagged <paramref name="xpos"/>, or -1 to keep the form.</summary>
    internal int EditFor(ReadOnlySpan<char> form, int xpos)
    {
        if (form.Length > 64 || form.Length == 0)
            return -1;
        Span<char> lower = stackalloc char[form.Length];
        form.ToLowerInvariant(lower);
        var tag = (ulong)(xpos + 2);
        if (_lexicon.TryGetValue(LexiconKey(FeatureHash.Chars(lower), tag), out var edit))
            return edit;
        if ((uint)xpos < (uint)s_keepsForm.Length && s_keepsForm[xpos])
            return -1;
        var lengths = (uint)xpos < (uint)_lengths.Length ? _lengths[xpos] : 0;
        for (var k = Math.Min(MaxSuffix, lower.Length - 1); k >= 0; k--)
        {
            if ((lengths & LengthBit(k)) != 0 && _rules.TryGetValue(RuleKey(FeatureHash.Chars(lower[^k..]), tag), out edit))
                return edit;
        }
        return -1;
    }

    internal static ulong LexiconKey(ulong lowerHash, ulong tag) => FeatureHash.Mix(LexiconTemplate, lowerHash, tag);

    internal static ulong RuleKey(ulong suffixHash, ulong tag) => FeatureHash.Mix(RuleTemplate, suffixHash, tag);

    /// <summary>Writes the edits, rules and lexicon, sorted so that the bytes depend only on the content.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_edits.Length);
        foreach (var edit in _edits)
        {
            writer.Write(edit.Lower);
            writer.Write(edit.Strip);
            writer.Write(edit.Append);
        }
        WriteTable(writer, _rules);
        WriteTable(writer, _lexicon);
        writer.Write(_lengths.Length);
        foreach (var mask in _lengths)
            writer.Write(mask);
    }

    /// <summary>Reads a lemmatizer written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The data is not valid.</exception>
    public static Lemmatizer Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        if (count is < 0 or > 1_000_000)
            throw new InvalidDataException("bad lemma edit count");
        var edits = new LemmaEdit[count];
        for (var i = 0; i < count; i++)
            edits[i] = new LemmaEdit(reader.ReadBoolean(), reader.ReadInt32(), reader.ReadString());
        var rules = ReadTable(reader, count);
        var lexicon = ReadTable(reader, count);
        var tags = reader.ReadInt32();
        if (tags is < 0 or > 1024)
            throw new InvalidDataException("bad lemma tag count");
        var lengths = new ushort[tags];
        for (var i = 0; i < tags; i++)
            lengths[i] = reader.ReadUInt16();
        return new Lemmatizer(edits, lexicon, rules, lengths);
    }

    private static void WriteTable(BinaryWriter writer, Dictionary<ulong, int> table)
    {
        writer.Write(table.Count);
        foreach (var (key, value) in table.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    private static Dictionary<ulong, int> ReadTable(BinaryReader reader, int edits)
    {
        var count = reader.ReadInt32();
        if (count is < 0 or > 10_000_000)
            throw new InvalidDataException("bad lemma table size");
        var table = new Dictionary<ulong, int>(count);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt64();
            var value = reader.ReadInt32();
            if ((uint)value >= (uint)edits)
                throw new InvalidDataException("lemma edit out of range");
            table[key] = value;
        }
        return table;
    }

    private static bool[] KeepsForm()
    {
        var keeps = new bool[PennTags.Names.Count];
        foreach (var tag in new[] { "CD", "ADD", ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "$", "#", "HYPH", "NFP", "SYM" })
            keeps[PennTags.IdOf(tag)] = true;
        return keeps;
    }
}
