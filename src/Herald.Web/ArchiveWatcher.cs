using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Hosting;

namespace Herald.Web;

/// <summary>
/// Keeps cached answers true to the archive: every <see cref="Interval"/> it reads the archive's generation
/// (its highest article id) and, when an ingest has added articles, drops every cached answer.
/// </summary>
internal sealed class ArchiveWatcher(ArchivePool pool, IOutputCacheStore cache) : BackgroundService
{
    /// <summary>The tag of every cached API answer.</summary>
    public const string Tag = "archive";

    /// <summary>How often the archive is checked: new articles show in answers within this.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seen = pool.Use(archive => archive.Generation());
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var now = pool.Use(archive => archive.Generation());
            if (now == seen)
                continue;
            seen = now;
            await cache.EvictByTagAsync(Tag, stoppingToken).ConfigureAwait(false);
        }
    }
}
