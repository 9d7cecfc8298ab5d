using System.Globalization;

namespace Herald.Actors;

/// <summary>
/// Reads PETRARCH (and TABARI 0.8) actor and agent dictionaries; docs/actors.md describes the format. Comments
/// run from '#' or ';' to the end of the line, or between <c>&lt;!</c> and <c>--&gt;</c> over lines. Words of a
/// phrase are joined by '_' or spaces and must be consecutive; a trailing '_' (exact match in TABARI) changes nothing,
/// as every word matches whole, in any case. Entries that cannot be read are skipped with a warning naming the file and line.
/// </summary>
public static class PetrarchReader
{
    /// <summary>
    /// Reads actor records: a phrase with optional codes, '+' synonym lines, and code lines <c>[CODE]</c>,
    /// <c>[CODE &lt;date]</c>, <c>[CODE &gt;date]</c> or <c>[CODE date-date]</c> (dates YYMMDD or YYYYMMDD, limits
    /// inclusive; YY below 30 is 20YY). A code of dashes names no actor. Codes joined by '/' (<c>[FRO/BIL/SAM]</c>) make a
    /// joint code: the phrase names each of those actors (<see cref="ActorCodes.Members"/>).
    /// </summary>
    public static void ReadActors(TextReader reader, string name, ActorDictionaryBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(builder);
        var phrases = new List<string>();
        var codes = new List<DatedCode>();
        void Flush()
        {
            if (phrases.Count > 0)
            {
                var entry = new ActorEntry(phrases[0].Trim('_', ' '), [.. codes]);
                foreach (var phrase in phrases)
                    builder.AddActor(phrase, entry, ignoreCase: true);
            }
            phrases.Clear();
            codes.Clear();
        }
        foreach (var (where, text) in Lines(reader, name))
        {
            var bracket = text.IndexOf('[', StringComparison.Ordinal);
            var phrase = (bracket < 0 ? text : text[..bracket]).Trim();
            if (phrase.Length > 0 && phrase[0] != '+')
                Flush();
            if (phrase.Length > 0)
                phrases.Add(phrase.TrimStart('+').Trim());
            if (bracket >= 0)
                ReadCodes(text[bracket..], where, codes, builder);
        }
        Flush();
    }

