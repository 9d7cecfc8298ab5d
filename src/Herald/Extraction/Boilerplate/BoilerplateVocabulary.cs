using static Herald.Extraction.Boilerplate.BoilerplateKinds;
using WordSet = System.Collections.Generic.HashSet<string>.AlternateLookup<System.ReadOnlySpan<char>>;

namespace Herald.Extraction.Boilerplate;

/// <summary>
/// The words the plain-text remover looks for. Topic cues only count fully in a paragraph that speaks to the
/// reader; labels and leads are whole-line patterns that are boilerplate by themselves.
/// </summary>
internal static class BoilerplateVocabulary
{
    /// <summary>Words and phrases of appeals, sign-ups, consent notices, lists and share prompts, counted anywhere.</summary>
    public static readonly Cue[] Topics =
    [
        Cue.Of("donate", Appeal, 1.5), Cue.Of("donation", Appeal, 1.5), Cue.Of("donations", Appeal, 1.2),
        Cue.Of("contribution", Appeal, 1.2), Cue.Of("contribute", Appeal, 1.2), Cue.Of("contributions", Appeal, 1.0),
        Cue.Of("support us", Appeal, 2), Cue.Of("support our", Appeal, 1), Cue.Of("your support", Appeal, 2),
        Cue.Of("supporting us", Appeal, 2), Cue.Of("by supporting", Appeal, 1.5), Cue.Of("standing with us", Appeal, 1.5),
        Cue.Of("your help", Appeal, 1.5), Cue.Of("need your help", Appeal, 1.5), Cue.Of("need you", Appeal, 1.5), Cue.Of("needs you", Appeal, 1.5), Cue.Of("needs your", Appeal, 1.5), Cue.Of("rely on", Appeal, 0.8),
        Cue.Of("independent journalism", Appeal, 1.5), Cue.Of("quality journalism", Appeal, 1.5), Cue.Of("our journalism", Appeal, 1.5),
        Cue.Of("our reporting", Appeal, 1.2), Cue.Of("journalism", Appeal, 0.5), Cue.Of("reader-funded", Appeal, 2),
        Cue.Of("become a member", Appeal, 2), Cue.Of("membership", Appeal, 0.8), Cue.Of("patron", Appeal, 0.8),
        Cue.Of("monthly", Appeal, 0.6), Cue.Of("one-off", Appeal, 0.8), Cue.Of("one-time", Appeal, 0.8),
        Cue.Of("as little as", Appeal, 1.2), Cue.Of("from just", Appeal, 1.2), Cue.Of("every contribution", Appeal, 1.5),
Cue.Of("paywall", Appeal, 1.0), Cue.Of("free to read", Appeal, 1.2),
        Cue.Of("keep it free", Appeal, 1.2), Cue.Of("chip in", Appeal, 1.5), Cue.Of("make a gift", Appeal, 1.5),
        Cue.Of("before you go", Appeal, 1.5), Cue.Of("readers like you", Appeal, 1.5),
        Cue.Of("subscribe", Newsletter, 1.2), Cue.Of("subscribing", Newsletter, 1.0), Cue.Of("subscription", Newsletter, 0.8),
        Cue.Of("newsletter", Newsletter, 1.5), Cue.Of("newsletters", Newsletter, 1.5), Cue.Of("sign up", Newsletter, 1.2),
        Cue.Of("inbox", Newsletter, 1.2), Cue.Of("email address", Newsletter, 1.2), Cue.Of("e-mail address", Newsletter, 1.2),
        Cue.Of("unsubscribe", Newsletter, 1.2), Cue.Of("delivered to", Newsletter, 0.8), Cue.Of("never miss", Newsletter, 1.2),
        Cue.Of("cookies", Cookies, 0.5), Cue.Of("cookie", Cookies, 0.5), Cue.Of("use cookies", Cookies, 1.5),
        Cue.Of("use of cookies", Cookies, 1.5), Cue.Of("cookie policy", Cookies, 1.5), Cue.Of("cookie settings", Cookies, 1.5),
        Cue.Of("accept cookies", Cookies, 1.5), Cue.Of("consent", Cookies, 0.8),
        Cue.Of("privacy policy", Cookies, 1.2), Cue.Of("your settings", Cookies, 1.0), Cue.Of("privacy notice", Cookies, 1.2), Cue.Of("your preferences", Cookies, 1.2),
        Cue.Of("personalised", Cookies, 0.6), Cue.Of("personalized", Cookies, 0.6), Cue.Of("browsing experience", Cookies, 1.2),
        Cue.Of("our partners", Cookies, 1.0), Cue.Of("third parties", Cookies, 0.6), Cue.Of("accept all", Cookies, 1.5),
        Cue.Of("our site", Cookies, 0.8), Cue.Of("our website", Cookies, 0.8), Cue.Of("this site", Cookies, 0.8), Cue.Of("this website", Cookies, 0.8),
        Cue.Of("share this", Share, 1.5), Cue.Of("follow us", Share, 1.5), Cue.Of("share on", Share, 1.2),
        Cue.Of("facebook", Share, 0.4), Cue.Of("twitter", Share, 0.4), Cue.Of("whatsapp", Share, 0.4),
        Cue.Of("read more", Related, 1.0), Cue.Of("more stories", Related, 1.0), Cue.Of("you may also like", Related, 2),
        Cue.Of("you might also like", Related, 2), Cue.Of("recommended for you", Related, 2),
    ];

