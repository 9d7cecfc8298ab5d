using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Herald.Errors;

namespace Herald.Sources.Feeds;

/// <summary>
/// Reads an RSS 2.0 or Atom 1.0 feed file, item by item, so that a feed broken half-way keeps the items before
/// the break. Each item or entry becomes an article; a bad item is reported with its number and line and the
/// next is read; XML that stops being well-formed ends the feed with an H118 naming the line.
/// </summary>
internal static class FeedArticleReader
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024 * 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    public static IEnumerable<SourceItem> Read(Stream stream, string input)
    {
        using var reader = XmlReader.Create(stream, Settings);
        var feed = new FeedCursor(reader, input);
        var count = 0;
        while (feed.Next() is { } next)
        {
            count++;
            yield return next.Element is null ? SourceItem.Failed(next.Error!) : ToItem(next.Element, next.Line, count, feed, input);
            if (next.Element is null)
                yield break;
        }

        if (count == 0)
            yield return SourceItem.Failed(new HeraldError(ErrorCatalog.Empty, input, "the feed holds no items"));
    }

    private static SourceItem ToItem(XElement element, long line, int number, FeedCursor feed, string input)
    {
        SyndicationItemFormatter formatter = feed.IsAtom ? new Atom10ItemFormatter() : new Rss20ItemFormatter();
        try
        {
            using var itemReader = element.CreateReader();
            itemReader.MoveToContent();
            formatter.ReadFrom(itemReader);
        }
        catch (Exception e) when (e is XmlException or FormatException or InvalidOperationException or ArgumentException)
        {
            return SourceItem.Failed(new HeraldError(ErrorCatalog.MalformedFeed, new Origin(input, line).ToString(), $"item {number}: {e.Message}"));
        }

        var item = formatter.Item;
        var origin = new Origin(input, line, string.IsNullOrWhiteSpace(item.Id) ? null : item.Id.Trim());
        var article = FeedItems.ToArticle(item, FeedDates.Of(element), origin, feed.Title, out var error);
        return article is null
            ? SourceItem.Failed(new HeraldError(ErrorCatalog.MalformedFeed, origin.ToString(), $"item {number}: {error}; skipped"))
            : SourceItem.Of(article);
    }

    /// <summary>Walks the feed's XML to each item, noting the feed's title on the way.</summary>
    private sealed class FeedCursor(XmlReader reader, string input)
    {
        private bool _started;
        private bool _ended;

        public bool IsAtom { get; private set; }

        public string? Title { get; private set; }

        /// <summary>The next item element with its line, or the error that ends the feed, or null at its end.</summary>
        public (XElement? Element, long Line, HeraldError? Error)? Next()
        {
            if (_ended)
                return null;
            try
            {
                return Advance();
            }
            catch (XmlException e)
            {
                _ended = true;
                var where = e.LineNumber > 0 ? new Origin(input, e.LineNumber).ToString() : input;
                return (null, e.LineNumber, new HeraldError(ErrorCatalog.MalformedFeed, where, e.Message));
            }
        }

        private (XElement?, long, HeraldError?)? Advance()
        {
            if (!_started)
            {
                _started = true;
                reader.MoveToContent();
                IsAtom = reader.LocalName == "feed" && reader.NamespaceURI == Atom;
                if (!IsAtom && reader.LocalName != "rss")
                {
                    _ended = true;
                    var what = reader.LocalName == "RDF" ? "RSS 1.0 (RDF), which Herald does not read" : $"<{reader.Name}>";
                    return (null, 1, new HeraldError(ErrorCatalog.MalformedFeed, input, $"the root element is {what}, not RSS <rss> or Atom <feed>"));
                }
                reader.Read();
            }

            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }

                if (IsItem())
                {
                    var line = (reader as IXmlLineInfo)?.LineNumber ?? 0;
                    return ((XElement)XNode.ReadFrom(reader), line, null);
                }

                if (Title is null && reader.LocalName == "title" && reader.Depth == (IsAtom ? 1 : 2))
                {
                    Title = reader.ReadElementContentAsString().Trim();
                    continue;
                }

                if (reader.Depth >= (IsAtom ? 1 : 2))
                    reader.Skip();
                else
                    reader.Read();
            }

            _ended = true;
            return null;
        }

        private bool IsItem() => IsAtom
            ? reader.LocalName == "entry" && reader.NamespaceURI == Atom
            : reader.LocalName == "item" && reader.NamespaceURI.Length == 0;
    }
}
