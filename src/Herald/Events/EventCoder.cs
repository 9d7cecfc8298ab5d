using Herald.Actors;
using Herald.Documents;
using Herald.Quotes;

namespace Herald.Events;

/// <summary>
/// Codes the events of one parsed document with actors: finds trigger verbs and nouns from the lexicon, their
/// source and target actors from the dependency roles (subject, object, prepositional phrase, passive agent,
/// possessor, "between X and Y"), the modality, and then the date and place (<see cref="EventSetting"/>).
/// </summary>
internal sealed class EventCoder
{
    private const double DependencyConfidence = 0.9;
    private const double TextFallbackPenalty = 0.3;

    // An event's words lie within this many tokens of its trigger: searches stay bounded on run-on "sentences".
    internal const int Reach = 40;

    private readonly Document _document;
    private readonly EventLexicon _lexicon;
    private readonly CameoTable _table;
    private readonly DependencyView _view;
    private readonly ActorFinder _actors;
    private readonly EventSetting _setting;
    private readonly PatternWords _words;

    public EventCoder(Document document, EventLexicon lexicon, CameoTable table)
    {
        _document = document;
        _lexicon = lexicon;
        _table = table;
        _view = new DependencyView(document);
        _actors = new ActorFinder(document, _view);
        _setting = new EventSetting(document, _view);
        _words = new PatternWords(document, _actors);
    }

    /// <summary>The events of the document in text order, each with its date and place.</summary>
    public List<Event> Code()
    {
        var found = new List<Finding>();
        var discarded = DiscardedSentences();
        for (var t = 0; t < _document.TokenCount; t++)
        {
            if (!discarded.Contains(_document.TokenRecords[t].Sentence) && Match(t) is var (pattern, capture) && pattern.Code != PetrarchVerbDictionary.NoCode)
                found.Add(Read(t, pattern, capture));
        }
        var events = new List<Event>();
        foreach (var finding in found)
            events.AddRange(EventsOf(finding));
        _setting.RefineDates(events, found.Where(f => f.Sources.Count == 0).Select(f => (f.Trigger, f.Code)).ToList());
        return events;
    }

    // The sentences that hold one of the lexicon's discard phrases.
    private HashSet<int> DiscardedSentences()
    {
        var sentences = new HashSet<int>();
        if (_lexicon.Discards.Count == 0)
            return sentences;
        for (var t = 0; t < _document.TokenCount; t++)
        {
            var sentence = _document.TokenRecords[t].Sentence;
            var end = _document.SentenceRecords[sentence].TokenEnd;
            if (_lexicon.Discards.Any(phrase => t + phrase.Length <= end && _words.Spells(phrase, t)))
                sentences.Add(sentence);
        }
        return sentences;
    }

    /// <summary>A trigger with its pattern's code, modality and actors.</summary>
    internal sealed record Finding(int Trigger, string Code, string? ReverseCode, bool Symmetric, string Modality, List<int> Sources, List<int> Targets, bool BetweenPair, double Confidence, bool NeedsTarget);

    private (EventPattern Pattern, PatternWords.Capture Capture)? Match(int token)
    {
        var kind = _view.Upos(token) switch
        {
            "VERB" => TriggerKind.Verb,
            "NOUN" => TriggerKind.Noun,
            _ => (TriggerKind?)null,
        };
        if (kind is not { } k || _view.Relation(token) is "amod" or "compound")
            return null;
        var lemma = _view.LowerLemma(token);
        var word = _document.Token(token).Chars.ToString().ToLowerInvariant();
        // a verb's own form first ("left" may have patterns apart from "leave"); a noun's lemma first, then its
        // plural form, which keeps its own entry ("talks", "sanctions") when the lemma has none
        foreach (var key in k == TriggerKind.Verb ? new[] { word, lemma } : new[] { lemma, word })
        {
            foreach (var pattern in _lexicon.Find(k, key))
            {
                if (Fits(token, pattern) is { } capture)
                    return (pattern, capture);
            }
        }
        return null;
    }

