using FluentMcp.Orleans.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace FluentMcp.Orleans.Cluster.Tests;

[Collection(ClusterFixture.Collection)]
public sealed class StorageFailureTests(ClusterFixture cluster, ITestOutputHelper output)
{
    [Fact]
    public async Task TryAdmit_AzuriteStoppedDuringLoad_RefusesWithStorageErrorsAndResumesWithConsistentCounters()
    {
        await cluster.EnsureClusterAsync();
        var project = Ids.New("outage");
        await using var load = await cluster.StartLoadClientAsync(
            project,
            ClusterFixture.SteadyTool,
            calls: 1_000_000,
            concurrency: 8,
            pause: TimeSpan.FromMilliseconds(20));

        await load.GoAsync();
        await load.WaitForProgressAsync(r => r.Admitted >= 200, TimeSpan.FromSeconds(60));
        await cluster.Azurite.StopAsync();
        var down = await load.WaitForProgressAsync(r => r.StorageErrors >= 8, TimeSpan.FromSeconds(60));
        await cluster.Azurite.StartAsync();
        var resumed = await load.WaitForProgressAsync(
            r => r.Admitted >= down.Admitted + 200,
            TimeSpan.FromSeconds(60));
        await load.StopSendingAsync();
        var result = await load.ResultAsync(TimeSpan.FromSeconds(60));

        var stored = await cluster.Tables.ReadHourlyUsageAsync(project, ClusterFixture.SteadyTool);
        var status = await cluster.Budgets.GetRemainingBudgetAsync(project, ClusterFixture.SteadyTool);
        var report =
            $"{result}\nstored {stored}; {down.Admitted} admitted when storage errors came, {resumed.Admitted} later";
        output.WriteLine(report);
        Assert.True(result.OtherErrors == 0, report);
        Assert.All(
            result.Errors ?? [],
            e => Assert.Matches("^FluentMcp.Orleans.BudgetStorageException: .*could not be (stored|read)", e.Key));
        Assert.Equal(result.Admitted, stored);
        Assert.Equal(result.Admitted, status.Hourly.Usage);
    }
}
