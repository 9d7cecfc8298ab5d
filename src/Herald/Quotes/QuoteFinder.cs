using Herald.Documents;

namespace Herald.Quotes;

/// <summary>
/// Finds the quotes of one parsed document: direct quotes from quotation marks, tied to the cue verb and its
/// subject outside the marks (a quote split around "Trump said" becomes one quote); then reported speech from
/// the parse: a cue verb with its clausal complement, or a clause with "according to" someone. Speakers are
/// resolved by <see cref="SpeakerResolver"/>.
/// </summary>
internal sealed class QuoteFinder
{
    private const int MinDirectWords = 4;

    // How many heads up from a cue verb the speech verb whose reported clause holds it is looked for.
    private const int MaxClimb = 8;

    // A quote with no cue of its own goes on the words of the last quoted speaker this many sentences back at most.
    private const int RecentSentences = 3;

    private readonly Document _document;
    private readonly DependencyView _tree;
    private readonly SpeakerResolver _speakers;
    private readonly SurfaceAttribution _surface;
    private readonly List<Quote> _quotes = [];
    private readonly HashSet<int> _usedCues = [];

    // The reported clauses that hold a partial direct quote ("said [he was “not ready” to support ...]"): no other
    // attribution starts inside them.
    private readonly List<(int Start, int End)> _reportedAroundQuotes = [];

    public QuoteFinder(Document document)
    {
        _document = document;
        _tree = new DependencyView(document);
        _speakers = new SpeakerResolver(document, _tree);
        _surface = new SurfaceAttribution(document, _tree);
    }

    public List<Quote> Find()
    {
        FindDirect();
        FindSpeakerLines();
        FindReported();
        _quotes.Sort((a, b) => a.ContentStart.CompareTo(b.ContentStart));
        GiveOrphansTheLastSpeaker();
        return _quotes;
    }

    // A direct quote still without a source goes on the words of the last speaker quoted or reported a few
    // sentences before it ("Lee said the plan was dead. “Nobody wants it now.”").
    private void GiveOrphansTheLastSpeaker()
    {
        for (var i = 1; i < _quotes.Count; i++)
        {
            if (!_quotes[i].Direct || _quotes[i].SourceStart >= 0)
                continue;
            var last = _quotes.FindLastIndex(i - 1, q => q.SourceStart >= 0);
            if (last >= 0 && _quotes[i].Sentence - _quotes[last].Sentence is >= 0 and <= RecentSentences)
                _quotes[i] = WithSourceOf(_quotes[i], _quotes[last]);
        }
    }

    private void FindDirect()
    {
        Quote? previous = null;
        foreach (var (start, end) in QuoteMarks.Find(_document.Text))
        {
            var first = _tree.TokenAt(start);
            var last = _tree.TokenAt(end - 1);
            if (first < 0 || last < 0)
                continue;
            var (cue, source) = DirectAttribution(first, last);
            if (cue >= 0)
            {
                _usedCues.Add(cue);
                var (clauseStart, clauseEnd) = _tree.ContentOf(cue);
                if (clauseStart <= start && end <= clauseEnd && clauseEnd > clauseStart)
                    _reportedAroundQuotes.Add((clauseStart, clauseEnd));
                // "A," Trump said, "B.": both halves hang from the same cue.
                if (previous is not null && previous.CueStart == _tree.CueChars(cue).Start)
                    previous = _quotes[^1] = Extended(previous, start, end);
                else
                    _quotes.Add(previous = Make(start, end, cue, source, direct: true));
                continue;
            }
            if (previous is not null && Between(previous.ContentEnd, start).All(t => IsGlue(t, previous)))
            {
                // The second half of a split quote, or the next paragraph of the same speaker's quote.
                previous = _quotes[^1] = Extended(previous, start, end);
                continue;
            }
            if (Words(first, last) < MinDirectWords)
                continue; // a scare quote or a title, not speech
            var (verb, subject) = GoverningClause(first, last);
            if (verb >= 0)
            {
                _quotes.Add(previous = Make(start, end, verb, subject, direct: true));
                continue;
            }
            var orphan = new Quote(start, end, -1, -1, _document.TokenArray[first].Sentence, null, Direct: true);
            if (previous is not null && previous.SourceStart >= 0 && orphan.Sentence - previous.Sentence <= RecentSentences)
                orphan = WithSourceOf(orphan, previous);
            _quotes.Add(previous = orphan);
        }
    }

