namespace Herald.Extraction;

/// <summary>
/// Keeps pathological nesting away from the HTML parser, whose tree construction checks the whole stack of open
/// elements on many tags and so takes time quadratic in the depth (a page nested 100,000 levels deep takes about
/// a minute). One linear pass estimates the depth from the tags; only when it passes <see cref="MaxDepth"/> is the
/// page rewritten without the tags that open or close deeper than that, their text kept. Normal pages are
/// returned untouched.
/// </summary>
internal static class NestingGuard
{
    internal const int MaxDepth = 5_000;

    // Elements that have no end tag or whose end tag is usually left out: they do not deepen the estimate.
    private static readonly HashSet<string> s_flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "p", "li", "dd", "dt", "option", "tr", "td", "th",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_flatLookup = s_flat.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Limit(string html) => DeepestTag(html) <= MaxDepth ? html : Flatten(html);

    private static int DeepestTag(string html)
    {
        int depth = 0, deepest = 0;
        foreach (var (_, _, closing, counts) in Tags(html))
        {
            if (!counts)
                continue;
            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            deepest = Math.Max(deepest, depth);
        }
        return deepest;
    }

    private static string Flatten(string html)
    {
        var output = new System.Text.StringBuilder(html.Length);
        int depth = 0, copied = 0;
        foreach (var (start, end, closing, counts) in Tags(html))
        {
            if (!counts)
                continue;
            var deep = closing ? depth > MaxDepth : depth >= MaxDepth;
            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            if (!deep)
                continue;
            output.Append(html, copied, start - copied);
            copied = end;
        }
        output.Append(html, copied, html.Length - copied);
        return output.ToString();
    }

    // Each tag: where it starts and ends, whether it closes, and whether it counts for depth. Comments and the
    // content of script and style elements are skipped.
    private static IEnumerable<(int Start, int End, bool Closing, bool Counts)> Tags(string html)
    {
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
                nameEnd++;
            var end = html.IndexOf('>', nameEnd);
            end = end < 0 ? html.Length : end + 1;
            var selfClosing = end >= 2 && html[end - 2] == '/';
            yield return (i, end, closing, !selfClosing && !s_flatLookup.Contains(html.AsSpan(nameStart, nameEnd - nameStart)));
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                var close = html.IndexOf(name.Length == 6 ? "</script" : "</style", end, StringComparison.OrdinalIgnoreCase);
                end = close < 0 ? html.Length : close;
            }
            i = end;
        }
    }
}
