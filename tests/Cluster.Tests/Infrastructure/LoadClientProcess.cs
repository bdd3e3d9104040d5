using System.Globalization;
using System.Text.Json;
using FluentMcp.Orleans.TestSupport;

namespace FluentMcp.Orleans.Cluster.Tests.Infrastructure;

/// <summary>
/// A load client process: connects to the cluster, waits for the go, sends its calls and reports them as JSON.
/// </summary>
public sealed class LoadClientProcess : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ChildProcess _process;

    private LoadClientProcess(ChildProcess process) => _process = process;

    /// <summary>Starts a client and waits until it is connected and ready to send.</summary>
    public static async Task<LoadClientProcess> StartAsync(
        IReadOnlyDictionary<string, string> clusterSettings,
        string projectId,
        string toolName,
        int calls,
        int concurrency = 0,
        TimeSpan? pause = null,
        TimeSpan? responseTimeout = null)
    {
        var arguments = new List<string>
        {
            Repository.LoadClientProgram,
            $"--Load:ProjectId={projectId}",
            $"--Load:ToolName={toolName}",
            $"--Load:Calls={calls.ToString(CultureInfo.InvariantCulture)}",
            $"--Load:Concurrency={concurrency.ToString(CultureInfo.InvariantCulture)}",
            $"--Load:Pause={(pause ?? TimeSpan.Zero).ToString("c", CultureInfo.InvariantCulture)}",
            "--Load:ProgressInterval=00:00:00.100",
            "--Load:WaitForGo=true",
        };
        var environment = new Dictionary<string, string>(clusterSettings)
        {
            ["Logging__LogLevel__Default"] = "Warning",
            ["ClientMessaging__ResponseTimeout"] =
                (responseTimeout ?? TimeSpan.FromSeconds(30)).ToString("c", CultureInfo.InvariantCulture),
        };
        var process = ChildProcess.Start(
            $"load client {projectId}",
            "dotnet",
            arguments,
            environment,
            Path.GetDirectoryName(Repository.LoadClientProgram)!);
        var client = new LoadClientProcess(process);
        try
        {
            await process.WaitForLineAsync(l => l == "ready", TimeSpan.FromSeconds(60));
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }

        return client;
    }

    public Task GoAsync() => _process.WriteLineAsync("go");

    /// <summary>Tells the client to send no more calls; those under way finish and are reported.</summary>
    public Task StopSendingAsync() => _process.WriteLineAsync("stop");

    /// <summary>Waits for a progress line for which <paramref name="condition"/> holds.</summary>
    public async Task<LoadResult> WaitForProgressAsync(Func<LoadResult, bool> condition, TimeSpan timeout)
    {
        var line = await _process.WaitForLineAsync(
            l => l.StartsWith("progress ", StringComparison.Ordinal) && condition(Parse(l["progress ".Length..])),
            timeout);
        return Parse(line["progress ".Length..]);
    }

    /// <summary>Waits for the client to finish and returns its report.</summary>
    public async Task<LoadResult> ResultAsync(TimeSpan timeout)
    {
        if (await Task.WhenAny(_process.Exited, Task.Delay(timeout)) != _process.Exited)
        {
            throw new TimeoutException($"The load client did not finish within {timeout}.\n{_process.Tail()}");
        }

        await _process.WaitForExitAsync();
        var report = _process.LastStandardOutputLine
            ?? throw new InvalidOperationException($"The load client wrote no report.\n{_process.Tail()}");
        return Parse(report);
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private static LoadResult Parse(string json) =>
        JsonSerializer.Deserialize<LoadResult>(json, Json) ?? throw new InvalidOperationException("An empty report.");
}
