using System.Collections.Concurrent;
using Herald.Storage;

namespace Herald.Web;

/// <summary>
/// Read-only archive connections for concurrent requests: a connection serves one request at a time, and
/// goes back to the pool afterwards, so a busy server opens a handful and reuses them.
/// </summary>
internal sealed class ArchivePool(string target) : IDisposable
{
    private readonly ConcurrentBag<IArchive> _idle = [];

    /// <summary>Runs <paramref name="query"/> on an idle connection, opening one when none is idle.</summary>
    public T Use<T>(Func<IArchive, T> query)
    {
        var archive = _idle.TryTake(out var idle) ? idle : Archives.Open(target, readOnly: true);
        try
        {
            return query(archive);
        }
        finally
        {
            _idle.Add(archive);
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var archive))
            archive.Dispose();
    }
}
