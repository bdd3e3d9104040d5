using Xunit.Abstractions;
using FluentMcp.Orleans.Cluster.Tests.Infrastructure;

namespace FluentMcp.Orleans.Cluster.Tests;

[Collection(ClusterFixture.Collection)]
public sealed class SiloFailureTests(ClusterFixture cluster, ITestOutputHelper output)
{
    [Fact]
    public async Task TryAdmit_SiloHoldingTheBudgetKilledDuringLoad_LosesNoAcknowledgedCallAndStaysWithinTheLimit()
    {
        await cluster.EnsureClusterAsync();
        var project = Ids.New("kill");
        await cluster.Budgets.GetRemainingBudgetAsync(project, ClusterFixture.HotTool);
        var grain = cluster.Client.GetGrain<IToolBudgetGrain>(ToolBudgetKey.Format(project, ClusterFixture.HotTool));
        var host = await cluster.FindHostAsync(grain);
        var pause = TimeSpan.FromMilliseconds(40);

        // Calls under way at the kill wait for their answer until the response timeout; keep it short.
        var timeout = TimeSpan.FromSeconds(10);
        await using var first = await StartClientAsync(project, pause, timeout);
        await using var second = await StartClientAsync(project, pause, timeout);

        await Task.WhenAll(first.GoAsync(), second.GoAsync());
        var beforeKill = await first.WaitForProgressAsync(r => r.Admitted >= 100, TimeSpan.FromSeconds(60));
        host.Kill();
        var results = await Task.WhenAll(
            first.ResultAsync(TimeSpan.FromSeconds(100)),
            second.ResultAsync(TimeSpan.FromSeconds(100)));
        await cluster.WaitForActiveSilosAsync();

        var total = LoadResult.Sum(results);
        var stored = await cluster.Tables.ReadHourlyUsageAsync(project, ClusterFixture.HotTool) ?? 0;
        var status = await cluster.Budgets.GetRemainingBudgetAsync(project, ClusterFixture.HotTool);
        var report = $"{total}\nstored {stored}; the first client had {beforeKill.Admitted} admitted at the kill";
        output.WriteLine(report);
        Assert.True(beforeKill.Admitted < ClusterFixture.HotHourlyLimit, report);
        Assert.Equal(5000, total.Total);
        Assert.True(stored >= total.Admitted, $"An acknowledged admission was lost. {report}");
        Assert.True(stored <= total.Admitted + total.Errored, $"More stored than admitted or in doubt. {report}");
        Assert.True(stored <= ClusterFixture.HotHourlyLimit, $"The limit was passed. {report}");
        Assert.Equal(stored, status.Hourly.Usage);
    }

    private Task<LoadClientProcess> StartClientAsync(string project, TimeSpan pause, TimeSpan responseTimeout) =>
        cluster.StartLoadClientAsync(project, ClusterFixture.HotTool, 2500, 10, pause, responseTimeout);
}
