using Herald.Errors;

namespace Herald.Sources.Warc;

/// <summary>
/// Reads the articles of a WARC 1.0 or 1.1 file, plain or as <c>.warc.gz</c> with one gzip member per record.
/// Each HTML or plain-text response (status 2xx) or resource record becomes an article with the target URI as its
/// URL and the capture date as its fallback date. Other records are passed over; responses without an article are
/// counted in one W104 notice at the end. A bad record is reported with its id and offset and reading goes on at
/// the next record: the next gzip member, or the next line that starts with <c>WARC/</c>.
/// </summary>
internal static class WarcArticleReader
{
    public static IEnumerable<SourceItem> Read(Stream stream, string input, bool gzip)
    {
        var skips = new WarcSkips();
        var any = false;
        var records = gzip ? ReadMembers(stream) : ReadPlain(stream);
        foreach (var (record, where) in records)
        {
            any = true;
            if (WarcPayload.ToItem(record, input, where, skips) is { } item)
                yield return item;
        }

        if (!any)
            yield return SourceItem.Failed(new HeraldError(ErrorCatalog.Empty, input, "the file holds no WARC record"));
        if (skips.Total > 0)
            yield return SourceItem.Failed(new HeraldError(ErrorCatalog.WarcRecordsSkipped, input, skips.ToString()));
    }

    private static IEnumerable<(WarcRecord Record, string Where)> ReadPlain(Stream stream)
    {
        var cursor = new ByteCursor(stream);
        while (WarcRecordParser.Next(cursor, WarcPayload.WantsBlock, ArticleSources.MaxRecordBytes) is { } record)
        {
            yield return (record, $"at byte offset {record.Offset}");
            if (record.Error?.Kind == ErrorCatalog.CorruptArchive)
                yield break;
            if (!record.InSync && !cursor.SkipToLineStarting(WarcRecordParser.Magic))
                yield break;
        }
    }

    private static IEnumerable<(WarcRecord Record, string Where)> ReadMembers(Stream stream)
    {
        using var gzip = new GzipReader(stream, leaveOpen: true, oneMemberAtATime: true);
        while (gzip.NextMember())
        {
            var member = gzip.MemberOffset;
            var cursor = new ByteCursor(gzip);
            var corrupt = false;
            while (!corrupt && WarcRecordParser.Next(cursor, WarcPayload.WantsBlock, ArticleSources.MaxRecordBytes) is { } record)
            {
                var where = record.Offset == 0
                    ? $"in the gzip member at byte offset {member}"
                    : $"at byte {record.Offset} of the gzip member at byte offset {member}";
                yield return (record, where);
                corrupt = record.Error?.Kind == ErrorCatalog.CorruptArchive;
                if (!corrupt && !record.InSync)
                    corrupt = !Drain(cursor);
            }

            if (corrupt && !gzip.SkipToNextMember())
                yield break;
        }
    }

    /// <summary>Reads the rest of a member after a bad record; false when the member itself turns out corrupt.</summary>
    private static bool Drain(ByteCursor cursor)
    {
        try
        {
            cursor.Skip(long.MaxValue);
            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
