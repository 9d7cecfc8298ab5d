namespace Herald.Extraction.Content;

/// <summary>
/// What the words of an element's class or id say: the element's hint, and whether they name a byline
/// (<c>author</c>, <c>byline</c>) or readers' comments (<c>comment-list</c>, <c>disqus_thread</c>).
/// </summary>
internal readonly record struct NameHints(ElementHint Hint, bool Byline, bool Comments);