    private bool IsTrigger(int token) => Match(token) is var (pattern, _) && pattern.Code != PetrarchVerbDictionary.NoCode;

    private PatternWords.Capture? Fits(int token, EventPattern pattern)
    {
        if (pattern.Particle is { } particle && !HasParticle(token, particle))
            return null;
        if (pattern.Cues is { } cues && !SubtreeHas(token, cues))
            return null;
        if (pattern.ObjectExceptions is { } exceptions && ThingDoneTo(token) is var thing and >= 0 && exceptions.Contains(_view.Lemma(thing) ?? ""))
            return null;
        return _words.Match(token, pattern);
    }

    // What the verb acts on: its direct object, else its passive subject (PassiveSubject: also the noun it modifies
    // as a past participle, "figures released on Tuesday"); -1 with none.
    private int ThingDoneTo(int verb) => ChildOf(verb, "obj") is var obj and >= 0 ? obj : PassiveSubject(verb);

    private bool HasParticle(int token, string particle)
    {
        var sentenceEnd = _document.SentenceRecords[_document.TokenRecords[token].Sentence].TokenEnd;
        for (var t = token + 1; t < Math.Min(sentenceEnd, token + 4); t++)
        {
            // the infinitive's "to" is no particle: "going to export" is no "go to"
            var head = _document.TokenRecords[t].Head;
            if (_document.Token(t).Chars.Equals(particle, StringComparison.OrdinalIgnoreCase) && _document.Token(t).Xpos != "TO"
                && (head == token || head >= 0 && _document.TokenRecords[head].Head == token))
                return true;
        }
        return false;
    }

    private bool SubtreeHas(int token, IReadOnlySet<string> words)
    {
        var (first, last) = _view.Subtree(token);
        for (var t = Math.Max(first, token - Reach); t <= Math.Min(last, token + Reach); t++)
        {
            if (words.Contains(_document.Token(t).Chars.ToString().ToLowerInvariant()))
                return true;
        }
        return false;
    }

    private Finding Read(int trigger, EventPattern pattern, PatternWords.Capture capture)
    {
        var modality = EventModality.Of(_view, _document, trigger);
        if (modality is EventModality.Negated or EventModality.Hypothetical && pattern.SpellsModality)
            modality = EventModality.Asserted; // "did not clash", "would act" have codes of their own
        var code = modality == EventModality.Planned ? _lexicon.IntentCode(pattern.Code) : pattern.Code;
        var reverse = pattern.ReverseCode is { } back && modality == EventModality.Planned ? _lexicon.IntentCode(back) : pattern.ReverseCode;
        var confidence = DependencyConfidence;
        List<int> sources, targets;
        var between = false;
        if (pattern.Kind == TriggerKind.Noun)
        {
            targets = Targets(trigger, pattern, out between);
            sources = between ? [] : NounSources(trigger);
            if (!between && targets.Count == 0 && Undergoer(trigger) is var verb and >= 0)
                targets = Subject(verb);
        }
        else
        {
            var passive = IsPassive(trigger);
            sources = passive ? Agent(trigger) : Subject(trigger);
            targets = passive ? PassiveTarget(trigger) : Targets(trigger, pattern, out _);
            if (targets.Count == 0 && pattern.TargetRoles.Count > 0 && FirstActorAfter(trigger, sources, pattern.TargetRoles) is var after and >= 0)
            {
                targets = _actors.WithJoined(after);
                confidence -= TextFallbackPenalty;
            }
            // "Dozens of militants arrested in Gaza": a participle with no auxiliary whose subject the parse made
            // passive may be a headline's passive as well as an active verb, so its subject is no sure source
            if (!passive && sources.Count > 0 && IsBareParticiple(trigger) && ChildOf(trigger, "nsubj:pass") >= 0)
                confidence -= TextFallbackPenalty;
            if (sources.Count == 0 && !passive && _view.SubjectOf(trigger).Head < 0)
            {
                sources = _actors.NearestBefore(trigger);
                confidence -= TextFallbackPenalty;
            }
        }
        if (between)
        {
            sources = targets;
            targets = [];
        }
        // where the pattern's words put an actor, that actor takes the role
        if (capture.Source >= 0)
            sources = _actors.WithJoined(capture.Source);
        if (capture.Target >= 0)
            targets = _actors.WithJoined(capture.Target);
        if (capture.Compound >= 0)
            (sources, targets, between) = (_actors.WithJoined(capture.Compound), [], true);
        sources.RemoveAll(targets.Contains);
        return new Finding(trigger, code, reverse, pattern.Symmetric || between || reverse is not null, modality, sources, targets, between, confidence, pattern.NeedsTarget);
    }

