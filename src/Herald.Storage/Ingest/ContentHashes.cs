using System.IO.Hashing;
using System.Runtime.InteropServices;
using Herald.Sources;

namespace Herald.Storage.Ingest;

/// <summary>
/// The content hash that makes ingest idempotent: the article's content with its title, publisher, URL and
/// date. Where it was read from is left out, so the same file ingested from another path is still skipped;
/// the same text from two publishers is two articles (near copies, grouped as such).
/// </summary>
public static class ContentHashes
{
    /// <summary>The 128-bit hash of <paramref name="article"/> as 32 lower-case hex digits.</summary>
    public static string Of(RawArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var hash = new XxHash128();
        var info = article.Info;
        foreach (var part in new[] { article.Content, info.Title, info.Source, info.Url, info.Published?.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            hash.Append(MemoryMarshal.AsBytes((part ?? "").AsSpan()));
            hash.Append([0, 0]); // a UTF-16 NUL between parts, so that ("ab", "c") and ("a", "bc") differ
        }
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
