using System.Diagnostics;

namespace FluentMcp.Orleans.Benchmarks.Hosting;

/// <summary>
/// A server the benchmark starts (a silo, redis-server, Azurite): its output goes to a log file, its CPU time can be
/// read, and it is stopped by closing its standard input and, if it lingers, killed.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string? _readyLine;
    private readonly bool _stopsWhenInputCloses;

    private ChildProcess(Process process, StreamWriter log, string? readyLine)
    {
        _process = process;
        _log = log;
        _readyLine = readyLine;
        _stopsWhenInputCloses = readyLine is not null;
    }

    public string Name { get; private init; } = string.Empty;

    /// <summary>Gets the log file of the process's output.</summary>
    public string LogPath { get; private init; } = string.Empty;

    /// <summary>
    /// Starts a process with its output logged. When <paramref name="readyLine"/> is given,
    /// <see cref="WaitUntilReadyAsync"/> waits for that line on its standard output, and the process is one of ours
    /// that stops when its standard input closes; any other process is killed when disposed.
    /// </summary>
    public static ChildProcess Start(
        string name,
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment,
        string logDirectory,
        string? readyLine = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var logPath = Path.Combine(logDirectory, $"{name}.log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(process, log, readyLine) { Name = name, LogPath = logPath };
        process.OutputDataReceived += (_, e) => child.OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) => child.OnOutput(e.Data);

        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Gets the CPU time the process has used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.HasExited ? TimeSpan.Zero : _process.TotalProcessorTime;
        }
    }

    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_ready.Task, exited).WaitAsync(timeout);
        if (first == exited)
        {
            ThrowIfExited();
        }
    }

    public void ThrowIfExited()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException(
                $"{Name} exited with code {_process.ExitCode} before it was ready; see {LogPath}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.StandardInput.Close();
                try
                {
                    await _process.WaitForExitAsync().WaitAsync(_stopsWhenInputCloses ? StopGrace : TimeSpan.Zero);
                }
                catch (TimeoutException)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync();
                }
            }
        }
        finally
        {
            _process.Dispose();
            await _log.DisposeAsync();
        }
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.WriteLine(line);
        }

        if (_readyLine is not null && line.Contains(_readyLine, StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }
}
