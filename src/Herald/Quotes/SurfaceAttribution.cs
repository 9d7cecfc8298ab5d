using Herald.Documents;

namespace Herald.Quotes;

/// <summary>
/// Finds who speaks a direct quote from word order and word classes, which hold where the parse of a long news
/// sentence goes astray: the attribution right after a quote that closes on a comma ("...,” said Ruth Gold" /
/// "...,” Rep. Carla Nunez (D-Ore.) said" / "...,” she claimed") and the noun phrase right before a cue verb
/// ("agency counsel Peter Lund said the inquiry is “still open.”").
/// </summary>
internal sealed class SurfaceAttribution(Document document, DependencyView tree)
{
    // The most words a source phrase may have, and how far after the quote its cue verb may come.
    private const int MaxPhrase = 8;
    private const int MaxReach = 30;

    /// <summary>A cue verb and its source phrase; <see cref="Cue"/> is -1 when none was found.</summary>
    public readonly record struct Attribution(int Cue, int First, int Last, int Head)
    {
        public static Attribution None => new(-1, -1, -1, -1);
    }

    /// <summary>
    /// The attribution that follows the quote whose closing mark is token <paramref name="closing"/>, when the
    /// quote ends on a comma or dash (or on "?" or "!" with the sentence going on in lower case): a speech verb and
    /// the phrase after it (or any past or present verb and a phrase that ends the sentence: "“...,” barked the
    /// chairman."), or a phrase and the verb right after it, else the first speech verb after it in the sentence.
    /// </summary>
    public Attribution After(int closing)
    {
        var next = closing + 1;
        while (next < document.TokenCount && SameSentence(next, closing) && document.Token(next).Chars is ",")
            next++;
        if (next >= document.TokenCount || !SameSentence(next, closing) || !OpensAttribution(closing, next))
            return Attribution.None;
        if (tree.IsCueVerb(next, speechOnly: true) || IsFiniteVerb(next))
        {
            var (first, last, head) = PhraseFrom(next + 1);
            return first < 0 || !tree.IsCueVerb(next, speechOnly: true) && !IsLastWordOfSentence(last) ? Attribution.None : new Attribution(next, first, last, head);
        }
        var phrase = PhraseFrom(next);
        if (phrase.First < 0)
            return Attribution.None;
        if (phrase.Last > phrase.First && IsMistaggedCue(phrase.Last))
            return new Attribution(phrase.Last, phrase.First, phrase.Last - 1, HeadOf(phrase.First, phrase.Last - 1));
        var verb = phrase.Last + 1;
        while (verb < document.TokenCount && SameSentence(verb, closing) && tree.Upos(verb) is "AUX" or "ADV")
            verb++;
        if (verb < document.TokenCount && SameSentence(verb, closing) && IsFiniteVerb(verb))
            return new Attribution(verb, phrase.First, phrase.Last, phrase.Head); // "“...,” Trump barked": any verb in that place
        for (var t = phrase.Last + 1; t < document.TokenCount && t <= next + MaxReach && SameSentence(t, closing); t++)
        {
            if (tree.IsCueVerb(t, speechOnly: true))
                return new Attribution(t, phrase.First, phrase.Last, phrase.Head);
        }
        return Attribution.None;
    }

    /// <summary>
    /// The noun phrase that ends right before <paramref name="cue"/> (auxiliaries and adverbs between, or the comma
    /// closing an apposition): the verb's subject in English word order. (-1, -1, -1) with none.
    /// </summary>
    public (int First, int Last, int Head) Before(int cue)
    {
        var t = cue - 1;
        while (t >= 0 && SameSentence(t, cue) && (IsBetweenSubjectAndVerb(t) || tree.IsInTimeExpression(t)))
            t--; // "the minister late Monday told": a time is no subject
        if (t < 0 || !SameSentence(t, cue))
            return (-1, -1, -1);
        if (document.Token(t).Chars is not ",")
            return PhraseEndingAt(t, cue);
        // Before a comma, a phrase set off by commas itself ("her adviser, Jake Sullivan, said"), else the phrase
        // that opens the sentence and a comma ("Ellen Park, who took office in January, said").
        var setOff = PhraseEndingAt(t - 1, cue);
        if (setOff.First > 0 && document.Token(setOff.First - 1).Chars is ",")
            return setOff;
        var opening = PhraseFrom(document.SentenceRecords[document.TokenArray[cue].Sentence].TokenStart);
        return opening.First >= 0 && opening.Last + 1 < t && document.Token(opening.Last + 1).Chars is "," ? opening : (-1, -1, -1);
    }

