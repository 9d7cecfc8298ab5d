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
/// from the parse. <c>[---]</c> codes nothing. A paired code <c>[032:033]</c> codes the event from the target's
/// side too (<see cref="EventPattern.ReverseCode"/>).
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

    /// <summary>Loads a PETRARCH verb dictionary, with the phrases of a discard list (<see cref="PetrarchDiscards"/>) if given.</summary>
    /// <exception cref="HeraldException">The file is missing or a pattern line is malformed.</exception>
    public static EventLexicon Load(string path, IReadOnlyList<string[]>? discards = null)
    {
        if (!File.Exists(path))
            throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, path));
        var lines = File.ReadAllLines(path);
        var synsets = ReadSynsets(lines);
        var patterns = new List<EventPattern>();
        (string Code, string? Reverse)? blockCode = null;
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
                blockCode = CodeIn(line) ?? (NoCode, null);
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
                var before = NextToVerb(Words(parts[0], synsets), parts[0].TrimEnd().EndsWith('_'), ^1);
                var after = NextToVerb(Words(parts[1], synsets), parts[1].TrimStart().StartsWith('_'), 0);
                foreach (var verb in verbs)
                    patterns.Add(verb with { Code = code.Code, ReverseCode = code.Reverse, Before = [.. before, .. verb.Before], After = [.. verb.After, .. after] });
                continue;
            }
            var ownCode = CodeIn(line) ?? blockCode.Value;
            foreach (var form in VerbForms(CodePattern().Replace(line, "")))
            {
                var verb = Verb(ownCode, form);
                verbs.Add(verb);
                patterns.Add(verb);
            }
        }
        return new EventLexicon(patterns, new Dictionary<string, string>()) { Discards = discards ?? [] };
    }

    // "+ABC_DEF_GHI", "KLM_NOP_+RST": a phrase whose verb is the word marked '+' (else the first); the other
    // words must precede or follow it.
    private static EventPattern Verb((string Code, string? Reverse) code, string phrase)
    {
        var words = phrase.Split('_', StringSplitOptions.RemoveEmptyEntries);
        var at = Math.Max(0, Array.FindIndex(words, w => w.StartsWith('+')));
        return new EventPattern(code.Code, TriggerKind.Verb, words[at].TrimStart('+'))
        {
            ReverseCode = code.Reverse,
            TargetRoles = s_targetRoles,
            Before = [.. words[..at].Select(Single)],
            After = [.. words[(at + 1)..].Select(w => Single(w.TrimStart('+')))],
        };
    }

    private static PatternElement Single(string word) => PatternElement.Of([[word.ToLowerInvariant()]]);

    // "BAN {BANS BANNED}": the verb and its listed forms, lower case; the forms are looked up as lemmas too,
    // for words the tagger does not know. A one-word verb without listed forms also gets its regular past form
    // ("FREE": "freed"), as PETRARCH inflects regular verbs, for past forms the lemmatizer gets wrong.
    private static IEnumerable<string> VerbForms(string line)
    {
        var brace = line.IndexOf('{', StringComparison.Ordinal);
        var head = (brace >= 0 ? line[..brace] : line).Trim().ToLowerInvariant().Replace(' ', '_').Trim('_');
        if (head.Length > 1 && head[0] == '+' && !head.Contains('_', StringComparison.Ordinal))
            head = head[1..];
        if (head.Length > 0)
            yield return head;
        if (brace < 0)
        {
            if (head.Length > 1 && head.All(char.IsAsciiLetterLower))
                yield return head + (head.EndsWith('e') ? "d" : "ed");
            yield break;
        }
        var close = line.IndexOf('}', brace);
        foreach (var form in line[(brace + 1)..(close < 0 ? line.Length : close)].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            yield return form.ToLowerInvariant().Trim('_');
    }

    // Elements are separated by spaces; '_' joins words that must be consecutive; "&NAME" is any phrase of a
    // synset; '$', '+', '%' mark where an actor stands and '^' passes over one phrase, alone or joined to words
    // ("SUGGESTED_+"). Parentheses are read past.
    private static List<PatternElement> Words(string text, Dictionary<string, List<string[]>> synsets)
    {
        var elements = new List<PatternElement>();
        foreach (var chunk in text.Replace('(', ' ').Replace(')', ' ').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var slots = new List<List<string[]>>();
            foreach (var raw in chunk.Split('_', StringSplitOptions.RemoveEmptyEntries))
            {
                var word = raw;
                while (word.Length > 0 && MarkerOf(word[0]) is { } marker)
                {
                    Flush(elements, slots);
                    elements.Add(PatternElement.Marker(marker));
                    word = word[1..];
                }
                if (word.Length > 0)
                    slots.Add(word.StartsWith('&') ? synsets.GetValueOrDefault(word, []) : [[word]]);
            }
            Flush(elements, slots);
        }
        return elements;
    }

    // "RECENTLY_*", "*_CONTROL": the element joined to the verb by '_' must stand right next to it.
    private static List<PatternElement> NextToVerb(List<PatternElement> elements, bool joined, Index nearest)
    {
        if (joined && elements.Count > 0)
            elements[nearest] = elements[nearest] with { Adjacent = true };
        return elements;
    }

    private static PatternRole? MarkerOf(char c) => c switch
    {
        '$' => PatternRole.Source,
        '+' => PatternRole.Target,
        '%' => PatternRole.Compound,
        '^' => PatternRole.Skip,
        _ => null,
    };

    // Consecutive word slots become one element: every phrase that takes one alternative of each slot, in order.
    private static void Flush(List<PatternElement> elements, List<List<string[]>> slots)
    {
        if (slots.Count == 0)
            return;
        IEnumerable<string[]> phrases = [[]];
        foreach (var slot in slots)
            phrases = phrases.SelectMany(p => slot.Select(a => (string[])[.. p, .. a])).Take(MaxPhrases);
        elements.Add(PatternElement.Of(phrases));
        slots.Clear();
    }

    // A phrase element of synsets joined by '_' stays small.
    private const int MaxPhrases = 256;

    // Synsets may hold synsets ("+&TIETYPES"); each member is a phrase of one or more words.
    private static Dictionary<string, List<string[]>> ReadSynsets(string[] lines)
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
        var synsets = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var name in raw.Keys)
            synsets[name] = Expand(name, raw, 0);
        return synsets;
    }

    private static List<string[]> Expand(string name, Dictionary<string, List<string>> raw, int depth)
    {
        var phrases = new List<string[]>();
        foreach (var member in raw.GetValueOrDefault(name, []))
        {
            if (member.StartsWith('&') && depth < 4)
                phrases.AddRange(Expand(member.TrimEnd('_'), raw, depth + 1));
            else if (member.Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words)
                phrases.Add(words);
        }
        return phrases;
    }

    // "[032]", or a pair "[032:033]": the code, and the code of the same event seen from the target.
    private static (string Code, string? Reverse)? CodeIn(string line)
    {
        var match = CodePattern().Match(line);
        if (!match.Success)
            return null;
        var codes = match.Groups[1].Value.Split(':');
        var code = CameoLike().IsMatch(codes[0]) ? codes[0] : NoCode;
        return (code, codes.Length > 1 && code != NoCode && CameoLike().IsMatch(codes[1]) ? codes[1] : null);
    }

    // A comment starts at '#' (outside a [CODE], which may hold '#') or at "<!--".
    internal static string StripComment(string line)
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

    // Codes are digits, possibly ending in one letter as some test dictionaries have them ("174K").
    [GeneratedRegex(@"^[0-9]{2,4}[A-Z]?$")]
    private static partial Regex CameoLike();

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex CodePattern();

    private static HeraldException Bad(string path, int line, string message) =>
        new(new HeraldError(ErrorCatalog.MalformedEventData, $"{path}:{line}", message));
}
