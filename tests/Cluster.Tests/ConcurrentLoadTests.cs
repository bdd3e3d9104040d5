using FluentMcp.Orleans.Cluster.Tests.Infrastructure;

namespace FluentMcp.Orleans.Cluster.Tests;

[Collection(ClusterFixture.Collection)]
public sealed class ConcurrentLoadTests(ClusterFixture cluster)
{
    [Fact]
    public async Task TryAdmit_5000ConcurrentCallsFromTwoClientProcesses_AdmitsExactlyTheHourlyLimit()
    {
        await cluster.EnsureClusterAsync();
        var project = Ids.New("load");
        await using var first = await cluster.StartLoadClientAsync(project, ClusterFixture.HotTool, calls: 2500);
        await using var second = await cluster.StartLoadClientAsync(project, ClusterFixture.HotTool, calls: 2500);

        await Task.WhenAll(first.GoAsync(), second.GoAsync());
        var results = await Task.WhenAll(
            first.ResultAsync(TimeSpan.FromSeconds(90)),
            second.ResultAsync(TimeSpan.FromSeconds(90)));

        var total = LoadResult.Sum(results);
        var stored = await cluster.Tables.ReadHourlyUsageAsync(project, ClusterFixture.HotTool);
        var status = await cluster.Budgets.GetRemainingBudgetAsync(project, ClusterFixture.HotTool);
        Assert.True(
            total is { Admitted: ClusterFixture.HotHourlyLimit, Refused: 4000, StorageErrors: 0, OtherErrors: 0 },
            total.ToString());
        Assert.All(results, r => Assert.Equal(2500, r.Total));
        Assert.Equal(ClusterFixture.HotHourlyLimit, stored);
        Assert.Equal(ClusterFixture.HotHourlyLimit, status.Hourly.Usage);
    }
}
