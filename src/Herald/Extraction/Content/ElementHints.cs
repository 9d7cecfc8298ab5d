using AngleSharp.Dom;

namespace Herald.Extraction.Content;

/// <summary>
/// Reads an element's tag, role, itemprop, class and id for what they say about it. Class and id are split
/// into lower-case words at every non-letter and at camel-case humps, and a word counts when it starts with
/// one of the listed stems. These are markup conventions, the same in every language the page may be in.
/// </summary>
internal sealed class ElementHints
{
    private static readonly string[] s_furnitureStems =
    [
        "sharing", "sharebar", "shareicon", "social", "related", "recommend", "newsletter", "subscri", "signup", "cookie",
        "consent", "gdpr", "advert", "sponsor", "promo", "breadcrumb", "sidebar", "footer", "navbar",
        "navigation", "menu", "popup", "modal", "comment", "disqus", "outbrain", "taboola", "toolbar",
        "pagination", "pager", "author", "byline", "tagcloud", "copyright", "masthead", "login", "print",
        "rating", "banner", "teaser", "trending", "popular",
        "carousel", "slider", "disclaimer", "dateline", "timestamp",
    ];

    private static readonly HashSet<string> s_furnitureWords = new(StringComparer.Ordinal)
    {
        "ad", "ads", "share", "shares", "nav", "tags", "meta", "rss", "screen", "header", "date", "caption",
        "credit", "credits", "more", "next", "prev", "previous", "skip", "search", "follow", "donate", "donation",
    };

    private static readonly string[] s_contentStems = ["article", "content", "entry", "story", "post", "body", "prose", "richtext"];

    private static readonly HashSet<string> s_contentWords = new(StringComparer.Ordinal) { "text", "main", "blog" };

    private static readonly HashSet<string> s_furnitureTags = new(StringComparer.Ordinal)
    {
        "nav", "aside", "footer", "header", "menu", "dialog",
    };

    private static readonly HashSet<string> s_furnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert", "menu", "menubar",
    };

    // State classes ("has-sidebar", "is-sticky", "no-comments") describe the page, not the element.
    private static readonly string[] s_statePrefixes = ["has-", "has_", "is-", "is_", "no-", "no_", "with-", "with_"];

    private static readonly Dictionary<char, string[]> s_stemsByInitial =
        s_furnitureStems.GroupBy(stem => stem[0]).ToDictionary(group => group.Key, group => group.ToArray());

    // What a class or id attribute says, by its text: pages repeat the same class strings thousands of times.
    private readonly Dictionary<string, NameHints> _byName = new(StringComparer.Ordinal);

    // What the words of one class or id attribute say: the element's hint, and whether they name a byline or comments.
    private readonly record struct NameHints(ElementHint Hint, bool Byline, bool Comments);

    /// <summary>What <paramref name="element"/> says about itself; <c>html</c>, <c>body</c> and <c>main</c> are never furniture.</summary>
    public ElementHint Of(IElement element)
    {
        var tag = element.LocalName;
        if (string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase))
            return ElementHint.ArticleBody;
        if (tag is "html" or "body")
            return ElementHint.None;
        if (tag == "main")
            return ElementHint.Content;
        if (s_furnitureTags.Contains(tag) || element.GetAttribute("role") is { } role && s_furnitureRoles.Contains(role))
            return ElementHint.Furniture;
        var classHint = Names(element.ClassName).Hint;
        var idHint = Names(element.Id).Hint;
        var hint = classHint == ElementHint.Furniture || idHint == ElementHint.Furniture ? ElementHint.Furniture
            : classHint == ElementHint.Content || idHint == ElementHint.Content || tag == "article" ? ElementHint.Content
            : ElementHint.None;
        return hint;
    }

    /// <summary>Whether the class or id of <paramref name="element"/> names an author or a byline.</summary>
    public bool IsByline(IElement element) => Names(element.ClassName).Byline || Names(element.Id).Byline;

    /// <summary>Whether the class or id of <paramref name="element"/> names readers' comments (<c>comment-list</c>, <c>disqus_thread</c>).</summary>
    public bool IsComments(IElement element) => Names(element.ClassName).Comments || Names(element.Id).Comments;

    private NameHints Names(string? names)
    {
        if (string.IsNullOrEmpty(names))
            return default;
        if (!_byName.TryGetValue(names, out var hints))
        {
            hints = Classify(names);
            _byName[names] = hints;
        }
        return hints;
    }

    private static NameHints Classify(string names)
    {
        var content = false;
        var furniture = false;
        var byline = false;
        var comments = false;
        foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (s_statePrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
                continue;
            foreach (var word in Words(name))
            {
                furniture |= IsFurniture(word);
                content |= s_contentWords.Contains(word) || s_contentStems.Any(stem => word.StartsWith(stem, StringComparison.Ordinal));
                byline |= word is "author" or "authors" or "writer" || word.StartsWith("byline", StringComparison.Ordinal);
                comments |= (word.StartsWith("comment", StringComparison.Ordinal) && !word.StartsWith("commentar", StringComparison.Ordinal)) || word == "disqus";
            }
        }
        return new NameHints(furniture ? ElementHint.Furniture : content ? ElementHint.Content : ElementHint.None, byline, comments);
    }

    private static bool IsFurniture(string word) =>
        s_furnitureWords.Contains(word)
        || (s_stemsByInitial.TryGetValue(word[0], out var stems) && stems.Any(stem => word.StartsWith(stem, StringComparison.Ordinal)));

    // "post-shareBar_top" -> post, share, bar, top
    internal static IEnumerable<string> Words(string? names)
    {
        if (string.IsNullOrEmpty(names))
            yield break;
        var start = -1;
        for (var i = 0; i <= names.Length; i++)
        {
            var c = i < names.Length ? names[i] : ' ';
            var hump = start >= 0 && char.IsUpper(c) && char.IsLower(names[i - 1]);
            if (char.IsLetter(c) && !hump)
            {
                if (start < 0)
                    start = i;
                continue;
            }
            if (start >= 0)
                yield return names[start..i].ToLowerInvariant();
            start = char.IsLetter(c) ? i : -1;
        }
    }
}
