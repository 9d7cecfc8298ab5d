using System.Buffers;
using System.Text;

namespace Herald.Sources;

/// <summary>
/// Bounds how deeply HTML nests before it reaches a parser. A page nested 100,000 levels deep makes an HTML
/// parser's tree building quadratic; browsers stop nesting at a fixed depth, and so does this: tags that would open
/// an element deeper than <see cref="MaxDepth"/> are removed with their end tags, their text kept. One linear scan
/// follows open elements approximately (void elements, raw text, the end tags that <c>p</c>, <c>li</c>, <c>td</c>
/// and the like imply); a page within the limit comes back as the same string.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>The deepest element kept, as in Chromium's HTML parser.</summary>
    public const int MaxDepth = 512;

    private static readonly SearchValues<char> TagEndOrQuote = SearchValues.Create(">\"'");

    private const int EndTagSearch = 64;
    private const int ImpliedSearch = 8;

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    };

    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "p", "div", "ul", "ol", "dl", "li", "dd", "dt", "table", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote",
        "section", "article", "aside", "header", "footer", "nav", "main", "figure", "figcaption", "form", "fieldset",
        "address", "details", "summary", "menu", "hr",
    };

    /// <summary>The elements a start tag closes, with all open inside them, when one is open near the top (besides <c>p</c>).</summary>
    private static readonly Dictionary<string, string[]> Closes = new(StringComparer.Ordinal)
    {
        ["li"] = ["li"], ["dt"] = ["dt", "dd"], ["dd"] = ["dt", "dd"], ["option"] = ["option"], ["optgroup"] = ["option", "optgroup"],
        ["tr"] = ["tr"], ["td"] = ["td", "th"], ["th"] = ["td", "th"], ["tbody"] = ["tbody", "thead", "tfoot"],
        ["thead"] = ["tbody", "thead", "tfoot"], ["tfoot"] = ["tbody", "thead", "tfoot"],
    };

    /// <summary>
    /// <paramref name="html"/> with the tags nested deeper than <see cref="MaxDepth"/> removed; the same string when
    /// there are none. <paramref name="removed"/> counts the removed tags.
    /// </summary>
    public static string Limit(string html, out int removed)
    {
        var open = new List<(string Name, bool Dropped)>();
        var tags = new Dictionary<string, Tag>(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        StringBuilder? output = null;
        var copied = 0;
        removed = 0;
        var at = 0;
        while ((at = html.IndexOf('<', at)) >= 0 && at + 1 < html.Length)
        {
            var next = html[at + 1];
            if (next is '!' or '?')
            {
                at = SkipDeclaration(html, at);
                continue;
            }

            var isEnd = next == '/';
            var nameStart = at + (isEnd ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                at++;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':'))
                nameEnd++;
            var tag = TagNamed(tags, html.AsSpan(nameStart, nameEnd - nameStart));
            var tagEnd = TagEnd(html, nameEnd);
            var drop = isEnd ? End(open, tag.Name) : Start(open, tag, html[tagEnd - 2] == '/');
            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copied, at - copied);
                copied = tagEnd;
                removed++;
            }

            at = !isEnd && tag.IsRawText ? RawTextEnd(html, tagEnd, tag.Name) : tagEnd;
        }

        if (output is null)
            return html;
        output.Append(html, copied, html.Length - copied);
        return output.ToString();
    }

    /// <summary>An element name in lower case and how the scan treats it, read once per name however often the page writes it.</summary>
    private sealed record Tag(string Name, bool IsVoid, bool IsRawText, bool ClosesParagraph, string[]? Closes);

    private static readonly string[] Paragraph = ["p"];

    private static Tag TagNamed(Dictionary<string, Tag>.AlternateLookup<ReadOnlySpan<char>> tags, ReadOnlySpan<char> written)
    {
        if (!tags.TryGetValue(written, out var tag))
        {
            var name = written.ToString().ToLowerInvariant();
            tag = new Tag(name, Void.Contains(name), RawText.Contains(name), ClosesParagraph.Contains(name), Closes.GetValueOrDefault(name));
            tags[name] = tag;
        }
        return tag;
    }

    /// <summary>Opens an element; true when it lies too deep and its tag is dropped.</summary>
    private static bool Start(List<(string Name, bool Dropped)> open, Tag tag, bool selfClosing)
    {
        if (tag.IsVoid || selfClosing)
            return false;
        if (tag.ClosesParagraph)
            CloseNearTop(open, Paragraph);
        if (tag.Closes is { } closes)
            CloseNearTop(open, closes);
        var drop = open.Count >= MaxDepth;
        open.Add((tag.Name, drop));
        return drop;
    }

    /// <summary>Closes the nearest open element of that name, if it is near the top; true when its tags are dropped.</summary>
    private static bool End(List<(string Name, bool Dropped)> open, string name)
    {
        for (var i = open.Count - 1; i >= Math.Max(0, open.Count - EndTagSearch); i--)
        {
            if (open[i].Name == name)
            {
                var dropped = open[i].Dropped;
                open.RemoveRange(i, open.Count - i);
                return dropped;
            }
        }
        return false;
    }

    private static void CloseNearTop(List<(string Name, bool Dropped)> open, string[] names)
    {
        for (var i = open.Count - 1; i >= Math.Max(0, open.Count - ImpliedSearch); i--)
        {
            if (Array.IndexOf(names, open[i].Name) >= 0)
            {
                open.RemoveRange(i, open.Count - i);
                return;
            }
        }
    }

    /// <summary>The index after the tag's closing <c>&gt;</c>, passing over quoted attribute values.</summary>
    private static int TagEnd(string html, int from)
    {
        for (var i = from; i < html.Length; i++)
        {
            var next = html.AsSpan(i).IndexOfAny(TagEndOrQuote);
            if (next < 0)
                return html.Length;
            i += next;
            if (html[i] == '>')
                return i + 1;
            var close = html.IndexOf(html[i], i + 1);
            if (close < 0)
                return html.Length;
            i = close;
        }
        return html.Length;
    }

    private static int SkipDeclaration(string html, int at)
    {
        var comment = html.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal);
        var end = comment ? html.IndexOf("-->", at + 4, StringComparison.Ordinal) : html.IndexOf('>', at);
        return end < 0 ? html.Length : end + (comment ? 3 : 1);
    }

    private static int RawTextEnd(string html, int from, string name)
    {
        for (var end = html.IndexOf("</", from, StringComparison.Ordinal); end >= 0; end = html.IndexOf("</", end + 2, StringComparison.Ordinal))
        {
            if (html.AsSpan(end + 2).StartsWith(name, StringComparison.OrdinalIgnoreCase))
                return end;
        }
        return html.Length;
    }
}
