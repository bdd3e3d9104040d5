using System.Collections.Concurrent;
using System.Diagnostics;

namespace FluentMcp.Orleans.Cluster.Tests.Infrastructure;

/// <summary>
/// A process started by a test: its output is kept (the last lines, for failure messages), lines can be awaited,
/// and it is always stopped when disposed.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private const int KeptLines = 400;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Seen)> _waiters = [];
    private readonly Lock _lock = new();
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _exited.Task.IsCompleted;

    public int ExitCode => _process.ExitCode;

    public Task Exited => _exited.Task;

    /// <summary>Gets the last line written to standard output, where a load client writes its report.</summary>
    public string? LastStandardOutputLine { get; private set; }

    public static ChildProcess Start(
        string name,
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environment,
        string workingDirectory)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(name, process);
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data, standardOutput: true);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data, standardOutput: false);
        process.Exited += (_, _) => child._exited.TrySetResult();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for an output line that matches, seen before the call or after; fails if the process ends.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_lines.FirstOrDefault(match) is { } earlier)
            {
                return earlier;
            }

            _waiters.Add((match, seen));
        }

        var first = await Task.WhenAny(seen.Task, _exited.Task, Task.Delay(timeout));
        if (first == seen.Task)
        {
            return await seen.Task;
        }

        var why = first == _exited.Task ? "it exited" : $"{timeout.TotalSeconds:0} s passed";
        throw new InvalidOperationException($"{Name}: the awaited line did not come before {why}.\n{Tail()}");
    }

    /// <summary>Waits for the process to end and for its output to be read to the end.</summary>
    public Task WaitForExitAsync() => _process.WaitForExitAsync();

    public async Task WriteLineAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Kills the process at once (SIGKILL on Linux): nothing in it gets to run again.</summary>
    public void Kill()
    {
        if (!HasExited)
        {
            try
            {
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended on its own in the meantime.
            }
        }
    }

    /// <summary>
    /// Asks the process to stop with a signal (<c>TERM</c>, <c>INT</c>) and kills it if it has not stopped within the
    /// grace period.
    /// </summary>
    public async Task StopAsync(string signalName, TimeSpan grace)
    {
        if (HasExited)
        {
            return;
        }

        var id = Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using (var signal = Process.Start("kill", [$"-{signalName}", id]))
        {
            await signal.WaitForExitAsync();
        }

        if (await Task.WhenAny(_exited.Task, Task.Delay(grace)) != _exited.Task)
        {
            Kill();
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>Gets the last lines of output, to explain a failure.</summary>
    public string Tail(int count = 60) =>
        $"--- last output of {Name} ---\n" + string.Join('\n', _lines.TakeLast(count));

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void OnLine(string? line, bool standardOutput)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            if (standardOutput)
            {
                LastStandardOutputLine = line;
            }

            _lines.Enqueue(line);
            while (_lines.Count > KeptLines && _lines.TryDequeue(out _))
            {
            }

            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Match(line))
                {
                    _waiters[i].Seen.TrySetResult(line);
                    _waiters.RemoveAt(i);
                }
            }
        }
    }
}
