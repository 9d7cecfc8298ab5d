using Herald.Documents;
using Herald.Quotes;

namespace Herald.Events;

/// <summary>
/// Where and when an event happens. The date is a time expression inside the trigger's clause ("meet in Paris next
/// month"); an asserted or reported event without one takes the latest past day the text named up to its sentence
/// ("officials said on Tuesday"); the publication date is never used. The place is a place named inside the
/// clause, else one named in the sentence, else the article's focus (its most mentioned place).
/// </summary>
internal sealed class EventSetting
{
    private readonly Document _document;
    private readonly DependencyView _view;
    private readonly (int First, int Last, int Place)[] _placeSpans;

    public EventSetting(Document document, DependencyView view)
    {
        _document = document;
        _view = view;
        var spans = new List<(int, int, int)>();
        for (var p = 0; p < document.Places.Count; p++)
        {
            var place = document.Places[p];
            foreach (var m in place.Mentions)
            {
                if (m >= 0 && m < document.Mentions.Count)
                    spans.Add((document.Mentions[m].TokenStart, document.Mentions[m].TokenEnd - 1, p));
            }
            foreach (var (start, end) in place.Descriptions)
            {
                var first = view.TokenAt(start);
                var last = view.TokenAt(end - 1);
                if (first >= 0 && last >= first)
                    spans.Add((first, last, p));
            }
        }
        _placeSpans = [.. spans];
    }

    /// <summary>The TIMEX3 date of the event <paramref name="trigger"/> names, or null when the text gives none.</summary>
    public string? DateOf(int trigger, string modality)
    {
        var clause = ClauseHead(trigger);
        string? best = null;
        var bestDistance = int.MaxValue;
        var sentence = _document.TokenRecords[trigger].Sentence;
        foreach (var time in _document.Times)
        {
            if (time.Sentence != sentence || !IsDate(time))
                continue;
            var token = _view.TokenAt(time.Start);
            if (!InClause(token, clause) || Math.Abs(token - trigger) >= bestDistance)
                continue;
            best = time.Value;
            bestDistance = Math.Abs(token - trigger);
        }
        if (best is not null || modality is not (EventModality.Asserted or EventModality.Reported) || IsPerfect(clause))
            return best;
        return NarrativeDay(sentence);
    }

    // The latest day-precise date, not after its reference date, named in the sentence or the one before.
    private string? NarrativeDay(int sentence)
    {
        string? day = null;
        foreach (var time in _document.Times)
        {
            if (time.Sentence <= sentence && time.Sentence >= sentence - 1 && IsDate(time) && time.Value.Length == 10
                && (time.Reference is null || string.CompareOrdinal(time.Value, time.Reference) <= 0))
                day = time.Value;
        }
        return day;
    }

