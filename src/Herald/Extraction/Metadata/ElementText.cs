using System.Text;
using AngleSharp.Dom;

namespace Herald.Extraction.Metadata;

/// <summary>
/// The visible text of a small element, for bylines and headings: words of neighbouring elements kept apart by
/// a space, scripts and styles left out, and the walk stopped once <see cref="MaxLength"/> characters are read.
/// </summary>
internal static class ElementText
{
    public const int MaxLength = 300;

    public static string Of(IElement element)
    {
        var text = new StringBuilder();
        INode? node = element.FirstChild;
        while (node is not null && text.Length <= MaxLength)
        {
            if (node is IText piece)
                text.Append(piece.Data);
            else if (node is IElement child && child.FirstChild is { } first && child.LocalName is not ("script" or "style" or "noscript" or "template" or "svg"))
            {
                text.Append(' ');
                node = first;
                continue;
            }
            while (node is not null && node != element && node.NextSibling is null)
            {
                node = node.Parent;
                text.Append(' ');
            }
            node = node is null || node == element ? null : node.NextSibling;
        }
        return TextCleaning.Collapse(text.ToString());
    }
}
