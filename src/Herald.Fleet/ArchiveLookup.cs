using System.Data.Common;
using Herald.Storage;

namespace Herald.Fleet;

/// <summary>
/// Asks the archive whether it holds a content hash before an article is analysed, so a redelivered or
/// re-queued article costs a lookup, not an analysis. A failing lookup answers no: the write checks again.
/// </summary>
internal sealed class ArchiveLookup(Func<Archive> open) : IDisposable
{
    private readonly Lock _gate = new();
    private Archive? _archive;

    public bool Holds(string contentHash)
    {
        lock (_gate)
        {
            try
            {
                _archive ??= open();
                return _archive.Holds(contentHash);
            }
            catch (Exception exception) when (IsDatabaseFailure(exception))
            {
                _archive?.Dispose();
                _archive = null;
                return false;
            }
        }
    }

    /// <summary>Whether <paramref name="exception"/> is the database failing (unreachable, restarted, refusing), not a bug.</summary>
    public static bool IsDatabaseFailure(Exception exception) =>
        exception is DbException or InvalidOperationException or IOException or TimeoutException or System.Net.Sockets.SocketException;

    public void Dispose()
    {
        lock (_gate)
            _archive?.Dispose();
    }
}
