using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace FluentMcp.Orleans.TestSupport;

/// <summary>
/// A process started by a test: its standard output and error are kept whole, output lines can be awaited, and it is
/// killed with its children when disposed.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    /// <summary>How many of the last lines, of both streams, awaiting a line looks back on.</summary>
    private const int TailLines = 400;

    private readonly Process _process;
    private readonly Lock _lock = new();
    private readonly StringBuilder _standardOutput = new();
    private readonly StringBuilder _standardError = new();
    private readonly Queue<string> _tail = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Seen)> _waiters = [];
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _standardOutputClosed =
        new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _standardErrorClosed =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    /// <summary>Gets the name that failure messages give the process.</summary>
    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _exited.Task.IsCompleted;

    public int ExitCode => _process.ExitCode;

    /// <summary>Gets a task that completes when the process exits, perhaps before all its output is read.</summary>
    public Task Exited => _exited.Task;

    /// <summary>Gets the last line written to standard output, where a load client writes its report.</summary>
    public string? LastStandardOutputLine { get; private set; }

    /// <summary>Gets all that the process has written to standard output so far, each line ended.</summary>
    public string StandardOutput
    {
        get
        {
            lock (_lock)
            {
                return _standardOutput.ToString();
            }
        }
    }

    /// <summary>Gets all that the process has written to standard error so far, each line ended.</summary>
    public string StandardError
    {
        get
        {
            lock (_lock)
            {
                return _standardError.ToString();
            }
        }
    }

    /// <summary>
    /// Starts <paramref name="fileName"/> with its standard streams redirected, in <paramref name="workingDirectory"/>
    /// (the current one when null), with <paramref name="environment"/> added to this process's environment.
    /// </summary>
    public static ChildProcess Start(
        string name,
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(arguments);

        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
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

    /// <summary>
    /// Waits for an output line that matches, among the last lines seen before the call or after it; fails if the
    /// process ends or the timeout passes first.
    /// </summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(match);

        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_tail.FirstOrDefault(match) is { } earlier)
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

    /// <summary>Waits for the process to exit and for both its output streams to be read to the end.</summary>
    /// <returns>The exit code.</returns>
    public Task<int> WaitForExitAsync() => WaitForExitAsync(Timeout.InfiniteTimeSpan);

    /// <summary>
    /// Waits for the process to exit and for both its output streams to be read to the end; kills it and throws a
    /// <see cref="TimeoutException"/> with all its output when the timeout passes first.
    /// </summary>
    /// <returns>The exit code.</returns>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await WaitForExitAndOutputAsync(deadline.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            Kill();
            throw new TimeoutException(
                $"{Name} did not finish within {timeout}.\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}");
        }
    }

    public async Task WriteLineAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Kills the process and its children at once (SIGKILL on Linux): none of them runs again.</summary>
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
        ArgumentException.ThrowIfNullOrWhiteSpace(signalName);

        if (HasExited)
        {
            return;
        }

        var id = Id.ToString(CultureInfo.InvariantCulture);
        using (var signal = Process.Start("kill", [$"-{signalName}", id]))
        {
            await signal.WaitForExitAsync();
        }

        if (await Task.WhenAny(_exited.Task, Task.Delay(grace)) != _exited.Task)
        {
            Kill();
        }

        await WaitForExitAndOutputAsync(CancellationToken.None);
    }

    /// <summary>Gets the last lines of output, of both streams, to explain a failure.</summary>
    public string Tail(int count = 60)
    {
        lock (_lock)
        {
            return $"--- last output of {Name} ---\n" + string.Join('\n', _tail.TakeLast(count));
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await WaitForExitAndOutputAsync(CancellationToken.None);
        _process.Dispose();
    }

    private async Task WaitForExitAndOutputAsync(CancellationToken cancellation)
    {
        await _process.WaitForExitAsync(cancellation);
        await Task.WhenAll(_standardOutputClosed.Task, _standardErrorClosed.Task).WaitAsync(cancellation);
    }

    private void OnLine(string? line, bool standardOutput)
    {
        if (line is null)
        {
            // The stream is closed: the process has exited, or at least closed its end of the pipe.
            (standardOutput ? _standardOutputClosed : _standardErrorClosed).TrySetResult();
            return;
        }

        lock (_lock)
        {
            if (standardOutput)
            {
                LastStandardOutputLine = line;
                _standardOutput.AppendLine(line);
            }
            else
            {
                _standardError.AppendLine(line);
            }

            _tail.Enqueue(line);
            if (_tail.Count > TailLines)
            {
                _tail.Dequeue();
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