    /// <summary><see cref="Topics"/> by their first word.</summary>
    public static readonly Dictionary<string, Cue[]>.AlternateLookup<ReadOnlySpan<char>> TopicsByFirstWord =
        Topics.GroupBy(c => c.Words[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whole-line labels of buttons and controls; a short line that is one of these is boilerplate.</summary>
    public static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["remind me later"] = Button, ["maybe later"] = Button, ["not now"] = Button, ["no thanks"] = Button,
        ["close"] = Button, ["dismiss"] = Button, ["got it"] = Button, ["continue reading"] = Button, ["ok"] = Button,
        ["show more"] = Button, ["load more"] = Button, ["learn more"] = Button, ["back to top"] = Button,
        ["sign in"] = Button, ["log in"] = Button, ["register"] = Button, ["comments"] = Button, ["view comments"] = Button,
        ["donate"] = Appeal, ["donate now"] = Appeal, ["support us"] = Appeal, ["contribute"] = Appeal, ["give now"] = Appeal,
        ["become a member"] = Appeal, ["subscribe"] = Newsletter, ["subscribe now"] = Newsletter, ["sign up"] = Newsletter,
        ["sign up now"] = Newsletter, ["accept"] = Cookies, ["accept all"] = Cookies, ["accept cookies"] = Cookies,
        ["reject all"] = Cookies, ["decline"] = Cookies, ["i agree"] = Cookies, ["manage preferences"] = Cookies,
        ["cookie settings"] = Cookies, ["manage cookies"] = Cookies, ["read more"] = Related, ["related"] = Related,
        ["share"] = Share, ["share this"] = Share, ["share this article"] = Share, ["share this story"] = Share,
        ["tweet"] = Share, ["email"] = Share, ["print"] = Share, ["copy link"] = Share,
        ["advertisement"] = Advertisement, ["advertising"] = Advertisement, ["sponsored"] = Advertisement,
        ["sponsored content"] = Advertisement, ["skip advertisement"] = Advertisement, ["story continues below advertisement"] = Advertisement,

        // The same labels in the other large languages of the news web.
        ["anzeige"] = Advertisement, ["werbung"] = Advertisement, ["publicité"] = Advertisement, ["publicidad"] = Advertisement,
        ["pubblicità"] = Advertisement, ["publicidade"] = Advertisement, ["advertentie"] = Advertisement, ["reklama"] = Advertisement,
        ["реклама"] = Advertisement, ["schließen"] = Button, ["fermer"] = Button, ["cerrar"] = Button, ["chiudi"] = Button,
        ["später erinnern"] = Button, ["plus tard"] = Button, ["más tarde"] = Button, ["teilen"] = Share, ["partager"] = Share,
        ["compartir"] = Share, ["condividi"] = Share, ["partilhar"] = Share, ["abonnieren"] = Newsletter, ["s'abonner"] = Newsletter,
        ["suscríbete"] = Newsletter, ["iscriviti"] = Newsletter, ["jetzt spenden"] = Appeal, ["faire un don"] = Appeal,
        ["donar"] = Appeal, ["dona ora"] = Appeal, ["alle akzeptieren"] = Cookies, ["tout accepter"] = Cookies,
        ["aceptar todo"] = Cookies, ["accetta tutto"] = Cookies,
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that may fill a share bar ("Facebook Twitter Email").</summary>
    public static readonly WordSet ShareWords = Words(
        "share", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "email",
        "e-mail", "print", "copy", "link", "messenger", "flipboard", "bluesky", "threads", "mastodon", "tweet", "vk");

    /// <summary>How a list of other stories is introduced at the start of a line; the longest leads first.</summary>
    public static readonly Cue[] Leads = LongestFirst(
    [
        Cue.Of("read more", Related, 3), Cue.Of("read also", Related, 3), Cue.Of("also read", Related, 3),
        Cue.Of("see also", Related, 3), Cue.Of("related", Related, 3), Cue.Of("related articles", Related, 3),
        Cue.Of("related stories", Related, 3), Cue.Of("related coverage", Related, 3), Cue.Of("more from", Related, 2),
        Cue.Of("most read", Related, 3), Cue.Of("most popular", Related, 3), Cue.Of("recommended", Related, 3),
        Cue.Of("further reading", Related, 3), Cue.Of("more on this story", Related, 3), Cue.Of("trending", Related, 2),
        Cue.Of("you may also like", Related, 3), Cue.Of("you might also like", Related, 3),
        Cue.Of("photo", Credit, 3), Cue.Of("photos", Credit, 3), Cue.Of("image", Credit, 3), Cue.Of("picture", Credit, 3),
        Cue.Of("photograph", Credit, 3), Cue.Of("illustration", Credit, 3), Cue.Of("credit", Credit, 3),
        Cue.Of("photo credit", Credit, 3), Cue.Of("image credit", Credit, 3), Cue.Of("main image", Credit, 3),
        Cue.Of("top image", Credit, 3), Cue.Of("header image", Credit, 3), Cue.Of("file photo", Credit, 3),
        Cue.Of("share this", Share, 3), Cue.Of("follow us", Share, 3),
        Cue.Of("lesen sie auch", Related, 3), Cue.Of("mehr zum thema", Related, 3), Cue.Of("auch interessant", Related, 3),
        Cue.Of("lire aussi", Related, 3), Cue.Of("à lire aussi", Related, 3), Cue.Of("voir aussi", Related, 3),
        Cue.Of("leer más", Related, 3), Cue.Of("lee también", Related, 3), Cue.Of("leggi anche", Related, 3),
        Cue.Of("foto", Credit, 3), Cue.Of("crédit photo", Credit, 3),
    ]);

    /// <summary>Agencies and stock libraries that appear in a credit line.</summary>
    public static readonly Cue[] CreditMarks =
    [
        Cue.Of("getty images", Credit, 3), Cue.Of("shutterstock", Credit, 3), Cue.Of("ap photo", Credit, 3),
        Cue.Of("afp via getty", Credit, 3), Cue.Of("epa-efe", Credit, 3), Cue.Of("alamy", Credit, 3),
        Cue.Of("all rights reserved", Credit, 3), Cue.Of("wikimedia commons", Credit, 3), Cue.Of("handout", Credit, 1.5),
    ];

    /// <summary>Greetings that open a letter to readers.</summary>
    public static readonly WordSet Salutations = Words(
        "reader", "readers", "friend", "friends", "subscriber", "subscribers", "supporter", "supporters", "member", "members", "listener", "listeners", "viewer", "viewers");

    /// <summary>Verbs that report speech: a paragraph that reports is news, not a plea.</summary>
    public static readonly WordSet Reporting = Words(
        "said", "says", "told", "added", "stated", "reported", "announced", "urged", "explained", "wrote", "according",
        "spokesman", "spokeswoman", "spokesperson", "confirmed", "insisted", "warned", "noted", "argued");

    /// <summary>Words that address the reader.</summary>
    public static readonly WordSet SecondPerson = Words(
        "you", "your", "yours", "yourself", "you're", "you'll", "you've", "you'd");

    /// <summary>Words with which a publisher speaks of itself.</summary>
    public static readonly WordSet FirstPersonPlural = Words(
        "we", "us", "our", "ours", "we're", "we've", "we'll", "we'd");

    /// <summary>Words with which one person speaks: a story, a transcript, a post, rarely a publisher's plea.</summary>
    public static readonly WordSet FirstPersonSingular = Words(
        "i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself");

    /// <summary>Verbs that open a call to action.</summary>
    public static readonly WordSet Imperatives = Words(
        "support", "donate", "subscribe", "sign", "join", "click", "tap", "follow", "share", "read", "get", "help",
        "consider", "become", "give", "register", "log", "accept", "manage", "enter", "download", "stay", "don't",
        "never", "make", "keep", "discover", "explore", "contribute", "chip", "please", "find", "try", "upgrade");

    /// <summary>Words that follow an imperative in a call to action ("Join us", "Sign up", "Become a member").</summary>
    public static readonly WordSet ImperativeObjects = Words(
        "us", "our", "your", "you", "now", "today", "here", "up", "in", "a", "an", "the", "this", "to", "with", "all",
        "informed", "supporting", "making", "becoming", "donating", "subscribing", "free", "more", "miss", "me", "it",
        "independent", "quality", "journalism", "out");

    private static WordSet Words(params string[] words) => new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static Cue[] LongestFirst(Cue[] cues) => [.. cues.OrderByDescending(c => c.Words.Length)];
}