    // The cue and source of the direct quote from token first to last: the attribution right after it, else the
    // nearest cue verb with the noun phrase right before it, else with its subject in the parse; without a cue
    // verb, "according to X" in its sentence, else the clause that a colon right before it closes.
    private (int Cue, (int First, int Last, int Head) Source) DirectAttribution(int first, int last)
    {
        var after = _surface.After(last);
        if (after.Cue >= 0)
            return (after.Cue, (after.First, after.Last, after.Head));
        var cue = FindCueOutside(first, last);
        if (cue < 0)
            return AccordingTo(first, last) ?? AfterColon(first, last);
        if (OuterSpeechVerb(cue) is var outer && outer != cue)
            return (outer, _tree.WrittenSubjectOf(outer, first, last));
        var before = _surface.Before(cue);
        return (cue, before.First >= 0 && (before.Last < first || before.First > last) ? before : _tree.WrittenSubjectOf(cue, first, last));
    }

    private (int Cue, (int First, int Last, int Head) Source)? AccordingTo(int first, int last)
    {
        var sentence = _document.SentenceRecords[_document.TokenArray[first].Sentence];
        var end = _document.SentenceRecords[_document.TokenArray[last].Sentence].TokenEnd;
        for (var t = sentence.TokenStart; t < end; t++)
        {
            if ((t < first || t > last) && _tree.IsAccordingTo(t, out var source, out _) && (source < first || source > last))
            {
                var (sourceFirst, sourceLast) = _tree.NounPhrase(source);
                return (t, (sourceFirst, sourceLast, source));
            }
        }
        return null;
    }

    // "Governor Holt took the moderators to task: “...”": the subject of the clause the colon closes.
    private (int Cue, (int First, int Last, int Head) Source) AfterColon(int first, int last)
    {
        var colon = first - 1;
        if (colon < 0 || _document.Token(colon).Chars is not ":")
            return (-1, (-1, -1, -1));
        var verb = _tree.RootOf(colon);
        (int First, int Last, int Head) subject = verb < colon ? _tree.WrittenSubjectOf(verb, first, last) : (-1, -1, -1);
        return subject.First >= 0 && subject.Last < colon ? (verb, subject) : (-1, (-1, -1, -1));
    }

    // "Lena Holt also made the point that the town “cannot keep borrowing”": a quote with words of its sentence
    // before it and no cue verb goes to the subject of the nearest verb outside it that it hangs from.
    private (int Cue, (int First, int Last, int Head) Source) GoverningClause(int first, int last)
    {
        var none = (-1, (-1, -1, -1));
        if (first <= _document.SentenceRecords[_document.TokenArray[first].Sentence].TokenStart || _document.Token(first - 1).Chars is "." or "?" or "!")
            return none; // the quote opens its sentence (the splitter may have missed that one ended right before it)
        for (var t = first; t <= last; t++)
        {
            var head = _document.TokenArray[t].Head;
            if (head < 0 || head >= first && head <= last)
                continue;
            for (var steps = 0; head >= 0 && steps < 4; head = _document.TokenArray[head].Head, steps++)
            {
                if (_tree.Upos(head) != "VERB")
                    continue;
                var subject = _tree.WrittenSubjectOf(head, first, last);
                return subject.First >= 0 ? (head, subject) : none;
            }
            return none;
        }
        return none;
    }

    // The speech verb whose reported clause holds the cue verb, however deep: "said" in "Bolton said he would
    // advise Trump on “...”" and in "the mayor said she had begun to doubt the contractor, whom she called a “cowboy”".
    // A participle after a comma parsed as the complement of a verb ("Weber said, adding, “...”") reports on its own.
    private int OuterSpeechVerb(int cue)
    {
        var best = cue;
        var v = cue;
        for (var steps = 0; steps < MaxClimb && _document.TokenArray[v].Head >= 0; steps++)
        {
            if (_tree.Relation(v) is "parataxis" || _tree.IsParticipleComplement(v))
                break;
            var head = _document.TokenArray[v].Head;
            if (_tree.Relation(v) == "ccomp" && _tree.IsCueVerb(head, speechOnly: true))
                best = head;
            v = head;
        }
        return best;
    }

    // The quote with one more part, from start to end.
    private static Quote Extended(Quote quote, int start, int end) =>
        quote with { ContentEnd = end, Parts = [.. quote.Parts ?? [(quote.ContentStart, quote.ContentEnd)], (start, end)] };

