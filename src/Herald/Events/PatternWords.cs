using Herald.Documents;

namespace Herald.Events;

/// <summary>
/// Matches a pattern's <see cref="EventPattern.Before"/> and <see cref="EventPattern.After"/> elements against the
/// words of the trigger's sentence: elements in order, away from the trigger, with gaps allowed between them; the
/// words of one phrase consecutive. A marker takes the nearest actor in its place (<c>$</c> source, <c>+</c>
/// target, <c>%</c> joined actors: before the verb they act on each other, after it they are the targets), a skip
/// passes over one noun phrase: its determiners and adjectives, then one actor or word.
/// </summary>
internal sealed class PatternWords(Document document, ActorFinder actors)
{
    /// <summary>The actors a match put in place (actor indexes, -1 for none).</summary>
    public readonly record struct Capture(int Source, int Target, int Compound)
    {
        public static Capture None { get; } = new(-1, -1, -1);
    }

    /// <summary>The actors the markers found when the pattern's words stand around <paramref name="trigger"/>; null when they do not.</summary>
    public Capture? Match(int trigger, EventPattern pattern)
    {
        var sentence = document.SentenceRecords[document.TokenRecords[trigger].Sentence];
        var capture = Capture.None;
        var end = Math.Min(sentence.TokenEnd, trigger + EventCoder.Reach);
        var at = trigger + 1;
        foreach (var element in pattern.After)
        {
            if (!Forward(element, ref at, end, ref capture))
                return null;
        }
        var start = Math.Max(sentence.TokenStart, trigger - EventCoder.Reach);
        at = trigger - 1;
        for (var e = pattern.Before.Count - 1; e >= 0; e--)
        {
            if (!Backward(pattern.Before[e], ref at, start, ref capture))
                return null;
        }
        return capture;
    }

    // Finds the element at or after token 'at' (before 'end'); 'at' moves past it.
    private bool Forward(PatternElement element, ref int at, int end, ref Capture capture)
    {
        if (element.Role == PatternRole.Skip)
        {
            while (at < end - 1 && IsModifier(at))
                at++;
            at = actors.ActorAt(Math.Min(at, end - 1)) is var skipped and >= 0 ? document.Actors[skipped].TokenEnd : at + 1;
            return at <= end;
        }
        for (var t = at; t < (element.Adjacent ? Math.Min(end, at + 1) : end); t++)
        {
            if (element.Role == PatternRole.Words)
            {
                if (PhraseAt(element, t, end) is var length and > 0)
                {
                    at = t + length;
                    return true;
                }
            }
            else if (actors.ActorAt(t) is var actor and >= 0)
            {
                // joined actors after the verb are its targets ("agrees with X and Y")
                Put(element.Role == PatternRole.Compound ? PatternRole.Target : element.Role, actor, ref capture);
                at = document.Actors[actor].TokenEnd;
                return true;
            }
        }
        return false;
    }

    // Finds the element ending at or before token 'at' (not before 'start'); 'at' moves before it.
    private bool Backward(PatternElement element, ref int at, int start, ref Capture capture)
    {
        if (element.Role == PatternRole.Skip)
        {
            at = actors.ActorAt(Math.Max(at, start)) is var skipped and >= 0 ? document.Actors[skipped].TokenStart - 1 : at - 1;
            while (at > start && IsModifier(at))
                at--;
            return at >= start - 1;
        }
        for (var t = at; t >= (element.Adjacent ? Math.Max(start, at) : start); t--)
        {
            if (element.Role == PatternRole.Words)
            {
                foreach (var phrase in element.Phrases)
                {
                    var first = t - phrase.Length + 1;
                    if (first >= start && Spells(phrase, first))
                    {
                        at = first - 1;
                        return true;
                    }
                }
            }
            else if (actors.ActorAt(t) is var actor and >= 0)
            {
                Put(element.Role, actor, ref capture);
                at = document.Actors[actor].TokenStart - 1;
                return true;
            }
        }
        return false;
    }

    // A word that opens a noun phrase before its head ("the", "proud", "two"): a skip passes over the whole phrase,
    // as PETRARCH's does over a phrase of its parse.
    private bool IsModifier(int token) => actors.ActorAt(token) < 0 && document.Token(token).Upos is "DET" or "ADJ" or "NUM";

    private static void Put(PatternRole role, int actor, ref Capture capture) => capture = role switch
    {
        PatternRole.Source => capture with { Source = actor },
        PatternRole.Target => capture with { Target = actor },
        _ => capture with { Compound = actor },
    };

    // The length of the longest alternative that starts at token t; 0 with none.
    private int PhraseAt(PatternElement element, int t, int end)
    {
        var best = 0;
        foreach (var phrase in element.Phrases)
        {
            if (phrase.Length > best && t + phrase.Length <= end && Spells(phrase, t))
                best = phrase.Length;
        }
        return best;
    }

    /// <summary>Whether the tokens from <paramref name="first"/> on are the words of <paramref name="phrase"/>, in any case.</summary>
    public bool Spells(string[] phrase, int first)
    {
        for (var w = 0; w < phrase.Length; w++)
        {
            if (!document.Token(first + w).Chars.Equals(phrase[w], StringComparison.OrdinalIgnoreCase))
                return false;
        }
        return true;
    }
}
