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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_furnitureWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "ad", "ads", "share", "shares", "nav", "tags", "meta", "rss", "screen", "header", "date", "caption",
        "credit", "credits", "more", "next", "prev", "previous", "skip", "search", "follow", "donate", "donation",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] s_contentStems = ["article", "content", "entry", "story", "post", "body", "prose", "richtext"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_contentWords =
        new HashSet<string>(StringComparer.Ordinal) { "text", "main", "blog" }.GetAlternateLookup<ReadOnlySpan<char>>();

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

    /// <summary>What <paramref name="element"/> says about itself; <c>html</c>, <c>body</c> and <c>main</c> are never furniture. <paramref name="names"/> is what its class and id say (<see cref="Names(IElement)"/>).</summary>
    public static ElementHint Of(IElement element, NameHints names)
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
        return names.Hint == ElementHint.None && tag == "article" ? ElementHint.Content : names.Hint;
    }

    /// <summary>What the class and id of <paramref name="element"/> say together: furniture when either says so, else content when either does.</summary>
    public NameHints Names(IElement element)
    {
        var byClass = Names(element.ClassName);
        var byId = Names(element.Id);
        var hint = byClass.Hint == ElementHint.Furniture || byId.Hint == ElementHint.Furniture ? ElementHint.Furniture
            : byClass.Hint == ElementHint.Content || byId.Hint == ElementHint.Content ? ElementHint.Content
            : ElementHint.None;
        return new NameHints(hint, byClass.Byline || byId.Byline, byClass.Comments || byId.Comments);
    }

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
        Span<char> lower = names.Length <= 256 ? stackalloc char[names.Length] : new char[names.Length];
        names.AsSpan().ToLowerInvariant(lower);
        foreach (var range in names.AsSpan().Split(' '))
        {
            var name = names.AsSpan(range);
            if (name.IsEmpty || IsState(name))
                continue;
            var start = -1;
            for (var i = range.Start.GetOffset(names.Length); i <= range.End.GetOffset(names.Length); i++)
            {
                // "post-shareBar_top" -> post, share, bar, top
                var c = i < names.Length ? names[i] : ' ';
                var hump = start >= 0 && char.IsUpper(c) && char.IsLower(names[i - 1]);
                if (char.IsLetter(c) && !hump)
                {
                    if (start < 0)
                        start = i;
                    continue;
                }
                if (start >= 0)
                {
                    var word = lower[start..i];
                    furniture |= IsFurniture(word);
                    content |= s_contentWords.Contains(word) || StartsWithAny(word, s_contentStems);
                    byline |= word is "author" or "authors" or "writer" || word.StartsWith("byline", StringComparison.Ordinal);
                    comments |= (word.StartsWith("comment", StringComparison.Ordinal) && !word.StartsWith("commentar", StringComparison.Ordinal)) || word is "disqus";
                }
                start = char.IsLetter(c) ? i : -1;
            }
        }
        return new NameHints(furniture ? ElementHint.Furniture : content ? ElementHint.Content : ElementHint.None, byline, comments);
    }

    private static bool IsState(ReadOnlySpan<char> name)
    {
        foreach (var prefix in s_statePrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static bool IsFurniture(ReadOnlySpan<char> word) =>
        s_furnitureWords.Contains(word) || (s_stemsByInitial.TryGetValue(word[0], out var stems) && StartsWithAny(word, stems));

    private static bool StartsWithAny(ReadOnlySpan<char> word, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
