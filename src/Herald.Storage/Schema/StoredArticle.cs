using Herald.Records;

namespace Herald.Storage.Schema;

/// <summary>An analysed article on its way into the archive, with the keys the archive gives it.</summary>
/// <param name="Id">The archive's id for it.</param>
/// <param name="ContentHash">The hash that makes ingest idempotent (<see cref="Ingest.ContentHashes"/>).</param>
/// <param name="Fingerprint">Its MinHash signature (<see cref="Duplicates.MinHash"/>), or null for a text too short to have one.</param>
/// <param name="DuplicateGroup">The id of the first stored article it is a near copy of, else its own id.</param>
/// <param name="Record">The analysed article.</param>
/// <param name="RecordJson">The record as herald/1 JSON, stored whole for export and display.</param>
public sealed record StoredArticle(long Id, string ContentHash, uint[]? Fingerprint, long DuplicateGroup, ArticleRecord Record, string RecordJson)
{
    /// <summary>Words in the clean text (runs of letters or digits).</summary>
    public int Words { get; } = CountWords(Record.Article.Text);

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = char.IsLetterOrDigit(c);
            if (wordChar && !inWord)
                words++;
            inWord = wordChar;
        }
        return words;
    }
}
