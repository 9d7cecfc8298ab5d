using System.Text.RegularExpressions;
using Herald.Errors;

namespace Herald.Events;

/// <summary>
/// Reads a PETRARCH verb dictionary (CAMEO.2.0.txt, PETR.Validate.verbs.txt) into an <see cref="EventLexicon"/>.
/// The format: synsets (<c>&amp;NAME</c> then <c>+WORD</c> lines); verb blocks headed <c>--- NAME [CODE] ---</c>
/// whose verb lines (optionally <c>{FORMS}</c> and their own <c>[CODE]</c>) take the block's code, and whose
/// pattern lines <c>- WORDS * WORDS [CODE]</c> set a code when the words occur before and after the verb
/// (<c>*</c>). In pattern words, <c>_</c> joins words, <c>&amp;NAME</c> is any word of a synset, and the markers
/// <c>+</c> (target), <c>$</c> (source), <c>%</c> (compound) and parentheses are read past: Herald takes roles
/// from the parse. <c>[---]</c> codes nothing. Of a paired code <c>[042:043]</c> the first is kept.
/// </summary>
public static partial class PetrarchVerbDictionary
{
    /// <summary>Where a target may stand for a PETRARCH verb: its object or a prepositional phrase.</summary>
    private static readonly HashSet<string> s_targetRoles = new(StringComparer.Ordinal)
    {
        "obj", "with", "to", "against", "on", "in", "at", "for", "from", "into", "of", "over", "toward", "towards", "between", "among", "upon", "onto",
    };

    /// <summary>The code of a pattern that codes nothing.</summary>
    public const string NoCode = "---";

    /// <summary>Loads a PETRARCH verb dictionary.</summary>
    /// <exception cref="HeraldException">The file is missing or a pattern line is malformed.</exception>
    public static EventLexicon Load(string path)
    {
        if (!File.Exists(path))
            throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, path));
        var lines = File.ReadAllLines(path);
        var synsets = ReadSynsets(lines);
        var patterns = new List<EventPattern>();
        string? blockCode = null;
        var inSynset = false;
        var verbs = new List<EventPattern>();
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = StripComment(lines[number - 1]).Trim();
            if (line.Length == 0)
            {
                inSynset = false;
                continue;
            }
            if (line.StartsWith('&'))
                inSynset = true;
            if (inSynset)
                continue;
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                blockCode = CodeIn(line) ?? NoCode;
                verbs.Clear();
                continue;
            }
            if (blockCode is null)
                continue;
            if (line.StartsWith('-'))
            {
                var code = CodeIn(line) ?? throw Bad(path, number, "a pattern line needs a [CODE]");
                var body = CodePattern().Replace(line[1..], "");
                if (!body.Contains('*'))
                    throw Bad(path, number, "a pattern line needs * where the verb stands");
                var parts = body.Split('*', 2);
                foreach (var verb in verbs)
                    patterns.Add(verb with { Code = code, Before = [.. Words(parts[0], synsets), .. verb.Before], After = [.. verb.After, .. Words(parts[1], synsets)] });
                continue;
            }
            var ownCode = CodeIn(line) ?? blockCode;
            foreach (var form in VerbForms(CodePattern().Replace(line, "")))
            {
                var verb = Verb(ownCode, form);
                verbs.Add(verb);
                patterns.Add(verb);
            }
        }
        return new EventLexicon(patterns, new Dictionary<string, string>());
    }

    // "+ABC_DEF_GHI", "KLM_NOP_+RST": a phrase whose verb is the word marked '+' (else the first); the other
    // words must precede or follow it.
    private static EventPattern Verb(string code, string phrase)
    {
        var words = phrase.Split('_', StringSplitOptions.RemoveEmptyEntries);
        var at = Math.Max(0, Array.FindIndex(words, w => w.StartsWith('+')));
        return new EventPattern(code, TriggerKind.Verb, words[at].TrimStart('+'))
        {
            TargetRoles = s_targetRoles,
            Before = [.. words[..at].Select(Single)],
            After = [.. words[(at + 1)..].Select(w => Single(w.TrimStart('+')))],
        };
    }

    private static HashSet<string> Single(string word) => new(StringComparer.Ordinal) { word };

    // "BAN {BANS BANNED}": the verb and its listed forms, lower case; the forms are looked up as lemmas too,
    // for words the tagger does not know.
    private static IEnumerable<string> VerbForms(string line)
    {
        var brace = line.IndexOf('{', StringComparison.Ordinal);
        var head = (brace >= 0 ? line[..brace] : line).Trim().ToLowerInvariant().Replace(' ', '_').Trim('_');
        if (head.Length > 1 && head[0] == '+' && !head.Contains('_', StringComparison.Ordinal))
            head = head[1..];
        if (head.Length > 0)
            yield return head;
        if (brace < 0)
            yield break;
        var close = line.IndexOf('}', brace);
        foreach (var form in line[(brace + 1)..(close < 0 ? line.Length : close)].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            yield return form.ToLowerInvariant().Trim('_');
    }

    private static List<IReadOnlySet<string>> Words(string text, Dictionary<string, HashSet<string>> synsets)
    {
        var words = new List<IReadOnlySet<string>>();
        foreach (var raw in text.Replace('(', ' ').Replace(')', ' ').Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('+', '$', '%', '^').ToLowerInvariant();
            if (word.Length == 0)
                continue;
            if (word.StartsWith('&'))
                words.Add(synsets.GetValueOrDefault(word.TrimEnd('_'), []));
            else
                words.Add(Single(word));
        }
        return words;
    }

    // Synsets may hold synsets ("+&TIETYPES"); a member's first word stands for it.
    private static Dictionary<string, HashSet<string>> ReadSynsets(string[] lines)
    {
        var raw = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var full in lines)
        {
            var line = StripComment(full).Trim();
            if (line.StartsWith('&'))
                raw[line.TrimEnd('_').ToLowerInvariant()] = current = [];
            else if (line.StartsWith('+') && current is not null)
                current.Add(line[1..].Trim().ToLowerInvariant());
            else if (line.Length == 0 || line.StartsWith("---", StringComparison.Ordinal))
                current = null;
        }
        var synsets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var name in raw.Keys)
            synsets[name] = Expand(name, raw, 0);
        return synsets;
    }

    private static HashSet<string> Expand(string name, Dictionary<string, List<string>> raw, int depth)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in raw.GetValueOrDefault(name, []))
        {
            if (member.StartsWith('&') && depth < 4)
                words.UnionWith(Expand(member.TrimEnd('_'), raw, depth + 1));
            else if (member.Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts)
                words.Add(parts[0]);
        }
        return words;
    }

    private static string? CodeIn(string line)
    {
        var match = CodePattern().Match(line);
        if (!match.Success)
            return null;
        var code = match.Groups[1].Value.Split(':')[0];
        return code.Length > 0 && code.All(char.IsAsciiDigit) ? code : NoCode;
    }

    // A comment starts at '#' (outside a [CODE], which may hold '#') or at "<!--".
    private static string StripComment(string line)
    {
        var inCode = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '[')
                inCode = true;
            else if (c == ']')
                inCode = false;
            else if (!inCode && (c == '#' || line.AsSpan(i).StartsWith("<!--")))
                return line[..i];
        }
        return line;
    }

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex CodePattern();

    private static HeraldException Bad(string path, int line, string message) =>
        new(new HeraldError(ErrorCatalog.MalformedEventData, $"{path}:{line}", message));
}
