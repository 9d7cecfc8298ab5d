using Herald.Documents;
using Herald.Errors;

namespace Herald.Sources;

/// <summary>
/// Reads a plain-text file as one article, or, past <see cref="ArticleSources.PartLimit"/> chars, as consecutive
/// parts cut at a paragraph break near the limit. Reads incrementally: memory holds about two parts at most.
/// </summary>
internal static class TextArticleReader
{
    public static IEnumerable<SourceItem> Read(Stream stream, byte[] head, int headLength, bool isComplete, string input, string id, int partLimit = ArticleSources.PartLimit)
    {
        var planned = TextDecoder.Plan(head.AsSpan(0, headLength), isComplete, isHtml: false);
        if (planned.Plan is null)
        {
            yield return SourceItem.Failed(new HeraldError(planned.Error!, input, planned.Detail));
            yield break;
        }

        var reader = new DecodingReader(stream, planned.Plan);
        var chunk = Math.Clamp(partLimit, 4, 64 * 1024);
        var capacity = partLimit + chunk;

        // Most files are small: start with what the head needs (a byte never decodes to more than one char)
        // and grow towards the capacity only for big files.
        var buffer = new char[Math.Min(capacity, isComplete ? headLength + 8 : 4 * chunk)];
        var length = 0;
        var ended = false;
        var partNumber = 0;
        var emitted = 0;
        var split = false;
        long line = 1;
        long partStart = 0;
        while (true)
        {
            while (length <= partLimit && !ended)
            {
                if (buffer.Length - length < Math.Min(chunk, 1024) && buffer.Length < capacity)
                {
                    Array.Resize(ref buffer, (int)Math.Min(capacity, buffer.Length * 2L));
                }

                var n = reader.Read(buffer.AsSpan(length, Math.Min(chunk, buffer.Length - length)));
                ended = n == 0;
                length += n;
            }

            if (length == 0 && ended)
            {
                break;
            }

            var cut = ended && length <= partLimit ? length : FindCut(buffer, partLimit);
            var isLast = ended && cut == length;
            split |= !isLast;
            partNumber++;
            var part = buffer.AsSpan(0, cut);
            var (invalid, firstInvalid) = reader.TakeInvalid(partStart + cut);
            var firstLine = line;
            line += part.Count('\n');
            partStart += cut;
            if (!part.IsWhiteSpace())
            {
                var warnings = new List<HeraldError>(2);
                var partId = split ? $"{id}#part{partNumber}" : id;
                var origin = split ? new Origin(input, firstLine, partId) : new Origin(input);
                if (split && emitted == 0)
                {
                    warnings.Add(new HeraldError(
                        ErrorCatalog.SplitIntoParts,
                        origin.ToString(),
                        $"longer than {partLimit} characters: cut into parts of at most {partLimit} characters, at paragraph breaks where possible"));
                }

                if (invalid > 0)
                {
                    warnings.Add(InvalidBytesWarning(origin, invalid, firstInvalid));
                }

                emitted++;
                var article = new RawArticle(origin, new string(part), ContentType.Text, new ArticleInfo { Id = partId })
                {
                    Warnings = warnings,
                };
                yield return SourceItem.Of(article);
            }

            if (isLast)
            {
                break;
            }

            Array.Copy(buffer, cut, buffer, 0, length - cut);
            length -= cut;
        }

        if (emitted == 0)
        {
            yield return SourceItem.Failed(new HeraldError(ErrorCatalog.Empty, input, "the file holds only whitespace"));
        }
    }

    /// <summary>The W101 warning for <paramref name="count"/> replaced sequences.</summary>
    internal static HeraldError InvalidBytesWarning(Origin origin, int count, long firstOffset) =>
        new(
            ErrorCatalog.InvalidBytesReplaced,
            origin.ToString(),
            count == 1
                ? $"1 invalid UTF-8 sequence replaced, at byte offset {firstOffset}"
                : $"{count} invalid UTF-8 sequences replaced, the first at byte offset {firstOffset}");

    /// <summary>
    /// Where to end a part of at most <paramref name="limit"/> chars: after a blank line in the last half of the
    /// limit, else after a line break there, else after whitespace there, else at the limit (not inside a
    /// surrogate pair).
    /// </summary>
    internal static int FindCut(ReadOnlySpan<char> text, int limit)
    {
        var low = limit / 2;
        int lastLine = -1, lastSpace = -1;
        for (var i = limit - 1; i >= low; i--)
        {
            var c = text[i];
            if (c == '\n')
            {
                var j = i - 1;
                while (j >= 0 && text[j] is ' ' or '\t' or '\f' or '\v')
                {
                    j--;
                }

                if (j >= 0 && text[j] == '\n')
                {
                    return i + 1;
                }

                if (lastLine < 0)
                {
                    lastLine = i + 1;
                }
            }
            else if (lastSpace < 0 && char.IsWhiteSpace(c))
            {
                lastSpace = i + 1;
            }
        }

        if (lastLine > 0)
        {
            return lastLine;
        }

        if (lastSpace > 0)
        {
            return lastSpace;
        }

        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }
}
