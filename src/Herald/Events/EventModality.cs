using Herald.Documents;
using Herald.Quotes;

namespace Herald.Events;

/// <summary>
/// How the text holds an event: <c>negated</c> ("did not meet"), <c>planned</c> ("plan to meet", "will visit",
/// "would like to meet", "a planned summit"), <c>hypothetical</c> ("could meet", "whether they would meet", "urged
/// Iran to stop"),
/// <c>reported</c> (in what someone said: "X said Y attacked Z") or <c>asserted</c>. The first that applies wins.
/// </summary>
internal static class EventModality
{
    public const string Asserted = "asserted";
    public const string Planned = "planned";
    public const string Hypothetical = "hypothetical";
    public const string Reported = "reported";
    public const string Negated = "negated";

    private static readonly HashSet<string> s_intentHeads = new(StringComparer.Ordinal)
    {
        "plan", "intend", "want", "like", "hope", "expect", "agree", "seek", "aim", "prepare", "decide", "promise",
        "vow", "pledge", "offer", "propose", "schedule", "arrange", "wish", "due", "set", "go", "consider", "mull",
    };

    private static readonly HashSet<string> s_intentModifiers = new(StringComparer.Ordinal)
    {
        "planned", "proposed", "upcoming", "scheduled", "forthcoming", "expected", "possible", "future", "next",
    };

    // Verbs of saying whose object is the listener, not what was said.
    private static readonly HashSet<string> s_addresseeVerbs = new(StringComparer.Ordinal) { "tell", "inform", "assure", "brief", "remind" };

    // Verbs that ask for what their infinitive names, which has not happened yet ("urged Iran to stop").
    private static readonly HashSet<string> s_directiveHeads = new(StringComparer.Ordinal)
    {
        "urge", "ask", "press", "call", "tell", "request", "encourage", "invite", "order", "advise", "challenge",
        "pressure", "push", "beg", "implore", "instruct", "appeal", "warn",
    };

    private static readonly HashSet<string> s_hypotheticalAuxiliaries = new(StringComparer.Ordinal) { "could", "might", "may", "would", "should", "can" };

    /// <summary>The modality of the event a trigger names.</summary>
    public static string Of(DependencyView view, Document document, int trigger)
    {
        if (IsNegated(view, document, trigger))
            return Negated;
        var clause = ClauseOf(view, document, trigger);
        if (IsPlanned(view, document, trigger, clause))
            return Planned;
        if (IsHypothetical(view, document, clause))
            return Hypothetical;
        return IsReported(view, document, clause) ? Reported : Asserted;
    }

    // A noun's event takes its modality from the verb it is the object of ("plan to hold talks").
    private static int ClauseOf(DependencyView view, Document document, int trigger)
    {
        var head = document.TokenRecords[trigger].Head;
        return view.Upos(trigger) == "NOUN" && head >= 0 && view.Relation(trigger) is "obj" or "nsubj:pass" && view.Upos(head) == "VERB" ? head : trigger;
    }

    // "did not meet", and through the verbs an infinitive completes: "does not plan to meet", "is not considering
    // offering" ("did not hesitate to attack" asserts the attack).
    private static bool IsNegated(DependencyView view, Document document, int trigger)
    {
        for (var v = trigger; v >= 0; v = document.TokenRecords[v].Head)
        {
            if (v != trigger && view.LowerLemma(v) == "hesitate")
                return false;
            foreach (var child in view.Children(v))
            {
                var word = document.Token(child).Chars;
                if (view.Relation(child) is "advmod" or "neg" or "det" && (word.Equals("not", StringComparison.OrdinalIgnoreCase) || word is "n't" or "never" or "no" or "No" or "Never"))
                    return true;
            }
            if (view.Relation(v) != "xcomp")
                return false;
        }
        return false;
    }