    // When the parse ties no actor to a role the pattern wants: the first actor after the verb in its own clause,
    // outside phrases whose preposition is not one of the pattern's ("speaking to reporters after his talks with X"),
    // or the subject of its complement clause ("allowed that Mordor was ..."), or right after one of the pattern's
    // prepositions where the parse put it in another clause.
    private int FirstActorAfter(int verb, List<int> sources, IReadOnlySet<string> roles)
    {
        var (_, last) = _view.Subtree(verb);
        var sentenceEnd = _document.SentenceRecords[_document.TokenRecords[verb].Sentence].TokenEnd;
        for (var t = verb + 1; t < Math.Min(sentenceEnd, verb + Reach); t++)
        {
            var actor = _actors.ActorAt(t);
            if (actor >= 0 && !sources.Contains(actor) && (t <= last && (InOwnPhrase(t, verb, roles) || IsComplementSubject(t, verb)) || AfterOwnPreposition(t, verb, roles)))
                return actor;
        }
        return -1;
    }

    // "trading briskly with Chile", "closed the passes leading into Rohan": an actor right after one of the
    // pattern's prepositions (and an optional "the") with no other clause between the verb and it (participles
    // aside) and no other preposition (a particle right after the verb aside: not "speaking to reporters after his
    // talks with X"), however the parse attached it.
    private bool AfterOwnPreposition(int token, int verb, IReadOnlySet<string> roles)
    {
        var before = token - 1;
        if (before > verb + 1 && _document.Token(before).Chars.Equals("the", StringComparison.OrdinalIgnoreCase))
            before--;
        if (before <= verb || !roles.Contains(_document.Token(before).Chars.ToString().ToLowerInvariant()))
            return false;
        for (var t = verb + 1; t < before; t++)
        {
            if (_view.Upos(t) is "VERB" or "AUX" && !(_view.Relation(t) is "acl" or "advcl" && _document.Token(t).Xpos is "VBG" or "VBN"))
                return false;
            if (t > verb + 1 && _view.Upos(t) == "ADP" && !roles.Contains(_document.Token(t).Chars.ToString().ToLowerInvariant()))
                return false;
        }
        return true;
    }

    private bool InOwnPhrase(int token, int verb, IReadOnlySet<string> roles) =>
        _setting.InClause(token, verb) && (PrepositionOf(token, verb) is not { } preposition || roles.Contains(preposition));

    // The preposition of the phrase under the verb that holds token: a preposition the parse made the head of the
    // phrase ("at the time as [“one of ... by an American president”]", "as" an advmod of "time") opens that phrase
    // wherever the parse hung it; else the preposition of the verb's child that holds token; null for none.
    private string? PrepositionOf(int token, int verb)
    {
        for (var t = _document.TokenRecords[token].Head; t >= 0 && t != verb; t = _document.TokenRecords[t].Head)
        {
            if (_view.Upos(t) == "ADP")
                return _document.Token(t).Chars.ToString().ToLowerInvariant();
        }
        return CaseOf(BranchOf(token, verb));
    }

