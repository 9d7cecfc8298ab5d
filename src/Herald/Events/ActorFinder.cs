using Herald.Actors;
using Herald.Documents;
using Herald.Quotes;

namespace Herald.Events;

/// <summary>
/// Finds the actors (<see cref="Document.Actors"/>) that a noun phrase of the parse names, with the actors joined
/// to them by "and" ("Putin and Trump"), in the parse or, when the parse missed it, in the text.
/// </summary>
internal sealed class ActorFinder
{
    private readonly Document _document;
    private readonly DependencyView _view;
    private readonly int[] _actorAt;

    public ActorFinder(Document document, DependencyView view)
    {
        _document = document;
        _view = view;
        // Actors never overlap (the actor stage guarantees it), so each token has at most one.
        _actorAt = TokenCover.Of(document.TokenCount, document.Actors, a => (a.TokenStart, a.TokenEnd));
        _codes = [.. document.Actors.Select(a => a.Code)];
        ShareAgentsOverLists();
    }

    private readonly string[] _codes;

    /// <summary>
    /// The code an event gives actor <paramref name="actor"/>: its own, or its share of a joined list of role words
    /// and countries (<see cref="ShareAgentsOverLists"/>); a joint code (<see cref="ActorCodes.Members"/>) for a
    /// country that takes several roles.
    /// </summary>
    public string CodeOf(int actor) => _codes[actor];

    // In a joined list, the first actor with a country and a role (the anchor: "officials in Fornost", "Danish media") lends
    // its country to the bare role words of the list ("lawmakers and officials in Fornost": FORLEG; "Danish media
    // and government": DNKGOV); when it names the country with "of" or "in", the bare countries listed after it take
    // every role of the list ("lawmakers and officials in Fornost and Gondor": GONLEG and GONGOV).
    private void ShareAgentsOverLists()
    {
        var actors = _document.Actors;
        for (var a = 0; a < actors.Count; a++)
        {
            var list = WithJoined(a);
            var anchor = list.FirstOrDefault(m => actors[m].Country is not null && ActorCodes.RoleOf(actors[m].Code) is not null, -1);
            if (list[0] != a || list.Count < 2 || anchor < 0)
                continue;
            var country = actors[anchor].Country!;
            var roles = new List<string>();
            foreach (var member in list)
            {
                if (member == anchor)
                    roles.Add(ActorCodes.RoleOf(actors[member].Code)!);
                else if (IsBareRole(actors[member]) && ActorCodes.RoleOf(actors[member].Code) is { } role)
                {
                    roles.Add(role);
                    _codes[member] = country + role;
                }
            }
            if (!HasOfOrIn(actors[anchor]))
                continue;
            foreach (var member in list.SkipWhile(m => m != anchor).Skip(1))
            {
                if (actors[member].Country is { } bare && actors[member].Code == bare)
                    _codes[member] = ActorCodes.Joint(roles.Select(role => bare + role));
            }
        }
    }

    private static bool IsBareRole(ActorMention actor) => actor.Code.StartsWith(ActorCodes.UnknownCountry, StringComparison.Ordinal);

    private bool HasOfOrIn(ActorMention actor)
    {
        for (var t = actor.TokenStart + 1; t < actor.TokenEnd - 1; t++)
        {
            if (_document.Token(t).Chars is "of" or "in")
                return true;
        }
        return false;
    }

    /// <summary>The actor that covers <paramref name="token"/>; -1 with none.</summary>
    public int ActorAt(int token) => _actorAt[token];

    /// <summary>
    /// The actors a phrase headed by <paramref name="head"/> names: the actor that covers the head, else the first
    /// actor inside its noun phrase; and the same for each conjunct ("Putin and Trump").
    /// </summary>
    public List<int> ActorsOf(int head)
    {
        var found = new List<int>();
        Collect(head, found, 0);
        if (found.Count == 0)
            return found;
        // the parse may give a list only in part ("Rohan, Edoras and Gondor": Edoras as an apposition)
        var list = WithJoined(found[0]);
        return found.All(list.Contains) ? list : found;
    }

    private void Collect(int head, List<int> found, int depth)
    {
        var actor = _actorAt[head] >= 0 ? _actorAt[head] : FirstActorIn(_view.NounPhrase(head));
        if (actor >= 0 && !found.Contains(actor))
            found.Add(actor);
        if (depth > 8)
            return;
        foreach (var child in _view.Children(head))
        {
            if (_view.Relation(child) == "conj" && _view.Upos(child) is "PROPN" or "NOUN" or "PRON"
                || actor < 0 && IsApposition(child))
                Collect(child, found, depth + 1);
        }
    }

