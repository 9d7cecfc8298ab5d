using System.Text;
using AngleSharp.Dom;
using Herald.Extraction.Metadata;

namespace Herald.Extraction.Content;

/// <summary>
/// Walks a parsed page once, without recursion, and cuts its visible text into <see cref="TextBlock"/>s while it
/// gathers the metadata sources. Elements nested deeper than <see cref="MaxDepth"/> are read as inline text of
/// their ancestor, so that a page nested 100,000 levels deep costs no more than a flat one.
/// </summary>
internal sealed class PageScanner
{
    internal const int MaxDepth = 400;

    private static readonly HashSet<string> s_skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "canvas", "object", "embed", "video",
        "audio", "img", "picture", "button", "input", "select", "textarea", "option", "link", "meta", "title",
    };

    private static readonly HashSet<string> s_blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "li", "ul", "ol", "h1", "h2",
        "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "figure",
        "figcaption", "dd", "dt", "dl", "address", "form", "fieldset", "hr", "body", "center", "details", "summary",
        "caption", "menu", "dialog", "legend", "hgroup",
    };

    private readonly List<TextBlock> _blocks = [];
    private readonly List<PageSpan> _spans = [];
    private readonly List<Frame> _frames = [];
    private readonly StringBuilder _text = new();
    private readonly PageMetadataSources _sources = new();
    private readonly ElementHints _hints = new();
    private int _letters;
    private int _linkLetters;
    private int _links;
    private int _comments;
    private int _pre;
    private int _hidden;
    private readonly bool _readHidden;
    private bool _space;

    private readonly record struct Frame(IElement Element, int FirstBlock, bool IsBlock, ElementHint Hint, bool Hidden, bool Comments);

    private PageScanner(bool readHidden) => _readHidden = readHidden;

    /// <summary>
    /// Scans <paramref name="document"/>: its blocks, the elements that hold them, and its metadata sources.
    /// Hidden elements give metadata but no text unless <paramref name="readHidden"/> (for pages that hide
    /// their content until a script shows it).
    /// </summary>
    public static (List<TextBlock> Blocks, List<PageSpan> Spans, PageMetadataSources Sources) Scan(IDocument document, bool readHidden = false)
    {
        var scanner = new PageScanner(readHidden);
        if (document.DocumentElement is { } root)
            scanner.Walk(root);
        return (scanner._blocks, scanner._spans, scanner._sources);
    }

    private void Walk(INode root)
    {
        INode? node = root;
        while (node is not null)
        {
            if (Enter(node) && node.FirstChild is { } child)
            {
                node = child;
                continue;
            }
            Exit(node);
            while (node is not null)
            {
                if (node == root)
                {
                    node = null;
                }
                else if (node.NextSibling is { } next)
                {
                    node = next;
                    break;
                }
                else
                {
                    node = node.Parent;
                    if (node is not null)
                        Exit(node);
                }
            }
        }
        Flush();
    }

    // Returns whether to walk into the node's children.
    private bool Enter(INode node)
    {
        if (node is IText text)
        {
            if (_hidden == 0)
                Append(text.Data);
            return false;
        }
        if (node is not IElement element)
            return false;
        var tag = element.LocalName;
        var names = _hints.Names(element);
        var comments = names.Comments;
        MetadataScanner.Collect(element, _sources, names.Byline, _frames.Count < MaxDepth, inComments: comments || _comments > 0);
        if (s_skipped.Contains(tag))
            return false;
        var hidden = !_readHidden && IsHidden(element);
        if (tag == "br")
        {
            if (_pre > 0)
                Append("\n");
            else
                Flush();
            return false;
        }
        if (_frames.Count >= MaxDepth)
            return true; // too deep: read as inline text of the ancestor
        var isBlock = s_blocks.Contains(tag);
        if (isBlock)
            Flush();
        _frames.Add(new Frame(element, _blocks.Count, isBlock, ElementHints.Of(element, names), hidden, comments));
        if (hidden)
            _hidden++;
        if (comments)
            _comments++;
        if (tag == "a")
            _links++;
        else if (tag == "pre")
            _pre++;
        return true;
    }

    private void Exit(INode node)
    {
        if (_frames.Count == 0 || _frames[^1].Element != node)
            return;
        var frame = _frames[^1];
        if (frame.IsBlock)
            Flush();
        _frames.RemoveAt(_frames.Count - 1);
        var tag = frame.Element.LocalName;
        if (frame.Hidden)
            _hidden--;
        if (frame.Comments)
            _comments--;
        if (tag == "a")
            _links--;
        else if (tag == "pre")
            _pre--;
        if (_blocks.Count > frame.FirstBlock)
            _spans.Add(new PageSpan(frame.Element, tag, frame.FirstBlock, _blocks.Count, _frames.Count, frame.Hint));
    }

    private void Append(string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (_pre > 0 && c == '\n')
                {
                    _text.Append('\n');
                    _space = false;
                }
                else
                {
                    _space = _text.Length > 0;
                }
                continue;
            }
            if (_space && _text.Length > 0 && _text[^1] != '\n')
                _text.Append(' ');
            _space = false;
            _text.Append(c);
            _letters++;
            if (_links > 0)
                _linkLetters++;
        }
    }

    private void Flush()
    {
        if (_letters > 0)
            _blocks.Add(new TextBlock(_text.ToString().Trim(), KindOfOwner(), _letters, _linkLetters));
        _text.Clear();
        _letters = 0;
        _linkLetters = 0;
        _space = false;
    }

    private BlockKind KindOfOwner()
    {
        for (var i = _frames.Count - 1; i >= 0; i--)
        {
            if (!_frames[i].IsBlock)
                continue;
            switch (_frames[i].Element.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    return BlockKind.Heading;
                case "li" or "dd" or "dt":
                    return BlockKind.ListItem;
                case "blockquote":
                    return BlockKind.Quote;
                case "pre":
                    return BlockKind.Preformatted;
                case "td" or "th":
                    return BlockKind.Cell;
                case "figcaption" or "caption":
                    return BlockKind.Caption;
                default:
                    return BlockKind.Paragraph;
            }
        }
        return BlockKind.Paragraph;
    }

    // Classes that hide text from the eye and leave it to screen readers.
    private static readonly string[] s_screenReaderOnly = ["sr-only", "visually-hidden", "visuallyhidden", "screen-reader"];

    // Inline styles that hide an element: from everyone, or from the eye only (a box clipped to nothing, the
    // screen-reader-only pattern: "opens new tab", "(external link)").
    private static readonly string[] s_hidingStyles = ["display:none", "visibility:hidden", "clip:rect(0", "clip:rect(1px", "clip-path:inset(50%)"];

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
            return true;
        if (element.ClassName is { } names && ContainsAny(names, s_screenReaderOnly))
            return true;
        var style = element.GetAttribute("style");
        if (style is null || !(style.Contains("none", StringComparison.OrdinalIgnoreCase) || style.Contains("hidden", StringComparison.OrdinalIgnoreCase)
                || style.Contains("clip", StringComparison.OrdinalIgnoreCase)))
            return false;
        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return ContainsAny(compact, s_hidingStyles);
    }

    private static bool ContainsAny(string text, string[] parts)
    {
        foreach (var part in parts)
        {
            if (text.Contains(part, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
}