    // "the envoy conceded that Rohan had ...", "voiced hopes that Chile might be won over": the subject of a clause
    // under the verb that completes it (a ccomp, or a clause opened by "that", however the parse attaches it).
    private bool IsComplementSubject(int token, int verb)
    {
        for (var clause = _document.TokenRecords[token].Head; clause >= 0 && clause != verb; clause = _document.TokenRecords[clause].Head)
        {
            if (_view.Relation(clause) != "ccomp" && !HasMark(clause, "that"))
                continue;
            foreach (var child in _view.Children(clause))
            {
                if (_view.Relation(child) is "nsubj" or "nsubj:pass" && _view.NounPhrase(child) is var (first, last) && token >= first && token <= last)
                    return true;
            }
            return false;
        }
        return false;
    }

    // The child of head whose subtree holds token.
    private int BranchOf(int token, int head)
    {
        while (_document.TokenRecords[token].Head != head)
            token = _document.TokenRecords[token].Head;
        return token;
    }

    // A passive has a passive auxiliary ("was attacked"), is a participle completing a verb with an object ("had
    // them arrested"), or has a passive subject (PassiveSubject) and a "by" agent
    // ("Rohan attacked by Mordor"). An nsubj:pass with neither is the parse's misreading of an active verb's subject
    // ("Rohan left for Gondor", "Rohan" tagged as an adjective), and is read as its subject.
    private bool IsPassive(int verb)
    {
        if (ObjectOfParticipleComplement(verb) >= 0)
            return true;
        foreach (var child in _view.Children(verb))
        {
            if (_view.Relation(child) == "aux:pass")
                return true;
        }
        return PassiveSubject(verb) >= 0 && AgentPhrase(verb) >= 0;
    }

    private List<int> Subject(int verb)
    {
        if (Controller(verb) is var controller and >= 0)
            return _actors.ActorsOf(controller);
        var subject = _view.SubjectOf(verb).Head;
        if (subject < 0 && !IsPassive(verb))
            subject = ChildOf(verb, "nsubj:pass");
        if (subject < 0)
            return [];
        var actors = _actors.ActorsOf(subject);
        return actors.Count == 0 && IsThirdPersonPronoun(subject) ? OuterSubject(verb) : actors;
    }

    // The object of the verb above that does what verb says, -1 for none: "pressed Egypt to help Jordan" (an
    // infinitive: only an object that is an actor, as a misparsed "inching nearer to accord with" shows) and
    // "accused Jordan of helping Hamas", "praised Egypt for mediating" (a gerund after "of" or "for": whoever the
    // object is, the subject above did not do it).
    private int Controller(int verb)
    {
        var head = _document.TokenRecords[verb].Head;
        var infinitive = _view.Relation(verb) == "xcomp";
        var gerund = _view.Relation(verb) == "advcl" && _document.Token(verb).Xpos == "VBG"
            && _view.HasChild(verb, c => _view.Relation(c) == "mark" && _view.LowerLemma(c) is "of" or "for");
        if (head < 0 || !infinitive && !gerund)
            return -1;
        foreach (var child in _view.Children(head))
        {
            if (child < verb && _view.Relation(child) is "obj" or "iobj" && _view.Upos(child) is "NOUN" or "PROPN" or "PRON"
                && (gerund || _actors.ActorsOf(child).Count > 0))
                return child;
        }
        return -1;
    }

    private bool IsThirdPersonPronoun(int token) =>
        _view.Upos(token) == "PRON" && _document.Token(token).Chars.ToString().ToLowerInvariant() is "he" or "she" or "it" or "they";

    // "Ethiopia indicated it would act", "Trump said he would meet Putin": the pronoun subject of a complement clause
    // is the subject of the verb the clause completes.
    private List<int> OuterSubject(int verb)
    {
        var head = _document.TokenRecords[verb].Head;
        if (_view.Relation(verb) != "ccomp" || head < 0)
            return [];
        var outer = _view.SubjectOf(head).Head;
        return outer < 0 ? [] : _actors.ActorsOf(outer);
    }

    // "was attacked by X": the agent is the source.
    private List<int> Agent(int verb) => AgentPhrase(verb) is var agent and >= 0 ? _actors.ActorsOf(agent) : [];

