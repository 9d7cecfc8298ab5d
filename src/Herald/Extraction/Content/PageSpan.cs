namespace Herald.Extraction.Content;

/// <summary>
/// An element that holds text: its blocks are <c>[First, End)</c> in the page's block list, since an element's
/// blocks are contiguous in document order.
/// </summary>
internal readonly record struct PageSpan(AngleSharp.Dom.IElement Element, string Tag, int First, int End, int Depth, ElementHint Hint);

/// <summary>What an element's tag, class and id say about it.</summary>
internal enum ElementHint
{
    None,

    /// <summary>Named like an article body (<c>article</c>, <c>content</c>, <c>story</c>...).</summary>
    Content,

    /// <summary>Marked up as the article body (<c>itemprop="articleBody"</c>).</summary>
    ArticleBody,

    /// <summary>Navigation, sharing, comments, advertising and the like.</summary>
    Furniture,
}