    // "have met several times": the perfect tells of an indefinite past.
    private bool IsPerfect(int verb)
    {
        foreach (var child in _view.Children(verb))
        {
            if (_view.Relation(child) == "aux" && _view.Lemma(child) == "have")
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="token"/> belongs to the clause headed by <paramref name="head"/>: it lies under it
    /// without passing through another clause (a conjunct, complement, adverbial or relative clause, parataxis, or
    /// a clause hung from a personal pronoun: see <see cref="IsClauseUnderPersonalPronoun"/>).
    /// </summary>
    public bool InClause(int token, int head)
    {
        for (var t = token; t >= 0; t = _document.TokenRecords[t].Head)
        {
            if (t == head)
                return true;
            if (_view.Upos(t) is "VERB" or "AUX" && (_view.Relation(t) is "conj" or "parataxis" or "ccomp" or "advcl" or "acl:relcl" || IsClauseUnderPersonalPronoun(t)))
                return false;
        }
        return false;
    }

    // A clause hung from a personal pronoun ("accused him of failing to stand up to X", "failing" under "him") does not
    // modify it, as "him" or "them" takes no such modifier: it is a complement or adverbial clause the parse misplaced,
    // with actors of its own.
    private bool IsClauseUnderPersonalPronoun(int verb)
    {
        var head = _document.TokenRecords[verb].Head;
        return _view.Relation(verb) == "acl" && head >= 0 && _document.Token(head).Xpos == "PRP";
    }

    private static bool IsDate(TimeExpression time) => time.Type == "DATE" && time.Value.Length >= 4 && char.IsAsciiDigit(time.Value[0]);

    /// <summary>The index in <see cref="Document.Places"/> of where the event happens, or null when the article names no place.</summary>
    /// <remarks>A place that names one of the event's actors, or another actor not after "in", "at", "near", is passed over.</remarks>
    public int? PlaceOf(int trigger, ActorMention? source, ActorMention? target)
    {
        var clause = ClauseHead(trigger);
        var sentence = _document.SentenceRecords[_document.TokenRecords[trigger].Sentence];
        int? inClause = null, inSentence = null;
        var bestDistance = int.MaxValue;
        foreach (var (a, b, place) in _placeSpans)
        {
            if (a < sentence.TokenStart || b >= sentence.TokenEnd || Overlaps(a, b, source) || Overlaps(a, b, target) || IsActorNotLocation(a, b))
                continue;
            inSentence ??= place;
            if (InClause(a, clause) && Math.Abs(a - trigger) < bestDistance)
            {
                inClause = place;
                bestDistance = Math.Abs(a - trigger);
            }
        }
        return inClause ?? inSentence ?? Focus();
    }

    // "Russia had tried to influence the vote": a place named as an actor is not where something happens, unless
    // a locative preposition says it is ("a meeting in Moscow").
    private bool IsActorNotLocation(int first, int last)
    {
        if (!_document.Actors.Any(actor => Overlaps(first, last, actor)))
            return false;
        return first == 0 || !(_document.Token(first - 1).Chars.ToString().ToLowerInvariant() is "in" or "at" or "near" or "outside" or "inside");
    }

    private static bool Overlaps(int first, int last, ActorMention? actor) => actor is not null && first < actor.TokenEnd && last >= actor.TokenStart;

    private int? Focus()
    {
        int? best = null;
        var bestCount = 0;
        for (var p = 0; p < _document.Places.Count; p++)
        {
            var count = _document.Places[p].Mentions.Count + _document.Places[p].Descriptions.Count;
            if (count > bestCount)
            {
                best = p;
                bestCount = count;
            }
        }
        return best;
    }

    // The head of the trigger's clause: the trigger, or for a noun that is a verb's object, the verb.
    private int ClauseHead(int trigger)
    {
        var head = _document.TokenRecords[trigger].Head;
        return _view.Upos(trigger) == "NOUN" && head >= 0 && _view.Relation(trigger) == "obj" ? head : trigger;
    }

    /// <summary>
    /// Gives an event the more precise date of a mention of the same kind of event at the same place that names no
    /// actors, when it falls within the event's date (a planned event without a date takes it) ("plan to meet in Paris next month" ... "a Nov. 11 meeting in the French capital").
    /// </summary>
    public void RefineDates(List<Event> events, IReadOnlyList<(int Trigger, string Code)> anonymous)
    {
        foreach (var (trigger, code) in anonymous)
        {
            if (DateOf(trigger, EventModality.Planned) is not { } date || PlaceOf(trigger, null, null) is not { } place)
                continue;
            for (var e = 0; e < events.Count; e++)
            {
                var known = events[e];
                if (known.Place == place && Family(known.Code) == Family(code) && date.Length > (known.Date?.Length ?? 0)
                    && (known.Date is null ? known.Modality == EventModality.Planned : date.StartsWith(known.Date, StringComparison.Ordinal)))
                    events[e] = known with { Date = date };
            }
        }
    }

    // Meeting codes and the intent to meet are one family.
    private static string Family(string code) => code.StartsWith("036", StringComparison.Ordinal) ? "04" : code[..2];
}