    private int AgentPhrase(int verb)
    {
        foreach (var child in _view.Children(verb))
        {
            if (_view.Relation(child) is "obl" or "obl:agent" && HasCase(child, "by"))
                return child;
        }
        // "was opposed earlier by Egypt", parsed with the agent under the adverb: adverbs take no agents
        foreach (var adverb in _view.Children(verb))
        {
            if (_view.Relation(adverb) != "advmod")
                continue;
            foreach (var child in _view.Children(adverb))
            {
                if (_view.Relation(child) == "obl" && _view.Upos(child) is "PROPN" or "NOUN" && HasCase(child, "by"))
                    return child;
            }
        }
        return -1;
    }

    private List<int> PassiveTarget(int verb) => PassiveSubject(verb) is var subject and >= 0 ? _actors.ActorsOf(subject) : [];

    // "militants arrested by Israel": a past participle that modifies a noun has that noun for its passive subject.
    private bool IsParticipleOfNoun(int verb) => _view.Relation(verb) == "acl" && _document.Token(verb).Xpos == "VBN";

    // The passive subject; the noun a past participle modifies; or, for a participle with no auxiliary at all, its
    // plain subject: headlines drop the auxiliary ("Protesters arrested by police"), and the parse then often takes
    // the subject for an active one. The last two make a passive only with a "by" agent (IsPassive): "a woman
    // believed linked to ..." and "Rohan left for Gondor" stay active.
    private int PassiveSubject(int verb)
    {
        if (IsParticipleOfNoun(verb))
            return _document.TokenRecords[verb].Head;
        if (ObjectOfParticipleComplement(verb) is var done and >= 0)
            return done;
        if (ChildOf(verb, "nsubj:pass") is var passiveSubject and >= 0)
            return passiveSubject;
        return IsBareParticiple(verb) ? ChildOf(verb, "nsubj") : -1;
    }

    // "released the militants arrested by Egypt" parsed with the participle completing the verb (xcomp): the verb's
    // object, which the participle is said of, -1 for none.
    private int ObjectOfParticipleComplement(int verb)
    {
        var head = _document.TokenRecords[verb].Head;
        if (head < 0 || _view.Relation(verb) != "xcomp" || _document.Token(verb).Xpos != "VBN")
            return -1;
        var obj = ChildOf(head, "obj");
        return obj >= 0 && obj < verb ? obj : -1;
    }

    private bool IsBareParticiple(int verb) => _document.Token(verb).Xpos == "VBN" && ChildOf(verb, "aux") < 0 && ChildOf(verb, "cop") < 0;

    private int ChildOf(int verb, string relation)
    {
        foreach (var child in _view.Children(verb))
        {
            if (_view.Relation(child) == relation)
                return child;
        }
        return -1;
    }

    // The target: the direct object, or a phrase with one of the pattern's prepositions; for nouns, anywhere in
    // the noun's phrase ("a meeting in Moscow between Putin and Bolton"). "between" makes the actors a pair.
    private List<int> Targets(int trigger, EventPattern pattern, out bool between)
    {
        between = false;
        var roles = pattern.TargetRoles;
        foreach (var child in _view.Children(trigger))
        {
            var relation = _view.Relation(child);
            if (relation is "obj" or "iobj" && roles.Contains("obj") && _actors.ActorsOf(child) is { Count: > 0 } objects)
                return objects;
        }
        foreach (var candidate in Phrases(trigger, pattern.Kind))
        {
            if (_view.Relation(candidate) is not ("obl" or "nmod" or "obl:agent" or "xcomp" or "advcl" or "obj") || CaseOf(candidate) is not { } preposition || !roles.Contains(preposition))
                continue;
            var actors = _actors.ActorsOf(candidate);
            if (actors.Count == 0 && _actors.FirstActorIn(_view.Subtree(candidate)) is var inside and >= 0)
                actors = [inside];
            if (actors.Count > 0)
            {
                between = preposition == "between" && actors.Count >= 2;
                return actors;
            }
        }
        return [];
    }

