using FluentMcp.Orleans.Samples.DataTools;
using Microsoft.Extensions.Time.Testing;

namespace FluentMcp.Orleans.Mcp.Tests;

/// <summary>
/// Ten runaway queries at once held the thread-pool workers that the Orleans scheduler needs, so that an unrelated
/// check_tool_budget took 2.7 s: queries now run on threads of their own, a few at a time.
/// </summary>
public sealed class SampleDatabaseTests : IDisposable
{
    private const string Runaway =
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c";

    // Long enough for a loaded machine; a query that ignores its cancellation fails here instead of hanging the run.
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(60);

    private readonly FakeTimeProvider _time = new();
    private readonly SampleDatabase _database;

    public SampleDatabaseTests()
    {
        _database = new SampleDatabase(_time, maxConcurrentQueries: 1);
        _database.EnsureCreated();
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task QueryAsync_AllSlotsTaken_WaitsAndRunsOnceASlotIsFree()
    {
        using var stop = new CancellationTokenSource();
        var runaway = _database.QueryAsync(Runaway, 1, stop.Token);

        var waiting = _database.QueryAsync("SELECT 1 AS n", 1, CancellationToken.None);

        Assert.False(waiting.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runaway.WaitAsync(StopTimeout));
        var result = await waiting;
        Assert.Equal(1L, result.Rows.Single()["n"]);
    }

    [Fact]
    public async Task QueryAsync_NoSlotFreeWithinTheQueueLimit_FailsAsBusy()
    {
        using var stop = new CancellationTokenSource();
        var runaway = _database.QueryAsync(Runaway, 1, stop.Token);
        var waiting = _database.QueryAsync("SELECT 1 AS n", 1, CancellationToken.None);

        _time.Advance(SampleDatabase.QueueTimeLimit);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => waiting);
        Assert.Contains("database is busy", error.Message, StringComparison.Ordinal);
        Assert.False(runaway.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runaway.WaitAsync(StopTimeout));
    }

    /// <summary>
    /// A cancellation that came before SQLite started the statement interrupted nothing, so the runaway query ran on
    /// for ever (here, with a clock that never reaches the time limit) and hung the test run at full CPU.
    /// </summary>
    [Fact]
    public async Task QueryAsync_CanceledAsSoonAsItStarts_StopsEveryTime()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var stop = new CancellationTokenSource();
            var runaway = _database.QueryAsync(Runaway, 1, stop.Token);

            await stop.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runaway.WaitAsync(StopTimeout));
        }
    }

    [Fact]
    public void DefaultMaxConcurrentQueries_IsHalfTheProcessorsAndAtLeastOne()
    {
        Assert.Equal(Math.Max(1, Environment.ProcessorCount / 2), SampleDatabase.DefaultMaxConcurrentQueries);
    }
}