    private static bool IsPlanned(DependencyView view, Document document, int trigger, int clause)
    {
        foreach (var child in view.Children(trigger))
        {
            if (view.Relation(child) == "amod" && s_intentModifiers.Contains(view.LowerLemma(child)))
                return true;
        }
        for (var v = clause; v >= 0; v = document.TokenRecords[v].Head)
        {
            foreach (var child in view.Children(v))
            {
                if (view.Relation(child) == "aux" && view.LowerLemma(child) is "will" or "shall" or "'ll")
                    return true;
            }
            var head = document.TokenRecords[v].Head;
            // "plan to be in Paris for events to commemorate ...": also through the oblique noun a clause modifies,
            // which a parse may also hang from the copular predicate as an nmod
            var complement = view.Relation(v) is "xcomp" or "acl" || IsInfinitiveRightAfter(view, v, head);
            // a purpose is part of the plan it serves, but is not what an intent verb itself names: "plans to be in
            // Berlin for a dinner to meet Putin" is planned, "went to Berlin to meet Putin" is not
            var purpose = !complement && IsPurpose(view, v);
            var through = complement || purpose || IsStepBeforeOrAfter(view, document, v) || view.Upos(v) is "NOUN"
                && (view.Relation(v) == "obl" || view.Relation(v) == "nmod" && head >= 0 && HasCopula(view, head));
            if (head < 0 || !through)
                return false;
            if (!purpose && s_intentHeads.Contains(view.LowerLemma(head)))
                return true;
        }
        return false;
    }

    // "is due to meet", "plans to meet" with the infinitive parsed as an adverbial clause: its "to" right after the
    // word makes it that word's complement ("went to Paris to meet" stays a purpose of the trip).
    private static bool IsInfinitiveRightAfter(DependencyView view, int clause, int head) =>
        head >= 0 && view.Relation(clause) == "advcl" && view.HasChild(clause, c => c == head + 1 && view.Relation(c) == "mark" && view.LowerLemma(c) == "to");

    // An infinitive of purpose: an adverbial clause with "to" ("to meet Putin").
    private static bool IsPurpose(DependencyView view, int clause) =>
        view.Relation(clause) == "advcl" && view.HasChild(clause, c => view.Relation(c) == "mark" && view.LowerLemma(c) == "to");

    // "due to meet Macron before holding talks with Putin": a step taken before or after what is planned, in a
    // participle clause with no tense of its own, is part of the plan.
    private static bool IsStepBeforeOrAfter(DependencyView view, Document document, int clause) =>
        view.Relation(clause) == "advcl" && document.Token(clause).Xpos == "VBG"
        && view.HasChild(clause, c => view.Relation(c) == "mark" && view.LowerLemma(c) is "before" or "after");

    private static bool HasCopula(DependencyView view, int predicate) => view.HasChild(predicate, c => view.Relation(c) == "cop");

    private static bool IsHypothetical(DependencyView view, Document document, int clause)
    {
        for (var v = clause; v >= 0; v = document.TokenRecords[v].Head)
        {
            foreach (var child in view.Children(v))
            {
                if (view.Relation(child) == "aux" && s_hypotheticalAuxiliaries.Contains(view.LowerLemma(child))
                    || view.Relation(child) == "mark" && view.LowerLemma(child) is "if" or "whether" or "unless")
                    return true;
            }
            var head = document.TokenRecords[v].Head;
            if (view.Relation(v) == "xcomp" && head >= 0 && s_directiveHeads.Contains(view.LowerLemma(head)))
                return true;
            if (view.Relation(v) is not ("xcomp" or "conj"))
                return false;
        }
        return false;
    }

    private static bool IsReported(DependencyView view, Document document, int clause)
    {
        var steps = 0;
        for (var v = clause; v >= 0 && steps++ < 32; v = document.TokenRecords[v].Head)
        {
            var head = document.TokenRecords[v].Head;
            if (head >= 0 && view.Relation(v) is "ccomp" or "parataxis" && view.IsCueVerb(head, speechOnly: false) || HasReportingVerbAfter(view, v))
                return true;
        }
        return false;
    }

    // "Hamas attacked Israel, Egypt said": the verb of saying hung from the clause it reports, as UD attaches a
    // speech verb after its content. One with a complement or a common-noun object of its own ("...; Egypt condemned
    // the violence") says something else, unless the object is who was told ("..., Egypt told reporters").
    private static bool HasReportingVerbAfter(DependencyView view, int clause) =>
        view.HasChild(clause, c => c > clause && view.Relation(c) == "parataxis" && view.IsCueVerb(c, speechOnly: false) && !HasContentOfItsOwn(view, c));

    private static bool HasContentOfItsOwn(DependencyView view, int verb) =>
        view.HasChild(verb, c => view.Relation(c) is "ccomp" or "xcomp"
            || view.Relation(c) == "obj" && view.Upos(c) == "NOUN" && !s_addresseeVerbs.Contains(view.LowerLemma(verb)));
}
