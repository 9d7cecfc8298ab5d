using System.Globalization;
using Herald.Errors;

namespace Herald.Tone;

/// <summary>
/// Compiles the VADER sentiment lexicon (<c>vader_lexicon.txt</c>: token, mean rating, standard deviation, ten
/// ratings; © C.J. Hutto, MIT; Hutto and Gilbert, ICWSM 2014) into the compact TSV that <see cref="ToneLexicon"/>
/// reads: one lowercase word and its mean rating a line. Only words are kept: entries that start with a letter and
/// hold nothing but letters, hyphens and apostrophes. Emoticons such as <c>:-)</c> or <c>(:o</c> are left out, as
/// Herald's tokenizer splits them and their pieces would only match stray punctuation. The output is sorted, so the
/// same input gives the same bytes.
/// </summary>
public static class ToneLexiconCompiler
{
    /// <summary>The lexicon's file name in a VADER folder.</summary>
    public const string VaderFileName = "vader_lexicon.txt";

    /// <summary>Compiles the lexicon lines (<c>word TAB valence</c>), header first, from the VADER folder or file <paramref name="vader"/>.</summary>
    public static IReadOnlyList<string> Compile(string vader)
    {
        ArgumentNullException.ThrowIfNull(vader);
        var path = Directory.Exists(vader) ? Path.Combine(vader, VaderFileName) : vader;
        if (!File.Exists(path))
            throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, path));
        var valences = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0)
                continue;
            var fields = line.Split('\t');
            if (fields.Length < 2 || !double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var mean))
                throw new HeraldException(new HeraldError(ErrorCatalog.Unreadable, $"{path}:{number.ToString(CultureInfo.InvariantCulture)}", "expected VADER lexicon columns: token TAB mean TAB std TAB ratings"));
            var word = fields[0].ToLowerInvariant();
            if (IsWord(word))
                valences.TryAdd(word, mean.ToString("0.0##", CultureInfo.InvariantCulture));
        }
        var lines = new List<string>(valences.Count + 3)
        {
            "# Herald tone lexicon: word <TAB> valence from -4 to 4. Compiled by 'herald compile tone' from the VADER",
            "# sentiment lexicon vader_lexicon.txt ((c) C.J. Hutto, MIT; Hutto & Gilbert, ICWSM 2014): the mean rating of",
            "# each word entry (emoticons left out). Herald's own news vocabulary is data/lexicons/tone-news.tsv.",
        };
        lines.AddRange(valences.Select(v => $"{v.Key}\t{v.Value}"));
        return lines;
    }

    private static bool IsWord(string entry) =>
        entry.Length > 0 && char.IsLetter(entry[0]) && entry.All(c => char.IsLetter(c) || c is '-' or '\'');
}
