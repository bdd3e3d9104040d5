using System.Diagnostics;
using System.Text.Json;
using FluentMcp.Orleans.Client;

namespace FluentMcp.Orleans.LoadClient;

/// <summary>
/// Sends the configured calls through <see cref="IToolBudgetClient"/> and records what each one got.
/// </summary>
public sealed class LoadRunner(IToolBudgetClient budgets, LoadOptions options, TimeProvider time)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Sends the calls; <paramref name="stopSending"/> stops new ones and lets those under way finish.</summary>
    public async Task<LoadReport> RunAsync(TextWriter progress, CancellationToken stopSending)
    {
        var report = new LoadReport();
        var started = time.GetTimestamp();
        var senders = options.Concurrency <= 0 ? options.Calls : Math.Min(options.Concurrency, options.Calls);
        var next = -1;

        using var stop = new CancellationTokenSource();
        var reporter = ReportProgressAsync(report, progress, stop.Token);

        await Task.WhenAll(Enumerable.Range(0, senders).Select(_ => Task.Run(SendAsync, CancellationToken.None)));

        await stop.CancelAsync();
        await reporter;
        report.ElapsedMilliseconds = (long)time.GetElapsedTime(started).TotalMilliseconds;
        return report;

        async Task SendAsync()
        {
            while (!stopSending.IsCancellationRequested && Interlocked.Increment(ref next) < options.Calls)
            {
                try
                {
                    var decision = await budgets.TryCheckAndUpdateBudgetAsync(
                        options.ProjectId,
                        options.ToolName,
                        options.PromptId,
                        CancellationToken.None);
                    report.Record(decision);
                }
                catch (Exception ex)
                {
                    report.Record(ex);
                }

                if (options.Pause > TimeSpan.Zero && !stopSending.IsCancellationRequested)
                {
                    await Task.Delay(options.Pause, time, CancellationToken.None);
                }
            }
        }
    }

    private async Task ReportProgressAsync(LoadReport report, TextWriter progress, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.ProgressInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await progress.WriteLineAsync($"progress {Summary(report)}");
                await progress.FlushAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            Debug.Assert(cancellationToken.IsCancellationRequested, "Only the end of the run stops the progress.");
        }
    }

    private static string Summary(LoadReport report) =>
        JsonSerializer.Serialize(
            new { report.Admitted, report.Refused, report.StorageErrors, report.OtherErrors },
            Json);
}
