using System.Diagnostics;
using System.Globalization;

namespace Herald.Cli.Output;

/// <summary>
/// A progress line on a terminal's stderr for batches that last over a second; silent when stderr is
/// redirected, so scripts and CI logs stay clean.
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    private static readonly TimeSpan s_delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_interval = TimeSpan.FromMilliseconds(200);
    private readonly TextWriter? _writer;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastDrawn = TimeSpan.Zero;
    private bool _drawn;

    private ProgressLine(TextWriter? writer) => _writer = writer;

    public static ProgressLine Start(TextWriter stderr) => new(Console.IsErrorRedirected ? null : stderr);

    public void Update(int analysed, int failed, int? total = null)
    {
        if (_writer is null)
            return;
        var elapsed = _clock.Elapsed;
        if (elapsed < s_delay || elapsed - _lastDrawn < s_interval)
            return;
        _lastDrawn = elapsed;
        _drawn = true;
        var rate = analysed / elapsed.TotalSeconds;
        var failures = failed > 0 ? $", {failed:N0} failed" : "";
        var bar = total is > 0 ? Filled((double)analysed / total.Value) : Bar(elapsed);
        var eta = total is > 0 && rate > 0 ? string.Create(CultureInfo.InvariantCulture, $"  ETA {TimeSpan.FromSeconds(Math.Max(0, total.Value - analysed) / rate):mm\\:ss}") : "";
        var of = total is > 0 ? string.Create(CultureInfo.InvariantCulture, $"/{total:N0}") : "";
        _writer.Write(string.Create(CultureInfo.InvariantCulture, $"\r{bar} {analysed:N0}{of} articles{failures}  {rate:N0}/s  {elapsed:mm\\:ss}{eta}   "));
    }

    private static string Filled(double fraction)
    {
        const int Width = 20;
        var full = (int)Math.Round(Math.Clamp(fraction, 0, 1) * Width);
        return "[" + new string('=', full) + new string(' ', Width - full) + "]";
    }

    // The total is unknown while input streams in, so the bar sweeps rather than fills.
    private static string Bar(TimeSpan elapsed)
    {
        const int Width = 20;
        var position = (int)(elapsed.TotalSeconds * 8) % (2 * Width - 2);
        var at = position < Width ? position : 2 * Width - 2 - position;
        return "[" + new string(' ', at) + "=" + new string(' ', Width - at - 1) + "]";
    }

    public void Dispose()
    {
        if (_drawn && _writer is not null)
        {
            _writer.Write("\r" + new string(' ', 70) + "\r");
            _drawn = false;
        }
    }
}