    // The quote with the source and speaker of another.
    private static Quote WithSourceOf(Quote quote, Quote other) => quote with
    {
        SpeakerEntity = other.SpeakerEntity,
        SourceStart = other.SourceStart,
        SourceEnd = other.SourceEnd,
        Source = other.Source,
        Resolved = other.Resolved,
    };

    // Tokens between two quotes that still let them be one: punctuation, or the previous quote's cue clause.
    private bool IsGlue(int token, Quote previous)
    {
        ref readonly var data = ref _document.TokenArray[token];
        if (data.Start >= previous.SourceStart && data.End <= previous.SourceEnd && previous.SourceStart >= 0)
            return true;
        if (data.Start >= previous.CueStart && data.End <= previous.CueEnd && previous.CueStart >= 0)
            return true;
        return _document.Token(token).Upos == "PUNCT";
    }

    private IEnumerable<int> Between(int endChar, int startChar)
    {
        var from = _tree.TokenAtOrAfter(endChar);
        for (var t = from; t >= 0 && t < _document.TokenCount && _document.TokenArray[t].Start < startChar; t++)
            yield return t;
    }

    private int Words(int first, int last)
    {
        var words = 0;
        for (var t = first; t <= last; t++)
            words += _tree.Upos(t) == "PUNCT" ? 0 : 1;
        return words;
    }