    // An apposition names the same one, so a word that is no actor takes its apposition's actor: "NAIROBI (Reuters) -
    // Kenyan police arrested ...", a dateline parsed into the sentence with "police" in apposition to "NAIROBI". One in
    // brackets, as "(Reuters)" is there, is an aside.
    private bool IsApposition(int token) =>
        _view.Relation(token) == "appos" && _view.Upos(token) is "PROPN" or "NOUN"
        && !_view.HasChild(token, c => _view.Relation(c) == "punct" && _document.Token(c).Chars is "(" or "[");

    /// <summary>The first actor wholly inside tokens <paramref name="range"/> (looking no further than 80 tokens in); -1 with none.</summary>
    public int FirstActorIn((int First, int Last) range)
    {
        for (var t = range.First; t <= Math.Min(range.Last, range.First + 2 * EventCoder.Reach); t++)
        {
            var actor = _actorAt[t];
            if (actor >= 0 && _document.Actors[actor].TokenStart >= range.First && _document.Actors[actor].TokenEnd - 1 <= range.Last)
                return actor;
        }
        return -1;
    }

    /// <summary>The actor nearest before <paramref name="token"/> in its sentence, with the actors joined to it; empty with none.</summary>
    public List<int> NearestBefore(int token)
    {
        var sentence = _document.SentenceRecords[_document.TokenRecords[token].Sentence];
        for (var t = token - 1; t >= Math.Max(sentence.TokenStart, token - EventCoder.Reach); t--)
        {
            if (_actorAt[t] >= 0)
                return WithJoined(_actorAt[t]);
        }
        return [];
    }

    /// <summary>Actor <paramref name="actor"/> with the actors joined to it in the text ("Putin and Trump"), in text order.</summary>
    public List<int> WithJoined(int actor)
    {
        var found = new List<int> { actor };
        AddJoinedInText(found);
        return found;
    }

    // "U.S. President Donald Trump and Russia's Vladimir Putin", "Mordor, the Shire, Fornost and Bree": actors with
    // only "and", "&", "," or "the" and adjectives ("and neighbouring Jordan") between them; commas alone join only in
    // a list that has an "and" somewhere.
    // A possessor is part of the phrase it owns ("Russia's Vladimir Putin" is one actor phrase), not a joined actor.
    private void AddJoinedInText(List<int> found)
    {
        var actors = _document.Actors;
        var before = new List<(int Actor, bool And)>();
        var first = PhraseStart(found[0]);
        for (var a = first - 1; a >= 0 && JoinBetween(actors[a].TokenEnd, actors[first].TokenStart) is { } and; a = first - 1)
        {
            before.Add((a, and));
            first = PhraseStart(a);
        }
        var after = new List<(int Actor, bool And)>();
        var last = found[^1];
        for (var a = last + 1; a < actors.Count && JoinBetween(actors[last].TokenEnd, actors[a].TokenStart) is { } and; a = last + 1)
        {
            while (a + 1 < actors.Count && IsPossessive(actors[a].TokenEnd, actors[a + 1].TokenStart))
                a++;
            after.Add((a, and));
            last = a;
        }
        if (!before.Concat(after).Any(link => link.And))
            return;
        found.InsertRange(0, before.Select(link => link.Actor).Reverse());
        found.AddRange(after.Select(link => link.Actor));
    }

    // The first actor of the phrase actor a ends: a itself, or its possessors before it.
    private int PhraseStart(int a)
    {
        while (a > 0 && IsPossessive(_document.Actors[a - 1].TokenEnd, _document.Actors[a].TokenStart))
            a--;
        return a;
    }

    private bool IsPossessive(int from, int to) => to - from == 1 && _document.Token(from).Chars is "'s" or "\u2019s" or "'";

    // Whether tokens [from, to) join two actors of a list: null when they do not, else whether they say "and".
    private bool? JoinBetween(int from, int to)
    {
        if (to - from is < 1 or > 4)
            return null;
        bool sawAnd = false, sawJoin = false;
        for (var t = from; t < to; t++)
        {
            var word = _document.Token(t).Chars;
            if (word is "and" or "&")
                sawAnd = sawJoin = true;
            else if (word is ",")
                sawJoin = true;
            else if (!word.Equals("the", StringComparison.OrdinalIgnoreCase) && _view.Upos(t) != "ADJ")
                return null;
        }
        return sawJoin ? sawAnd : null;
    }
}
