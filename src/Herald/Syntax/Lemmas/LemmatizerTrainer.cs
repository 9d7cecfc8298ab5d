using Herald.Learning;
using Herald.Syntax.Tagging;

namespace Herald.Syntax.Lemmas;

/// <summary>
/// Learns a <see cref="Lemmatizer"/> from (form, Penn tag, lemma) examples. Suffix rules are counted over
/// word types (each lowercase word and tag once, with its usual edit), so that one frequent word does not make
/// a rule; a rule is kept only where it changes the answer of its shorter suffix. Then every word whose
/// occurrences an exception would lemmatize better than the rules goes into the lexicon. Deterministic: ties go
/// to the lowest edit id, and edits are numbered in order of first sight.
/// </summary>
public sealed class LemmatizerTrainer
{
    /// <summary>A suffix rule needs this many word types.</summary>
    public const int MinRuleTypes = 2;

    private readonly Dictionary<LemmaEdit, int> _editIds = [];
    private readonly List<LemmaEdit> _edits = [];
    private readonly Dictionary<(int Tag, string Lower), Dictionary<(string Form, string Lemma), int>> _words = [];

    /// <summary>Adds one example; forms with an unknown tag, no lemma or over 64 chars are ignored.</summary>
    public void Add(string form, string xpos, string lemma)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(lemma);
        var tag = PennTags.IdOf(xpos);
        if (tag < 0 || form.Length is 0 or > 64 || lemma is "_" or "")
            return;
        var key = (tag, form.ToLowerInvariant());
        if (!_words.TryGetValue(key, out var seen))
            _words[key] = seen = [];
        seen[(form, lemma)] = seen.GetValueOrDefault((form, lemma)) + 1;
    }

    /// <summary>The lemmatizer learned from the examples so far.</summary>
    public Lemmatizer Build()
    {
        var usual = new Dictionary<(int Tag, string Lower), int>();
        var ruleCounts = new Dictionary<(int Tag, string Suffix), Dictionary<int, int>>();
        foreach (var ((tag, lower), seen) in _words)
        {
            var edit = UsualEdit(seen);
            usual[(tag, lower)] = edit;
            for (var k = 0; k <= Math.Min(Lemmatizer.MaxSuffix, lower.Length - 1); k++)
                Count(ruleCounts, (tag, lower[^k..]), edit);
        }

        var rules = new Dictionary<ulong, int>();
        var lengths = new ushort[PennTags.Names.Count];
        var effective = new Dictionary<(int Tag, string Suffix), int>();
        foreach (var ((tag, suffix), counts) in ruleCounts.OrderBy(r => r.Key.Suffix.Length).ThenBy(r => r.Key.Tag).ThenBy(r => r.Key.Suffix, StringComparer.Ordinal))
        {
            var parent = suffix.Length == 0 ? -1 : effective.GetValueOrDefault((tag, suffix[1..]), -1);
            var best = Best(counts, out var bestCount);
            if (bestCount < MinRuleTypes && suffix.Length > 0)
            {
                effective[(tag, suffix)] = parent;
                continue;
            }
            effective[(tag, suffix)] = best;
            if (best != parent)
            {
                rules[Lemmatizer.RuleKey(FeatureHash.Chars(suffix), (ulong)(tag + 2))] = best;
                lengths[tag] |= Lemmatizer.LengthBit(suffix.Length);
            }
        }

        var byRules = new Lemmatizer([.. _edits], [], rules, lengths);
        var lexicon = new Dictionary<ulong, int>();
        foreach (var ((tag, lower), seen) in _words)
        {
            var candidates = new[] { usual[(tag, lower)], IdOf(new LemmaEdit(true, lower.Length, UsualLemma(seen))) };
            var ruleScore = Correct(seen, form => byRules.Lemmatize(form, PennTags.Names[tag]));
            var best = -1;
            var bestScore = ruleScore;
            foreach (var candidate in candidates)
            {
                var edit = _edits[candidate];
                var score = Correct(seen, form => Apply(edit, form));
                if (score > bestScore)
                {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best >= 0)
                lexicon[Lemmatizer.LexiconKey(FeatureHash.Chars(lower), (ulong)(tag + 2))] = best;
        }
        return Compact(rules, lexicon, lengths);
    }

    // Keeps only the edits that rules or exceptions use, numbered in order of first use.
    private Lemmatizer Compact(Dictionary<ulong, int> rules, Dictionary<ulong, int> lexicon, ushort[] lengths)
    {
        var renumber = new Dictionary<int, int>();
        var edits = new List<LemmaEdit>();
        Dictionary<ulong, int> Remap(Dictionary<ulong, int> table)
        {
            var remapped = new Dictionary<ulong, int>(table.Count);
            foreach (var (key, edit) in table)
            {
                if (!renumber.TryGetValue(edit, out var id))
                {
                    renumber[edit] = id = edits.Count;
                    edits.Add(_edits[edit]);
                }
                remapped[key] = id;
            }
            return remapped;
        }
        var compactRules = Remap(rules);
        var compactLexicon = Remap(lexicon);
        return new Lemmatizer([.. edits], compactLexicon, compactRules, lengths);
    }

    private static int Correct(Dictionary<(string Form, string Lemma), int> seen, Func<string, string> lemmatize)
    {
        var correct = 0;
        foreach (var ((form, lemma), count) in seen)
            correct += lemmatize(form) == lemma ? count : 0;
        return correct;
    }

    private static string Apply(LemmaEdit edit, string form)
    {
        Span<char> buffer = stackalloc char[form.Length + 64];
        var length = edit.Apply(form, buffer);
        return length < 0 ? form : new string(buffer[..length]);
    }

    private int UsualEdit(Dictionary<(string Form, string Lemma), int> seen)
    {
        var counts = new Dictionary<int, int>();
        foreach (var ((form, lemma), count) in seen)
        {
            var edit = IdOf(LemmaEdit.Between(form, lemma));
            counts[edit] = counts.GetValueOrDefault(edit) + count;
        }
        return Best(counts, out _);
    }

    private static string UsualLemma(Dictionary<(string Form, string Lemma), int> seen) =>
        seen.GroupBy(p => p.Key.Lemma, StringComparer.Ordinal)
            .Select(g => (Lemma: g.Key, Count: g.Sum(p => p.Value)))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Lemma, StringComparer.Ordinal)
            .First().Lemma;

    private int IdOf(LemmaEdit edit)
    {
        if (!_editIds.TryGetValue(edit, out var id))
        {
            id = _edits.Count;
            _editIds.Add(edit, id);
            _edits.Add(edit);
        }
        return id;
    }

    private static void Count<TKey>(Dictionary<TKey, Dictionary<int, int>> table, TKey key, int edit) where TKey : notnull
    {
        if (!table.TryGetValue(key, out var counts))
            table[key] = counts = [];
        counts[edit] = counts.GetValueOrDefault(edit) + 1;
    }

    private static int Best(Dictionary<int, int> counts, out int bestCount)
    {
        var best = -1;
        bestCount = 0;
        foreach (var (edit, count) in counts)
        {
            if (count > bestCount || (count == bestCount && edit < best))
            {
                best = edit;
                bestCount = count;
            }
        }
        return best;
    }
}
