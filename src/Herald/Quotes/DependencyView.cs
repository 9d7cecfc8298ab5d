using Herald.Documents;

namespace Herald.Quotes;

/// <summary>The questions quote finding asks of a parsed document: children, subtrees, subjects, complements, spans.</summary>
internal sealed class DependencyView
{
    private readonly Document _document;
    private readonly TokenData[] _tokens;
    private readonly int[] _childStart;
    private readonly int[] _children;

    // For each token, the mention that covers it (-1: none); built when first asked for.
    private int[]? _mentionAt;

    public DependencyView(Document document)
    {
        _document = document;
        _tokens = document.TokenArray;
        var n = _tokens.Length;
        _childStart = new int[n + 1];
        foreach (ref readonly var token in _tokens.AsSpan())
        {
            if (token.Head >= 0 && token.Head < n)
                _childStart[token.Head + 1]++;
        }
        for (var i = 0; i < n; i++)
            _childStart[i + 1] += _childStart[i];
        _children = new int[_childStart[n]];
        var fill = _childStart[..n];
        for (var i = 0; i < n; i++)
        {
            var head = _tokens[i].Head;
            if (head >= 0 && head < n)
                _children[fill[head]++] = i;
        }
    }

    /// <summary>Whether a child of <paramref name="token"/> fits <paramref name="fits"/>.</summary>
    public bool HasChild(int token, Func<int, bool> fits)
    {
        foreach (var child in Children(token))
        {
            if (fits(child))
                return true;
        }
        return false;
    }

    public ReadOnlySpan<int> Children(int token) => _children.AsSpan(_childStart[token], _childStart[token + 1] - _childStart[token]);

    public string? Relation(int token) => _document.Token(token).Deprel;

    public string? Upos(int token) => _document.Token(token).Upos;

    public string? Lemma(int token) => _document.Token(token).Lemma;

    /// <summary>The lemma of <paramref name="token"/> in lower case; empty with none.</summary>
    public string LowerLemma(int token) => (Lemma(token) ?? "").ToLowerInvariant();

    /// <summary>The token that holds char <paramref name="position"/>, or the first after it; -1 past the end.</summary>
    public int TokenAt(int position) => TokenAtOrAfter(position);