    // The nearest cue verb of the quote's sentences whose tokens lie outside the quote, preferring one whose
    // complement or object reaches into the quote.
    private int FindCueOutside(int first, int last)
    {
        var sentenceFirst = _document.TokenArray[first].Sentence;
        var sentenceLast = _document.TokenArray[last].Sentence;
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var s = sentenceFirst; s <= sentenceLast; s++)
        {
            var sentence = _document.SentenceRecords[s];
            for (var t = sentence.TokenStart; t < sentence.TokenEnd; t++)
            {
                if (t >= first && t <= last || !_tree.IsCueVerb(t, speechOnly: true))
                    continue;
                var distance = t < first ? first - t : t - last;
                if (GovernsQuote(t, first, last))
                    distance -= 1000; // the parse ties the quote to this verb: it wins over nearer ones
                if (distance < bestDistance)
                {
                    best = t;
                    bestDistance = distance;
                }
            }
        }
        return best >= 0 && best < first ? ParticipleBetween(best, first) : best;
    }

    // "Weber said, adding, “...”", parsed with the quote under "said": the participle of saying between them reports it.
    private int ParticipleBetween(int cue, int first)
    {
        for (var t = first - 1; t > cue; t--)
        {
            if (_document.TokenArray[t].Head == cue && _tree.IsParticipleAfterComma(t) && _tree.IsCueVerb(t, speechOnly: true))
                return t;
        }
        return cue;
    }

    // Whether a word of the quote hangs from the verb (or from a word that hangs from it outside the quote).
    private bool GovernsQuote(int verb, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            var head = _document.TokenArray[t].Head;
            if (head >= first && head <= last || head < 0)
                continue;
            for (var steps = 0; head >= 0 && steps < 3; head = _document.TokenArray[head].Head, steps++)
            {
                if (head == verb)
                    return true;
            }
        }
        return false;
    }

    // Speech first, then thought: a view ("they plan to ...") inside what someone is reported to have said is theirs.
    private void FindReported()
    {
        FindReported(speechOnly: true);
        FindReported(speechOnly: false);
    }

    private void FindReported(bool speechOnly)
    {
        for (var t = 0; t < _document.TokenCount; t++)
        {
            if (_usedCues.Contains(t) || InsideQuote(t) || InsideReportedAroundQuote(t))
                continue;
            if (speechOnly && _tree.IsAccordingTo(t, out var source, out var clauseHead))
            {
                var (start, end) = _tree.SpanWithout(_tree.RootOf(clauseHead), t, source);
                if (end > start)
                {
                    var (sourceFirst, sourceLast) = _tree.NounPhrase(source);
                    var cueEnd = _document.TokenArray[t + 1].End;
                    _quotes.Add(Make(start, end, t, (sourceFirst, sourceLast, source), direct: false) with { CueEnd = cueEnd });
                }
                continue;
            }
            if (speechOnly && _tree.IsInPoll(t, out var poll, out var pollClause))
            {
                var (start, end) = _tree.SpanWithout(_tree.RootOf(pollClause), t, poll);
                var (pollFirst, pollLast) = _tree.NounPhrase(poll);
                if (end > start && !Overlaps(start, end))
                    _quotes.Add(Make(start, end, t, (pollFirst, pollLast, poll), direct: false));
                continue;
            }
            if (!_tree.IsCueVerb(t, speechOnly) || !speechOnly && _tree.IsCueVerb(t, speechOnly: true))
                continue;
            var subject = _tree.WrittenSubjectOf(t); // none for a passive or a fragment: the quote is kept without a source
            var content = _tree.ContentOf(t);
            if (content.End <= content.Start && CueWords.Speech.Contains(_tree.Lemma(t) ?? ""))
                content = _tree.TrailingContent(t, subject.First >= 0 && subject.First < t ? subject.First : t); // "..., X said" or "..., said X"
            if (content.End <= content.Start && CueWords.Speech.Contains(_tree.Lemma(t) ?? ""))
                content = _tree.FollowingContent(t);
            if (content.End <= content.Start || Overlaps(content.Start, content.End))
                continue;
            _quotes.Add(Make(content.Start, content.End, t, subject, direct: false));
        }
    }

    // "Trump: Clinton should have congratulated me", "Q: How did things go?" -- a line opened by a short name
    // and a colon gives the rest of the line to that name; a direct quote on the line without a source gets it.
    private void FindSpeakerLines()
    {
        foreach (var sentence in _document.SentenceRecords)
        {
            var first = sentence.TokenStart;
            if (!StartsLine(first))
                continue;
            var colon = -1;
            for (var t = first; t < sentence.TokenEnd && t < first + MaxSpeakerWords + 1; t++)
            {
                if (_document.Token(t).Chars is ":")
                {
                    colon = t;
                    break;
                }
                if (_tree.Upos(t) is not ("PROPN" or "NOUN" or "DET" or "ADJ" or "PART" or "NUM"))
                    break;
            }
            if (colon <= first || colon + 1 >= _document.TokenCount)
                continue;
            var start = _document.TokenArray[colon + 1].Start;
            var lineEnd = _document.Text.IndexOf('\n', start);
            var end = (lineEnd < 0 ? _document.Text.Length : lineEnd);
            while (end > start && char.IsWhiteSpace(_document.Text[end - 1]))
                end--;
            if (end <= start)
                continue;
            var head = colon - 1;
            var quote = Make(start, end, colon, (first, colon - 1, head), direct: false);
            var inside = _quotes.FindIndex(q => q.ContentStart >= start && q.ContentEnd <= end);
            if (inside >= 0)
            {
                if (_quotes[inside].SourceStart < 0)
                    _quotes[inside] = WithSourceOf(_quotes[inside], quote) with { CueStart = quote.CueStart, CueEnd = quote.CueEnd };
                continue;
            }
            if (!Overlaps(start, end))
                _quotes.Add(quote);
        }
    }

    private const int MaxSpeakerWords = 4;

    private bool StartsLine(int token)
    {
        var start = _document.TokenArray[token].Start;
        return start == 0 || _document.Text[start - 1] == '\n';
    }

    private bool InsideQuote(int token)
    {
        var start = _document.TokenArray[token].Start;
        foreach (var quote in _quotes)
        {
            if (quote.Direct && start >= quote.ContentStart && start < quote.ContentEnd)
                return true;
        }
        return false;
    }

    private bool InsideReportedAroundQuote(int token)
    {
        var start = _document.TokenArray[token].Start;
        return _reportedAroundQuotes.Exists(clause => start >= clause.Start && start < clause.End);
    }

    private bool Overlaps(int start, int end)
    {
        foreach (var quote in _quotes)
        {
            if (start < quote.ContentEnd && quote.ContentStart < end)
                return true;
        }
        return false;
    }

    private Quote Make(int start, int end, int cue, (int First, int Last, int Head) source, bool direct)
    {
        ref readonly var cueToken = ref _document.TokenArray[cue];
        var (cueStart, cueEnd) = _tree.CueChars(cue);
        var quote = new Quote(start, end, cueStart, cueEnd, cueToken.Sentence, null, direct);
        var (sourceStart, sourceEnd, sourceHead) = source;
        if (sourceStart < 0)
            return quote;
        var (entity, resolved) = _speakers.Resolve(sourceStart, sourceEnd, sourceHead, start, end);
        return quote with
        {
            SpeakerEntity = entity,
            SourceStart = _document.TokenArray[sourceStart].Start,
            SourceEnd = _document.TokenArray[sourceEnd].End,
            Source = _document.Text[_document.TokenArray[sourceStart].Start.._document.TokenArray[sourceEnd].End],
            Resolved = resolved,
        };
    }
}
