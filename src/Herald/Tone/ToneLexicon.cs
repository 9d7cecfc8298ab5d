using System.Globalization;
using Herald.Entities.Lexicons;
using Herald.Errors;

namespace Herald.Tone;

/// <summary>
/// Words with a sentiment valence from -4 (extremely negative) to +4 (extremely positive): the compiled
/// <c>data/lexicons/tone.tsv</c> (see <see cref="ToneLexiconCompiler"/>) merged with Herald's own news vocabulary
/// <c>data/lexicons/tone-news.tsv</c>, whose entries win. Lookups ignore case. Immutable once loaded; shared by all threads.
/// </summary>
public sealed class ToneLexicon
{
    /// <summary>The compiled general lexicon's path under the data folder.</summary>
    public const string RelativePath = "lexicons/tone.tsv";

    /// <summary>Herald's news vocabulary's path under the data folder.</summary>
    public const string NewsRelativePath = "lexicons/tone-news.tsv";

    private static readonly Lazy<ToneLexicon> s_default = new(() => Load(DataLocator.Find(RelativePath), DataLocator.Find(NewsRelativePath)));

    private readonly Dictionary<string, float> _valences;
    private readonly Dictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private ToneLexicon(Dictionary<string, float> valences)
    {
        _valences = valences;
        _lookup = valences.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The general lexicon and the news vocabulary found by <see cref="DataLocator"/>, loaded once.</summary>
    /// <exception cref="HeraldException">A file is not found or is malformed.</exception>
    public static ToneLexicon Default => s_default.Value;

    /// <summary>The number of words.</summary>
    public int Count => _valences.Count;

    /// <summary>Loads lexicon files in order; a word in a later file replaces its valence from an earlier one.</summary>
    public static ToneLexicon Load(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var valences = new Dictionary<string, float>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in paths)
        {
            if (!File.Exists(path))
                throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, path));
            using var reader = new StreamReader(path);
            Read(reader, path, valences);
        }
        return new ToneLexicon(valences);
    }

    /// <summary>Parses lexicon lines: <c>word TAB valence</c>; '#' starts a comment line.</summary>
    public static ToneLexicon Parse(TextReader reader, string name = "lexicon")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var valences = new Dictionary<string, float>(StringComparer.OrdinalIgnoreCase);
        Read(reader, name, valences);
        return new ToneLexicon(valences);
    }

    /// <summary>The valence of <paramref name="word"/> (any case), if the lexicon has it.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out float valence) => _lookup.TryGetValue(word, out valence);

    private static void Read(TextReader reader, string name, Dictionary<string, float> valences)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || !float.TryParse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var valence) || valence is < -4 or > 4)
                throw new HeraldException(new HeraldError(ErrorCatalog.Unreadable, $"{name}:{number.ToString(CultureInfo.InvariantCulture)}", "expected 'word TAB valence' with a valence from -4 to 4"));
            valences[line[..tab]] = valence;
        }
    }
}
