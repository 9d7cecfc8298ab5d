using Herald.Storage.Duplicates;
using Herald.Storage.Schema;

namespace Herald.Storage.Ingest;

/// <summary>
/// Stores analysed articles in an archive that other writers, in other processes and on other machines, store
/// into at the same time. Each batch is one transaction under the archive's write lock that first looks at what
/// the others stored: articles already held (same content hash) are skipped, ids follow the last one stored, and
/// near copies join the duplicate groups of articles whoever stored them.
/// </summary>
/// <param name="archive">The shared archive.</param>
public sealed class SharedWriter(Archive archive)
{
    private DuplicateIndex _index = new();
    private long _indexed; // the last article id whose fingerprint _index has seen

    /// <summary>
    /// Stores those of <paramref name="batch"/> the archive lacks, all or none; returns for each article whether
    /// it was stored (false: the archive, or an earlier one in the batch, has its content hash).
    /// </summary>
    public IReadOnlyList<bool> Store(IReadOnlyList<(string ContentHash, AnalysedArticle Article)> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var stored = new bool[batch.Count];
        long last = 0;
        try
        {
            archive.StoreLocked(transaction =>
            {
                var held = archive.HeldHashes(batch.Select(b => b.ContentHash).Distinct(StringComparer.Ordinal).ToList(), transaction);
                _indexed = archive.ReadFingerprints(_index, _indexed, transaction);
                last = archive.LastId(transaction);
                var rows = new List<StoredArticle>();
                for (var i = 0; i < batch.Count; i++)
                {
                    var (hash, article) = batch[i];
                    if (!held.Add(hash))
                        continue;
                    var id = ++last;
                    rows.Add(new StoredArticle(id, hash, article.Fingerprint, _index.Join(article.Fingerprint, id), article.Record, article.Json));
                    stored[i] = true;
                }
                return rows;
            });
        }
        catch
        {
            // The index may hold fingerprints of articles that were not committed: start it afresh.
            _index = new DuplicateIndex();
            _indexed = 0;
            throw;
        }
        _indexed = Math.Max(_indexed, last);
        return stored;
    }
}
