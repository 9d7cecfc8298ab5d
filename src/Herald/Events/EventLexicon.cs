using Herald.Entities.Lexicons;
using Herald.Errors;

namespace Herald.Events;

/// <summary>
/// The event patterns the coder looks up by trigger lemma, and the intent codes that planned cooperation maps to
/// ("plan to meet" is 036, not 040). Herald's own lexicon is <c>data/lexicons/events.txt</c>; its format is in
/// docs/events.md. Immutable; shared by all threads.
/// </summary>
public sealed class EventLexicon
{
    /// <summary>The path of Herald's own lexicon under the data folder.</summary>
    public const string RelativePath = "lexicons/events.txt";

    private static readonly Lazy<EventLexicon> s_default = new(() => Load(DataLocator.Find(RelativePath)));

    private readonly Dictionary<(TriggerKind, string), EventPattern[]> _patterns;
    private readonly Dictionary<string, string> _intents;

    /// <summary>A lexicon over <paramref name="patterns"/>, with <paramref name="intents"/> mapping a root to its intent code.</summary>
    public EventLexicon(IEnumerable<EventPattern> patterns, IReadOnlyDictionary<string, string> intents)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(intents);
        _patterns = patterns.GroupBy(p => (p.Kind, p.Lemma))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Specificity).ToArray());
        _intents = new Dictionary<string, string>(intents, StringComparer.Ordinal);
    }

    /// <summary>
    /// Phrases (lower-case words) that keep their sentence from being coded: it reports no political event ("World
    /// Golf Championships", "typhoon"). PETRARCH's discard list (<see cref="PetrarchDiscards"/>); empty in Herald's own.
    /// </summary>
    public IReadOnlyList<string[]> Discards { get; init; } = [];

    /// <summary>Herald's own lexicon, loaded once.</summary>
    public static EventLexicon Default => s_default.Value;

    /// <summary>The number of patterns.</summary>
    public int Count => _patterns.Values.Sum(p => p.Length);

    /// <summary>Every pattern.</summary>
    public IEnumerable<EventPattern> Patterns => _patterns.Values.SelectMany(p => p);

    /// <summary>The patterns of a trigger lemma (lower case), most specific first; empty with none.</summary>
    public ReadOnlySpan<EventPattern> Find(TriggerKind kind, string lemma) =>
        _patterns.TryGetValue((kind, lemma), out var found) ? found : [];

    /// <summary>The code an intended or planned event of <paramref name="code"/> takes (036 for a planned 04x meeting); the code itself when its root has none.</summary>
    public string IntentCode(string code) => _intents.GetValueOrDefault(code[..2], code);

    /// <summary>Loads a lexicon in Herald's format (see docs/events.md).</summary>
    /// <exception cref="HeraldException">The file is missing or a line is malformed.</exception>
    public static EventLexicon Load(string path)
    {
        if (!File.Exists(path))
            throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, path));
        var patterns = new List<EventPattern>();
        var intents = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Split('#', 2)[0];
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
                continue;
            if (fields[0] == "intent")
            {
                if (fields.Length != 3 || fields[1].Length != 2 || !IsCode(fields[2]))
                    throw Bad(path, number, "expected 'intent ROOT CODE', such as 'intent 04 036'");
                intents[fields[1]] = fields[2];
                continue;
            }
            if (fields.Length < 4 || !IsCode(fields[0]) || fields[1] is not ("verb" or "noun"))
                throw Bad(path, number, "expected 'CODE verb|noun LEMMAS TARGETS [symmetric] [needs-target] [cues=WORDS] [except=WORDS]'");
            var kind = fields[1] == "verb" ? TriggerKind.Verb : TriggerKind.Noun;
            var targets = fields[3] == "-" ? new HashSet<string>() : fields[3].Split('|').ToHashSet(StringComparer.Ordinal);
            bool symmetric = false, needsTarget = false;
            HashSet<string>? cues = null, exceptions = null;
            foreach (var flag in fields.Skip(4))
            {
                if (flag == "symmetric")
                    symmetric = true;
                else if (flag == "needs-target")
                    needsTarget = true;
                else if (flag.StartsWith("cues=", StringComparison.Ordinal))
                    cues = flag[5..].Split('|').ToHashSet(StringComparer.Ordinal);
                else if (flag.StartsWith("except=", StringComparison.Ordinal))
                    exceptions = flag[7..].Split('|').ToHashSet(StringComparer.Ordinal);
                else
                    throw Bad(path, number, $"unknown flag '{flag}'; use 'symmetric', 'needs-target', 'cues=WORD|WORD' or 'except=WORD|WORD'");
            }
            foreach (var alternative in fields[2].Split('|'))
            {
                var parts = alternative.Split('_', 2);
                patterns.Add(new EventPattern(fields[0], kind, parts[0])
                {
                    Particle = parts.Length > 1 ? parts[1] : null,
                    TargetRoles = targets,
                    Symmetric = symmetric,
                    NeedsTarget = needsTarget,
                    Cues = cues,
                    ObjectExceptions = exceptions,
                });
            }
        }
        return new EventLexicon(patterns, intents);
    }

    private static bool IsCode(string text) => text.Length is >= 2 and <= 4 && text.All(char.IsAsciiDigit);

    private static HeraldException Bad(string path, int line, string message) =>
        new(new HeraldError(ErrorCatalog.MalformedEventData, $"{path}:{line}", message));
}
