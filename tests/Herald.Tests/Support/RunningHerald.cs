using System.Diagnostics;
using System.Text;

namespace Herald.Tests.Support;

/// <summary>A long-running <c>herald</c> child process (a worker, say), its stderr collected as it comes, to be signalled or killed.</summary>
internal sealed class RunningHerald : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly Lock _gate = new();

    public RunningHerald(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(HeraldProcess.Dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        _process = Process.Start(start)!;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_gate)
                    _stderr.AppendLine(e.Data);
            }
        };
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public string Stderr
    {
        get
        {
            lock (_gate)
                return _stderr.ToString();
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL: no chance to finish anything.</summary>
    public void Kill() => _process.Kill();

    /// <summary>SIGTERM, as systemd or docker stop sends it; returns the exit code.</summary>
    public int Terminate(int timeoutSeconds)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            kill.WaitForExit();
        if (!_process.WaitForExit(timeoutSeconds * 1000))
            throw new TimeoutException($"herald did not stop within {timeoutSeconds} s of SIGTERM:\n{Stderr}");
        _process.WaitForExit(); // the stderr reader's last lines
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