    /// <summary>
    /// Reads agent records <c>PHRASE {plurals} [~CODE]</c> (code after the actor's) or <c>[CODE~]</c> (before it).
    /// Without braces the regular plural is added; empty braces add none. <c>!NAME! = A, B</c> defines a
    /// substitution set: a phrase holding <c>!NAME!</c> stands for one phrase per member, without plurals.
    /// </summary>
    public static void ReadAgents(TextReader reader, string name, ActorDictionaryBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(builder);
        var sets = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (where, text) in Lines(reader, name))
        {
            var equals = text.IndexOf('=', StringComparison.Ordinal);
            if (text.StartsWith('!') && equals > 0)
            {
                sets[text[..equals].Trim()] = text[(equals + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            var open = text.IndexOf('[', StringComparison.Ordinal);
            var close = open < 0 ? -1 : text.IndexOfAny([']', '}'], open);
            var code = open < 0 || close < 0 ? "" : text[(open + 1)..close].Trim();
            var isPrefix = code.EndsWith('~');
            code = code.Trim('~', ' ').ToUpperInvariant();
            if (code.Length == 0 || open < 0)
            {
                builder.Warn(where, "expected 'PHRASE [~CODE]' or 'PHRASE [CODE~]'");
                continue;
            }
            var head = text[..open];
            var brace = head.IndexOf('{', StringComparison.Ordinal);
            var phrase = (brace < 0 ? head : head[..brace]).Trim();
            string[]? plurals = brace < 0 ? null : head[(brace + 1)..].TrimEnd().TrimEnd('}').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var agent = new AgentEntry(code, isPrefix);
            if (Expand(phrase, sets) is { } expanded)
            {
                foreach (var form in expanded)
                    builder.AddAgent(form, agent, ignoreCase: true);
            }
            else if (phrase.Contains('!', StringComparison.Ordinal))
                builder.Warn(where, $"'{phrase}' uses a substitution set that is not defined above it");
            else
            {
                builder.AddAgent(phrase, agent, ignoreCase: true);
                foreach (var plural in plurals ?? [EnglishPlural.Of(phrase.TrimEnd('_'))])
                    builder.AddAgent(plural, agent, ignoreCase: true);
            }
        }
    }

    // The phrases a substitution marker stands for; null when the phrase has no (known) marker.
    private static List<string>? Expand(string phrase, Dictionary<string, string[]> sets)
    {
        var start = phrase.IndexOf('!', StringComparison.Ordinal);
        var end = start < 0 ? -1 : phrase.IndexOf('!', start + 1);
        if (end < 0 || !sets.TryGetValue(phrase[start..(end + 1)], out var members))
            return null;
        return [.. members.Select(m => phrase[..start] + m + phrase[(end + 1)..])];
    }

    private static void ReadCodes(string text, string where, List<DatedCode> codes, ActorDictionaryBuilder builder)
    {
        for (var open = text.IndexOf('[', StringComparison.Ordinal); open >= 0; open = text.IndexOf('[', open + 1))
        {
            var close = text.IndexOf(']', open);
            if (close < 0)
            {
                builder.Warn(where, "a '[' without its ']'");
                return;
            }
            if (ParseCode(text[(open + 1)..close]) is { } code)
                codes.Add(code);
            else
                builder.Warn(where, $"cannot read the code '[{text[(open + 1)..close]}]': expected CODE, CODE <date, CODE >date or CODE date-date with dates YYMMDD or YYYYMMDD");
        }
    }

    private static DatedCode? ParseCode(string inside)
    {
        var parts = inside.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
            return null;
        var code = parts[0].ToUpperInvariant();
        string? actor = code.Any(char.IsLetter) ? code : null;
        if (parts.Length == 1)
            return new DatedCode(actor, null, null);
        var restriction = parts[1].Replace(" ", "", StringComparison.Ordinal);
        if (restriction.StartsWith('<'))
            return Date(restriction[1..]) is { } before ? new DatedCode(actor, null, before) : null;
        if (restriction.StartsWith('>'))
            return Date(restriction[1..]) is { } after ? new DatedCode(actor, after, null) : null;
        var dash = restriction.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && Date(restriction[..dash]) is { } from && Date(restriction[(dash + 1)..]) is { } to ? new DatedCode(actor, from, to) : null;
    }

    private static DateOnly? Date(string digits)
    {
        if (digits.Length is not (6 or 8) || !digits.All(char.IsAsciiDigit))
            return null;
        var year = int.Parse(digits[..^4], CultureInfo.InvariantCulture);
        if (digits.Length == 6)
            year += year < 30 ? 2000 : 1900;
        var month = int.Parse(digits[^4..^2], CultureInfo.InvariantCulture);
        var day = int.Parse(digits[^2..], CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    // The lines without comments, each with "file:line"; blank lines are skipped.
    private static IEnumerable<(string Where, string Text)> Lines(TextReader reader, string name)
    {
        var number = 0;
        var inComment = false;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var text = line;
            if (inComment)
            {
                var end = text.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0)
                    continue;
                text = text[(end + 3)..];
                inComment = false;
            }
            for (var open = text.IndexOf("<!", StringComparison.Ordinal); open >= 0; open = text.IndexOf("<!", StringComparison.Ordinal))
            {
                var end = text.IndexOf("-->", open, StringComparison.Ordinal);
                if (end < 0)
                {
                    text = text[..open];
                    inComment = true;
                    break;
                }
                text = text[..open] + text[(end + 3)..];
            }
            var cut = text.IndexOfAny(['#', ';']);
            if (cut >= 0)
                text = text[..cut];
            if (!string.IsNullOrWhiteSpace(text))
                yield return ($"{name}:{number.ToString(CultureInfo.InvariantCulture)}", text.Trim());
        }
    }
}