    private bool IsBetweenSubjectAndVerb(int token) =>
        tree.Upos(token) is "AUX" or "ADV" or "PART" && document.Token(token).Chars is not ("'s" or "’s");

    // The noun phrase (or personal pronoun) that ends at token t, in the sentence of the cue; none where t is a
    // time, place or object.
    private (int First, int Last, int Head) PhraseEndingAt(int t, int cue)
    {
        if (t < 0 || !SameSentence(t, cue) || tree.Upos(t) is not ("PROPN" or "NOUN" or "PRON"))
            return (-1, -1, -1);
        if (tree.Upos(t) == "PRON")
            return document.Token(t).Xpos == "PRP" ? (t, t, t) : (-1, -1, -1);
        if (tree.Relation(t) is "obl" or "obl:tmod" or "obl:npmod" or "nmod:tmod" or "obj" || tree.IsInTimeExpression(t))
            return (-1, -1, -1); // "Rita Kale on Wednesday called": a time, place or object, not the subject
        var last = t;
        var first = t;
        while (first - 1 >= 0 && last - first + 1 < MaxPhrase && SameSentence(first - 1, cue))
        {
            var previous = first - 1;
            if (IsPhraseWord(previous))
                first = previous;
            else if (IsOf(previous) && previous - 1 >= 0 && tree.Upos(previous - 1) is "PROPN" or "NOUN")
                first = previous - 1; // "House Speaker Alan Reed of Ohio"
            else
                break;
        }
        return (first, last, HeadOf(first, last));
    }

    private bool IsFiniteVerb(int token) => tree.Upos(token) == "VERB" && document.Token(token).Xpos is "VBD" or "VBZ";

    // "..., Dan Viguerie concludes.": a speech verb in -s taken for a plural noun, ending the attribution's phrase.
    private bool IsMistaggedCue(int token) =>
        document.Token(token).Xpos == "NNS" && CueWords.Speech.Contains(tree.Lemma(token) ?? "") && IsLastWordOfSentence(token);

    private bool IsLastWordOfSentence(int token) =>
        token + 1 >= document.TokenCount || !SameSentence(token + 1, token) || tree.Upos(token + 1) == "PUNCT";

    // Words that may follow a closing quote as its attribution: only where the quote's sentence goes on.
    private bool OpensAttribution(int closing, int next)
    {
        var before = closing - 1;
        while (before >= 0 && document.Token(before).Chars is "'" or "’" or "`")
            before--; // the first apostrophe of a closing mark typed as two
        if (before < 0)
            return false;
        var end = document.Token(before).Chars;
        if (end is "," or "—" or "--" or "–")
            return true;
        return end is "?" or "!" && document.Token(next).Chars is { Length: > 0 } word && char.IsLower(word[0]);
    }

    // A personal pronoun alone, or a run of names, nouns and their modifiers ending before punctuation or a verb;
    // none where a time starts.
    private (int First, int Last, int Head) PhraseFrom(int start)
    {
        if (start >= document.TokenCount || tree.IsInTimeExpression(start))
            return (-1, -1, -1); // "..., said Tuesday at ...": a time, not a speaker
        if (tree.Upos(start) == "PRON")
            return document.Token(start).Xpos == "PRP" ? (start, start, start) : (-1, -1, -1);
        var last = RunOfPhraseWords(start);
        if (last >= start && IsOf(last + 1) && RunOfPhraseWords(last + 2) is var more && more > last + 1)
            last = more; // "one of those advisers", "Alan Reed of Ohio"
        if (last < start || tree.Upos(last) is not ("PROPN" or "NOUN"))
            return (-1, -1, -1);
        return (start, last, HeadOf(start, last));
    }

    // The last of the names, nouns and modifiers that run from token start (start - 1 with none).
    private int RunOfPhraseWords(int start)
    {
        var last = start - 1;
        for (var t = start; t < document.TokenCount && t - start < MaxPhrase && SameSentence(t, start) && IsPhraseWord(t); t++)
            last = t;
        return last;
    }

    private bool IsPhraseWord(int token) =>
        tree.Upos(token) is "PROPN" or "NOUN" or "ADJ" or "DET" or "NUM" || tree.Upos(token) == "PART" && document.Token(token).Chars is "'s" or "’s" or "'" or "’";

    private bool IsOf(int token) => token < document.TokenCount && document.Token(token).Chars.Equals("of", StringComparison.OrdinalIgnoreCase);

    // The last name or noun of the phrase before an "of": "Reed" in "Speaker Alan Reed of Ohio".
    private int HeadOf(int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (IsOf(t) && t > first)
                return t - 1;
        }
        return last;
    }

    private bool SameSentence(int a, int b) => document.TokenArray[a].Sentence == document.TokenArray[b].Sentence;
}