    // Where a verb's prepositional phrases are: its children; a noun's: anywhere in its phrase, and among the
    // children of the verb it is the object of ("held talks with Iran").
    private IEnumerable<int> Phrases(int trigger, TriggerKind kind)
    {
        if (kind == TriggerKind.Verb)
            return _view.Children(trigger).ToArray();
        var (first, last) = _view.Subtree(trigger);
        (first, last) = (Math.Max(first, trigger - Reach), Math.Min(last, trigger + Reach));
        var phrases = Enumerable.Range(first, last - first + 1).Where(t => t != trigger);
        var head = _document.TokenRecords[trigger].Head;
        return head >= 0 && _view.Relation(trigger) == "obj" ? phrases.Concat(_view.Children(head).ToArray()) : phrases;
    }

    private string? CaseOf(int token)
    {
        foreach (var child in _view.Children(token))
        {
            if (_view.Relation(child) is "case" or "mark")
                return _document.Token(child).Chars.ToString().ToLowerInvariant();
        }
        return null;
    }

    private bool HasCase(int token, string preposition) => CaseOf(token) == preposition;

    private bool HasMark(int token, string word)
    {
        foreach (var child in _view.Children(token))
        {
            if (_view.Relation(child) == "mark" && _document.Token(child).Chars.Equals(word, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    // A noun event's source: its possessor ("Russia's attack"), else a "from" phrase ("criticism from Jordan"), else
    // the subject of the verb it is the object of ("X held talks with Y", "X imposed sanctions on Y"), else, for "his
    // talks", the subject of the clause. Who faces, draws or receives the deed is not its source but its target
    // (see Undergoer).
    private List<int> NounSources(int noun)
    {
        var pronoun = false;
        foreach (var child in _view.Children(noun))
        {
            if (_view.Relation(child) != "nmod:poss")
                continue;
            if (_actors.ActorsOf(child) is { Count: > 0 } owners)
                return owners;
            pronoun = _view.Upos(child) == "PRON";
        }
        var head = _document.TokenRecords[noun].Head;
        if (FromPhrase(noun) is { Count: > 0 } givers)
            return givers;
        if (Undergoer(noun) >= 0)
            return FromPhrase(head);
        // the subject of the verb the noun is the object of does the deed ("Egypt launched an attack"), unless that
        // verb is an event of its own, done to the deed ("Egypt condemned the attack")
        if (head >= 0 && _view.Upos(head) == "VERB" && (_view.Relation(noun) is "obj" && !IsTrigger(head) || pronoun))
            return Subject(head);
        if (pronoun)
        {
            var subject = _view.SubjectOf(_view.RootOf(noun)).Head;
            return subject < 0 ? [] : _actors.ActorsOf(subject);
        }
        return [];
    }

    // Verbs whose subject undergoes the deed their object names: "faced criticism", "drew condemnation".
    private static readonly HashSet<string> s_undergoVerbs = new(StringComparer.Ordinal)
    {
        "face", "receive", "draw", "attract", "suffer", "endure", "incur", "earn", "win", "get",
    };

    // The verb whose subject undergoes the noun's deed ("Egypt faced criticism"), -1 for none.
    private int Undergoer(int noun)
    {
        var head = _document.TokenRecords[noun].Head;
        return head >= 0 && _view.Relation(noun) == "obj" && s_undergoVerbs.Contains(_view.LowerLemma(head)) ? head : -1;
    }

    // The actors of a "from" phrase under token ("criticism from Jordan", "faced criticism from Jordan").
    private List<int> FromPhrase(int token)
    {
        foreach (var child in _view.Children(token))
        {
            if (_view.Relation(child) is "nmod" or "obl" && HasCase(child, "from") && _actors.ActorsOf(child) is { Count: > 0 } actors)
                return actors;
        }
        return [];
    }

    private IEnumerable<Event> EventsOf(Finding finding)
    {
        // a symmetric event needs two sides: "Putin would meet" alone says nothing of whom
        if (finding.Sources.Count == 0 || finding.Symmetric && finding.Targets.Count == 0 && finding.Sources.Count < 2
            || finding.NeedsTarget && finding.Targets.Count == 0)
            yield break;
        foreach (var (source, target, code) in Pairs(finding))
        {
            var cameo = _table.Find(code);
            var sourceActor = _document.Actors[source];
            var targetActor = target >= 0 ? _document.Actors[target] : null;
            if (TooFar(finding.Trigger, sourceActor) || targetActor is not null && TooFar(finding.Trigger, targetActor))
                continue;
            var (evidenceStart, evidenceEnd) = Evidence(finding.Trigger, sourceActor, targetActor);
            var trigger = _document.TokenRecords[finding.Trigger];
            var coded = new Event(_actors.CodeOf(source), code, target >= 0 ? _actors.CodeOf(target) : null, trigger.Sentence, evidenceStart, evidenceEnd)
            {
                SourceEntity = sourceActor.Entity,
                TargetEntity = targetActor?.Entity,
                Label = cameo?.Label ?? "",
                QuadClass = CameoCode.QuadClassOf(code[..2]),
                Goldstein = cameo?.Goldstein ?? 0,
                Trigger = (trigger.Start, trigger.End),
                Modality = finding.Modality,
                Confidence = Confidence(finding),
                Date = _setting.DateOf(finding.Trigger, finding.Modality),
                Place = _setting.PlaceOf(finding.Trigger, sourceActor, targetActor),
            };
            // a joint actor ("the Shire": FRO/BIL/SAM) acts as each of its members; no actor acts on itself ("China's
            // mines ... China's energy")
            foreach (var sourceCode in ActorCodes.Members(coded.SourceActor!))
            {
                foreach (var targetCode in coded.TargetActor is { } joint ? ActorCodes.Members(joint) : new string?[] { null })
                {
                    if (targetCode != sourceCode)
                        yield return coded with { SourceActor = sourceCode, TargetActor = targetCode };
                }
            }
        }
    }

    // Who acts on whom: every source on every target; joined sources of a symmetric event without a target on each
    // other; with a reverse code, each target back on its source.
    private static IEnumerable<(int Source, int Target, string Code)> Pairs(Finding finding)
    {
        var pairs = new List<(int Source, int Target, string Code)>();
        if (finding.Targets.Count == 0 && finding.Symmetric && finding.Sources.Count >= 2)
        {
            foreach (var a in finding.Sources)
            {
                foreach (var b in finding.Sources)
                {
                    if (a != b)
                        pairs.Add((a, b, finding.Code));
                }
            }
        }
        else if (finding.Targets.Count == 0)
            pairs.AddRange(finding.Sources.Select(s => (s, -1, finding.Code)));
        else
            pairs.AddRange(finding.Sources.SelectMany(s => finding.Targets.Select(t => (s, t, finding.Code))));
        if (finding.ReverseCode is { } reverse)
            pairs.AddRange(pairs.Where(p => p.Target >= 0).Select(p => (p.Target, p.Source, reverse)).ToList());
        return pairs.Distinct();
    }

    private static double Confidence(Finding finding) => Math.Round(finding.Modality switch
    {
        EventModality.Hypothetical => finding.Confidence * 0.5,
        EventModality.Reported => finding.Confidence * 0.9,
        _ => finding.Confidence,
    }, 2);

    private static bool TooFar(int trigger, ActorMention actor) => actor.TokenEnd < trigger - Reach || actor.TokenStart > trigger + Reach;

    private (int Start, int End) Evidence(int trigger, ActorMention source, ActorMention? target)
    {
        var first = Math.Min(trigger, source.TokenStart);
        var last = Math.Max(trigger, source.TokenEnd - 1);
        if (target is not null)
        {
            first = Math.Min(first, target.TokenStart);
            last = Math.Max(last, target.TokenEnd - 1);
        }
        return (_document.TokenRecords[first].Start, _document.TokenRecords[last].End);
    }
}