    public int TokenAtOrAfter(int position)
    {
        int low = 0, high = _tokens.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (_tokens[mid].End > position)
            {
                found = mid;
                high = mid - 1;
            }
            else
                low = mid + 1;
        }
        return found;
    }

    /// <summary>Whether <paramref name="token"/> is a verb of saying (or, unless <paramref name="speechOnly"/>, of thinking) used as a verb.</summary>
    public bool IsCueVerb(int token, bool speechOnly)
    {
        if (Upos(token) != "VERB" || Relation(token) is "amod" or "compound")
            return false;
        var lemma = Lemma(token);
        return lemma is not null && (CueWords.Speech.Contains(lemma) || !speechOnly && CueWords.Belief.Contains(lemma));
    }

    /// <summary>The first and last token of the subject of <paramref name="verb"/> (inherited from the verb it depends on for participles and conjuncts); (-1, -1) with none.</summary>
    /// <remarks>A relative pronoun ("McCain, who said ...") stands for the noun its clause modifies.</remarks>
    public (int First, int Last, int Head) SubjectOf(int verb)
    {
        var (first, last, head, _) = Subject(verb, -1, -1);
        return (first, last, head);
    }

    /// <summary>
    /// The subject of <paramref name="verb"/> as the text writes it, for the source of a quote: a relative pronoun
    /// ("Park, who said ...") is the span itself, while <c>Head</c> is the noun it stands for, which names the speaker.
    /// No word from <paramref name="skipFirst"/> to <paramref name="skipLast"/> can be the subject.
    /// </summary>
    public (int First, int Last, int Head) WrittenSubjectOf(int verb, int skipFirst = -1, int skipLast = -1)
    {
        var (first, last, head, relative) = Subject(verb, skipFirst, skipLast);
        return relative >= 0 ? (relative, relative, head) : (first, last, head);
    }

    // "The demonstrators, many of them drivers, gathered": where the phrase set off by commas right after a subject
    // hangs from the verb as a second subject, it is an apposition, and the first is the subject. A name set off so
    // ("her adviser, Jake Sullivan, said") says best who it is and stays; a phrase in parentheses never does ("The
    // World Health Organisation (WHO) said", with "WHO" read as a pronoun). -1 otherwise.
    private int SubjectBeforeSetOffPhrase(int verb, int subject)
    {
        var (first, last) = NounPhrase(subject);
        if (first < 2 || last + 1 >= verb)
            return -1;
        var opening = _document.Token(first - 1).Chars;
        var closing = _document.Token(last + 1).Chars;
        var inCommas = opening is "," && closing is "," && Upos(subject) != "PROPN";
        if (!inCommas && !(opening is "(" && closing is ")"))
            return -1;
        foreach (var child in Children(verb))
        {
            if (child < subject && Relation(child) == "nsubj" && Upos(child) is "NOUN" or "PROPN" && NounPhrase(child).Last == first - 2)
                return child;
        }
        return -1;
    }

    // The subject's span and head, and the relative pronoun that stands for it (-1 when there is none).
    private (int First, int Last, int Head, int Relative) Subject(int verb, int skipFirst, int skipLast)
    {
        for (var v = verb; v >= 0; v = _tokens[v].Head)
        {
            var nearest = -1;
            foreach (var child in Children(v))
            {
                // a day the parse took for the subject ("said Monday the leader of ...") is when, not who
                if (Relation(child) is "nsubj" or "csubj" && (child < skipFirst || child > skipLast) && !IsInTimeExpression(child)
                    && (nearest < 0 || Math.Abs(child - v) < Math.Abs(nearest - v)))
                    nearest = child;
            }
            if (nearest >= 0 && SubjectBeforeSetOffPhrase(v, nearest) is var earlier and >= 0)
                nearest = earlier;
            if (nearest >= 0)
            {
                var relative = _document.Token(nearest).Xpos is "WP" or "WDT" && _tokens[v].Head >= 0 && Upos(_tokens[v].Head) is "PROPN" or "NOUN";
                var subject = relative || Relation(v) == "acl:relcl" && Upos(nearest) == "PRON" && _tokens[v].Head >= 0 ? _tokens[v].Head : nearest;
                var relativeWho = Lemma(nearest) == "who" && (relative || _document.Token(nearest).Xpos == "WP" && Relation(v) is "acl:relcl" or "advcl:relcl");
                if (relativeWho && Upos(subject) != "PROPN" && NameBefore(nearest) is var name and >= 0)
                    subject = name;
                else if (relative && Lemma(nearest) == "which" && MentionTypeAt(subject) is null && OrganisationBefore(nearest) is var organisation and >= 0)
                    subject = organisation;
                var (first, last) = NounPhrase(subject);
                return (first, last, subject, subject == nearest ? -1 : nearest);
            }
            // "Bolton, speaking to reporters, said": a present participle hung from a noun has it for its subject
            // ("militants arrested in Gaza": not a past one, whose noun is what was done to)
            if (Relation(v) == "acl" && _document.Token(v).Xpos == "VBG" && _tokens[v].Head >= 0 && Upos(_tokens[v].Head) is "PROPN" or "NOUN")
            {
                // a verb with a tense joined to the participle ("accused the government of ignoring ... and called
                // for ...") is not the participle's: it shares the subject of the clause the noun stands in
                if (v != verb && _document.Token(verb).Xpos is "VBD" or "VBZ" or "VBP")
                {
                    v = _tokens[v].Head;
                    continue;
                }
                var (first, last) = NounPhrase(_tokens[v].Head);
                return (first, last, _tokens[v].Head, -1);
            }
            if (Relation(v) is not ("conj" or "xcomp" or "advcl" or "acl" or "parataxis") && !IsParticipleComplement(v))
                break;
        }
        // "Bolton, speaking to reporters, said ...", parsed with the subject under the participle
        foreach (var child in Children(verb))
        {
            if (child >= verb || child >= skipFirst && child <= skipLast || _document.Token(child).Xpos is not ("VBG" or "VBN"))
                continue;
            foreach (var grandchild in Children(child))
            {
                if (grandchild < child && Relation(grandchild) == "nsubj")
                {
                    var (first, last) = NounPhrase(grandchild);
                    return (first, last, grandchild, -1);
                }
            }
        }
        // "The campaign responded Friday, saying ...": a participle after a comma speaks for the sentence's subject
        if (IsParticipleAfterComma(verb))
        {
            var sentenceStart = _document.SentenceRecords[_tokens[verb].Sentence].TokenStart;
            for (var t = sentenceStart; t < verb - 1; t++)
            {
                if (Relation(t) == "nsubj" && _tokens[t].Head < verb && (t < skipFirst || t > skipLast))
                {
                    var (first, last) = NounPhrase(t);
                    return (first, last, t, -1);
                }
            }
        }
        // "..., said Harvey": an inverted subject the parse took for an object; "..., said Monday the leader of ...":
        // one after a time, which the parse may have made the subject with the speaker under it
        var afterQuote = verb > 1 && Upos(verb - 1) == "PUNCT" && verb - 1 == skipLast + 1 || verb - 1 == skipLast;
        var start = verb + 1;
        while (start < _tokens.Length && IsInTimeExpression(start))
            start++;
        foreach (var child in Children(verb))
        {
            var candidate = child > verb && IsInTimeExpression(child) ? FirstNounChild(child) : child;
            if (candidate > verb && Relation(candidate) is not ("punct" or "obl" or "advmod" or "ccomp" or "parataxis") && Upos(candidate) is "PROPN" or "NOUN" && !IsInTimeExpression(candidate)
                && (afterQuote || Relation(candidate) is "obj" or "nsubj:pass" && IsLastWordOfClause(candidate))
                && Lemma(verb) is "say" or "add" or "write" or "ask" or "explain" or "recall" or "continue" or "tell" or "tweet" or "note" or "insist" or "argue")
            {
                var (first, last) = NounPhrase(candidate);
                if (first == start)
                    return (first, last, candidate, -1);
            }
        }
        return (-1, -1, -1, -1);
    }

    // The first noun or name hung from a time ("Monday [the leader]", an appos or nmod of it), or -1.
    private int FirstNounChild(int time)
    {
        foreach (var child in Children(time))
        {
            if (child > time && Relation(child) is "appos" or "nmod" or "obj" && Upos(child) is "PROPN" or "NOUN" && !IsInTimeExpression(child))
                return child;
        }
        return -1;
    }

    /// <summary>Whether <paramref name="verb"/> is a present participle right after a comma ("said, adding ...", "responded Friday, saying ...").</summary>
    public bool IsParticipleAfterComma(int verb) => _document.Token(verb).Xpos == "VBG" && verb > 0 && _document.Token(verb - 1).Chars is ",";

    /// <summary>
    /// Whether <paramref name="verb"/> is a participle after a comma that the parse made the complement of the verb
    /// before it ("Weber said, adding, “...”"): it says something of its own, for that verb's subject.
    /// </summary>
    public bool IsParticipleComplement(int verb) => Relation(verb) == "ccomp" && IsParticipleAfterComma(verb) && _tokens[verb].Head < verb;

    // Whether only punctuation or a time phrase follows the noun phrase of token in its sentence ("said Harvey.").
    private bool IsLastWordOfClause(int token)
    {
        var (_, last) = NounPhrase(token);
        var next = last + 1;
        return next >= _tokens.Length || _tokens[next].Sentence != _tokens[token].Sentence || Upos(next) == "PUNCT" || Relation(next) == "case";
    }

    /// <summary>The root of the sentence <paramref name="token"/> is in.</summary>
    public int RootOf(int token)
    {
        var steps = 0;
        while (_tokens[token].Head >= 0 && steps++ < _tokens.Length)
            token = _tokens[token].Head;
        return token;
    }

    // "who" stands for a person, so for the name right before it (and its comma) when the parse hung its clause on
    // something else: a common noun ("fire from Senator Ellen Park, who said ...", on "fire") or, as a sentential
    // relative clause, a verb ("angered Jonas Berg, who told ...", on "angered").
    private int NameBefore(int pronoun)
    {
        var before = WordBefore(pronoun);
        if (before < 0 || Upos(before) != "PROPN")
            return -1;
        while (Relation(before) == "flat" && _tokens[before].Head >= 0 && _tokens[before].Head < before)
            before = _tokens[before].Head;
        return before;
    }

    // "criticism from the Economic Affairs Committee, which said ...", with the clause hung from "criticism": "which"
    // stands for the organisation right before it (and its comma) when the noun the parse chose names nothing.
    private int OrganisationBefore(int pronoun)
    {
        var before = WordBefore(pronoun);
        return before >= 0 && MentionTypeAt(before) == EntityTypes.Organization ? before : -1;
    }

    // The word before a relative pronoun, past its comma, in the same sentence; -1 with none.
    private int WordBefore(int pronoun)
    {
        var before = pronoun - 1;
        if (before >= 0 && _document.Token(before).Chars is ",")
            before--;
        return before >= 0 && _tokens[before].Sentence == _tokens[pronoun].Sentence ? before : -1;
    }

    private string? MentionTypeAt(int token)
    {
        _mentionAt ??= TokenCover.Of(_document.TokenCount, _document.Mentions, m => (m.TokenStart, m.TokenEnd));
        return _mentionAt[token] is var m and >= 0 ? _document.Mentions[m].Type : null;
    }

    /// <summary>The span of a subject: its subtree without relative clauses, appositions and the punctuation around them.</summary>
    public (int First, int Last) NounPhrase(int head)
    {
        int first = head, last = head;
        foreach (var child in Children(head))
        {
            // a conjunction before the head joins the clause, wherever the parse hung it ("But Budd said", "and experts suggest")
            if (Relation(child) is "acl:relcl" or "appos" or "punct" or "parataxis" or "advcl" or "acl" or "case" || Relation(child) == "conj" && !IsNameOrNoun(child)
                || Relation(child) == "cc" && child < head || IsInTimeExpression(child))
                continue;
            var (a, b) = Subtree(child);
            if (PunctuationBetween(Math.Min(child, head), Math.Max(child, head)))
                continue; // set off by commas: a misattached phrase, not part of the name
            first = Math.Min(first, a);
            last = Math.Max(last, b);
        }
        return (first, last);
    }

    /// <summary>Whether a punctuation token lies strictly between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    public bool PunctuationBetween(int from, int to)
    {
        for (var t = from + 1; t < to; t++)
        {
            if (Upos(t) == "PUNCT")
                return true;
        }
        return false;
    }

    private bool IsNameOrNoun(int token) => Upos(token) is "PROPN" or "NOUN" or "PRON";

    public (int First, int Last) Subtree(int token)
    {
        int first = token, last = token;
        foreach (var child in Children(token))
        {
            var (a, b) = Subtree(child);
            first = Math.Min(first, a);
            last = Math.Max(last, b);
        }
        return (first, last);
    }

    public (int Start, int End) SubtreeChars(int token)
    {
        var (first, last) = Subtree(token);
        return (_tokens[first].Start, _tokens[last].End);
    }

    /// <summary>The cue's chars: the verb with the auxiliaries and negation right before it ("has said", "did not deny").</summary>
    public (int Start, int End) CueChars(int verb)
    {
        var first = verb;
        while (first > 0 && _tokens[first - 1].Head == verb && Relation(first - 1) is "aux" or "aux:pass" or "advmod" or "neg")
            first--;
        return (_tokens[first].Start, _tokens[verb].End);
    }

    /// <summary>
    /// What a cue verb reports: its clausal complement ("said [that ...]"), else the clause it comments on ("[...],
    /// officials said"), else for verbs that take one, its object with what follows ("denied [any interference]").
    /// Returns the char span, punctuation at the edges trimmed; (0, 0) with none.
    /// </summary>
    public (int Start, int End) ContentOf(int verb)
    {
        int from = int.MaxValue, to = -1;
        var after = HasChild(verb, c => c > verb && Relation(c) == "ccomp");
        foreach (var child in Children(verb))
        {
            if (Relation(child) == "ccomp" && (child > verb) == after)
            {
                var (a, b) = Subtree(child);
                from = Math.Min(from, a);
                to = Math.Max(to, b);
            }
        }
        if (to < 0 && ClauseUnderTimeOf(verb) is var clause and >= 0)
            (from, to) = Subtree(clause);
        if (to >= 0)
            return Trimmed((from, to));
        var head = _tokens[verb].Head;
        if (Relation(verb) == "parataxis" && head >= 0)
            return Trimmed(Without(Subtree(head), Subtree(verb)));
        if (CueWords.IsCue(Lemma(verb)))
        {
            int first = int.MaxValue, last = -1;
            foreach (var child in Children(verb))
            {
                if (child > verb && Relation(child) is "obj" or "xcomp" or "advcl" or "obl" && !IsTimeOrPlace(child) && !ReportsItself(child))
                {
                    var (a, b) = Subtree(child);
                    first = Math.Min(first, a);
                    last = Math.Max(last, b);
                }
            }
            if (last >= 0)
                return Trimmed((first, last));
        }
        return (0, 0);
    }

    // "said on Monday that the port ...", parsed with the clause as a relative clause of "Monday": a clause opened
    // by the conjunction "that" (a relative "that" is a pronoun) under a time after the verb completes the verb.
    private int ClauseUnderTimeOf(int verb)
    {
        foreach (var time in Children(verb))
        {
            if (time < verb || !IsInTimeExpression(time))
                continue;
            foreach (var clause in Children(time))
            {
                if (clause > time && Relation(clause) is "acl:relcl" or "acl"
                    && HasChild(clause, c => Relation(c) == "mark" && Upos(c) == "SCONJ" && Lemma(c) == "that"))
                    return clause;
            }
        }
        return -1;
    }

    // "responded Friday, saying [donors had paid]": a verb of saying with a clause of its own reports that clause
    // itself, for the subject of the verb it hangs from; it is not what that verb reports.
    private bool ReportsItself(int token) => IsCueVerb(token, speechOnly: true) && HasChild(token, c => Relation(c) == "ccomp");

    // "on Tuesday", "in Paris", "responded Friday": circumstances of the saying, not what was said.
    private bool IsTimeOrPlace(int token) => IsInTimeExpression(token)
        || Relation(token) == "obl" && (Upos(token) == "PROPN" || _document.Token(token).Xpos is "NNP" or "CD")
        || Relation(token) == "obl" && HasChild(token, c => Lemma(c) is "on" or "at" or "in" or "during" or "after" or "before" or "since");

    /// <summary>Whether <paramref name="token"/> lies in a time expression ("on Wednesday"), when the times layer ran.</summary>
    public bool IsInTimeExpression(int token)
    {
        foreach (var time in _document.Times)
        {
            if (_tokens[token].Start >= time.Start && _tokens[token].End <= time.End)
                return true;
        }
        return false;
    }

    /// <summary>
    /// For a verb of saying whose parse gives it nothing to report ("..., saying donors had paid", parsed as the
    /// subject of "paid"): the rest of its sentence, when words other than a time follow it; (0, 0) with none.
    /// </summary>
    public (int Start, int End) FollowingContent(int verb)
    {
        var sentence = _document.SentenceRecords[_tokens[verb].Sentence];
        var next = verb + 1;
        while (next < sentence.TokenEnd && (IsInTimeExpression(next) || Relation(next) == "case" && _tokens[next].Head > next && IsInTimeExpression(_tokens[next].Head)))
            next++; // "responded Friday, saying ...", "answered on Sunday, ...": the time is not what was said
        if (next >= sentence.TokenEnd || Upos(next) == "PUNCT")
            return (0, 0);
        return Trimmed((next, sentence.TokenEnd - 1));
    }

    /// <summary>
    /// For a speech verb at the end of what it reports ("..., a spokeswoman said on Saturday", "..., said the
    /// mayor") that the parse did not tie to it: the stretch of its sentence before the comma right before
    /// <paramref name="attributionFirst"/> (the subject, or the verb when the subject follows it); (0, 0) with none.
    /// </summary>
    public (int Start, int End) TrailingContent(int verb, int attributionFirst)
    {
        var sentence = _document.SentenceRecords[_tokens[verb].Sentence];
        var comma = attributionFirst - 1;
        if (comma <= sentence.TokenStart || _document.Token(comma).Chars is not ("," or "—" or "--"))
            return (0, 0);
        return Trimmed((sentence.TokenStart, comma - 1));
    }

    /// <summary>
    /// Whether <paramref name="token"/> is the "in" of "in the latest poll" (a poll, survey or average reports the
    /// clause it is attached to); gives the poll's noun and the clause's head.
    /// </summary>
    public bool IsInPoll(int token, out int poll, out int clauseHead)
    {
        poll = clauseHead = -1;
        if (!_document.Token(token).Chars.Equals("in", StringComparison.OrdinalIgnoreCase) || Relation(token) != "case")
            return false;
        poll = _tokens[token].Head;
        if (poll < 0 || Lemma(poll) is not ("poll" or "survey" or "average" or "ranking") || Relation(poll) is not ("obl" or "nmod"))
            return false;
        clauseHead = _tokens[poll].Head;
        return clauseHead >= 0 && Upos(clauseHead) is "VERB" or "ADJ" or "NOUN";
    }

    /// <summary>Whether <paramref name="token"/> starts "according to X"; gives X and the head of the clause X comments on.</summary>
    public bool IsAccordingTo(int token, out int source, out int clauseHead)
    {
        source = clauseHead = -1;
        if (token + 2 >= _tokens.Length || !_document.Token(token).Chars.Equals("according", StringComparison.OrdinalIgnoreCase)
            || !_document.Token(token + 1).Chars.Equals("to", StringComparison.OrdinalIgnoreCase))
            return false;
        source = _tokens[token].Head;
        if (source <= token + 1 || source >= _tokens.Length)
            source = token + 2;
        clauseHead = _tokens[source].Head;
        return clauseHead >= 0;
    }

    /// <summary>The chars of <paramref name="head"/>'s subtree without the tokens from <paramref name="cutFrom"/> to the end of <paramref name="excluded"/>'s subtree, trimmed.</summary>
    public (int Start, int End) SpanWithout(int head, int cutFrom, int excluded)
    {
        var (first, last) = Subtree(excluded);
        return Trimmed(Without(Subtree(head), (Math.Min(first, cutFrom), last)));
    }

    // The larger side of a token range once a sub-range is cut out of it.
    private static (int First, int Last) Without((int First, int Last) whole, (int First, int Last) cut)
    {
        if (cut.Last < whole.First || cut.First > whole.Last)
            return whole;
        var before = cut.First - whole.First;
        var after = whole.Last - cut.Last;
        return before >= after ? (whole.First, cut.First - 1) : (cut.Last + 1, whole.Last);
    }

    private (int Start, int End) Trimmed((int First, int Last) range)
    {
        var (first, last) = range;
        while (first <= last && IsEdgeJunk(first))
            first++;
        while (last >= first && IsEdgeJunk(last))
            last--;
        return last < first ? (0, 0) : (_tokens[first].Start, _tokens[last].End);
    }

    private bool IsEdgeJunk(int token) => Upos(token) == "PUNCT" && !IsQuoteMark(token) || Relation(token) is "cc";

    private bool IsQuoteMark(int token) => _document.Token(token).Chars is "\"" or "\u201C" or "\u201D" or "''" or "``";
}
