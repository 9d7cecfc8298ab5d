using Herald.Documents;

namespace Herald.Quotes;

/// <summary>
/// Resolves the source of a quote to a canonical entity: a name in the source itself; a personal pronoun to the
/// nearest person (or, for "they", group) named before it; a role noun ("the senator", "the Russian president")
/// to the nearest person named before with that role. Plural and vague sources ("officials", "a source familiar
/// with the talks") stay unresolved.
/// </summary>
internal sealed class SpeakerResolver
{
    private static readonly HashSet<string> PersonPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "him", "her" };
    private static readonly HashSet<string> GroupPronouns = new(StringComparer.OrdinalIgnoreCase) { "they", "it" };

    private readonly Document _document;
    private readonly DependencyView _tree;
    private readonly int[] _mentionAt;

    public SpeakerResolver(Document document, DependencyView tree)
    {
        _document = document;
        _tree = tree;
        _mentionAt = TokenCover.Of(document.TokenCount, document.Mentions, m => (m.TokenStart, m.TokenEnd));
    }

    /// <summary>
    /// The entity the source tokens <paramref name="first"/>..<paramref name="last"/> refer to, and whether one was
    /// found; a pronoun or role noun looks back past the quote's own content (chars <paramref name="contentStart"/> to
    /// <paramref name="contentEnd"/>), whose people are the speaker's subject, not the speaker.
    /// </summary>
    public (int? Entity, bool Resolved) Resolve(int first, int last, int head, int contentStart, int contentEnd)
    {
        // The name the source is headed by, else a name bound to its head ("Kremlin aide Yuri Ushakov", "the
        // adviser, John Bolton"), else a person named in it.
        if (EntityAt(head) is { } named)
            return (named, true);
        foreach (var child in _tree.Children(head))
        {
            if (_tree.Relation(child) is "flat" or "compound" && _tree.PunctuationBetween(Math.Min(child, head), Math.Max(child, head)))
                continue; // "..., John Bolton, officials said": a name set off by commas is not the source's
            if (_tree.Relation(child) is "flat" or "appos" or "compound" && EntityAt(child) is { } bound && IsPerson(bound))
                return (bound, true);
        }
        for (var t = last; t >= first; t--)
        {
            if (EntityAt(t) is { } inside && IsPerson(inside) && !_tree.PunctuationBetween(Math.Min(t, head), Math.Max(t, head)))
                return (inside, true);
        }
        if (first < head && EntityAt(first) is { } leading && first + 1 == head)
            return (leading, true);
        var word = _document.Token(head).Text;
        if (first == head && head == last && PersonPronouns.Contains(word))
            return Nearest(first, (contentStart, contentEnd), type => type == EntityTypes.Person, _ => true);
        if (first == head && head == last && GroupPronouns.Contains(word))
            return Nearest(first, (contentStart, contentEnd), type => type is EntityTypes.Organization or EntityTypes.Norp or EntityTypes.Location, _ => true);
        if (_document.Token(head).Xpos != "NN")
            return (null, false); // plural and vague sources ("officials", "sources") stay as they are
        var modifiers = new List<string>();
        for (var t = first; t < head; t++)
        {
            if (_tree.Upos(t) == "ADJ")
                modifiers.Add(_document.Token(t).Text);
            else if (_tree.Upos(t) != "DET")
                return (null, false);
        }
        var role = _tree.Lemma(head) ?? word;
        return Nearest(first, (contentStart, contentEnd), type => type == EntityTypes.Person, entity => HasRole(entity, role) && modifiers.All(a => HasRole(entity, a)));
    }

    // The entity of the nearest mention before token `before`, outside the quote's content, that fits, within the last
    // few sentences.
    private (int? Entity, bool Resolved) Nearest(int before, (int Start, int End) content, Func<string, bool> fits, Func<int, bool> entityFits)
    {
        var sentence = _document.TokenArray[before].Sentence;
        for (var m = _document.Mentions.Count - 1; m >= 0; m--)
        {
            var mention = _document.Mentions[m];
            var at = _document.TokenArray[mention.TokenStart].Start;
            if (mention.TokenStart >= before || mention.Entity < 0 || !fits(mention.Type) || (at >= content.Start && at < content.End))
                continue;
            if (_document.TokenArray[mention.TokenStart].Sentence < sentence - 4)
                break;
            if (entityFits(mention.Entity))
                return (mention.Entity, true);
        }
        return (null, false);
    }

    private bool HasRole(int entity, string role)
    {
        foreach (var m in _document.Entities[entity].Mentions)
        {
            if (_document.Mentions[m].Role is { } r && r.Contains(role, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private int? EntityAt(int token)
    {
        var m = _mentionAt[token];
        return m >= 0 && _document.Mentions[m].Entity >= 0 && IsActor(_document.Mentions[m].Type) ? _document.Mentions[m].Entity : null;
    }

    private bool IsPerson(int entity) => _document.Entities[entity].Type == EntityTypes.Person;

    private static bool IsActor(string type) => type is EntityTypes.Person or EntityTypes.Organization or EntityTypes.Norp or EntityTypes.Location;
}
