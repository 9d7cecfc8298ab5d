using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Herald.Extraction;

/// <summary>
/// Turns an HTML page into plain text with one paragraph per block element. This is the plain
/// first cut; it keeps everything visible, navigation included.
/// </summary>
public static class HtmlToText
{
    private static readonly HashSet<string> s_skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas",
    };

    private static readonly HashSet<string> s_blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "li", "ul", "ol",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "figure",
        "figcaption", "dd", "dt", "dl", "address", "form", "fieldset", "br", "hr", "title", "body",
    };

    /// <summary>Parses <paramref name="html"/> and returns its title (if any) and its visible text.</summary>
    public static (string? Title, string Text) Convert(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var title = Clean(document.Title);
        var builder = new StringBuilder(html.Length / 3);
        if (document.Body is { } body)
            Append(body, builder);
        return (string.IsNullOrEmpty(title) ? null : title, Paragraphs(builder));
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    builder.Append(text.Data);
                    break;
                case IElement element when s_skipped.Contains(element.LocalName):
                    break;
                case IElement element when s_blocks.Contains(element.LocalName):
                    builder.Append('\n');
                    Append(element, builder);
                    builder.Append('\n');
                    break;
                case IElement element:
                    Append(element, builder);
                    break;
            }
        }
    }

    // Collapses runs of spaces inside lines and turns the block breaks into blank-line paragraph breaks.
    private static string Paragraphs(StringBuilder raw)
    {
        var paragraphs = raw.ToString()
            .Split('\n')
            .Select(Clean)
            .Where(line => line.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    private static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
