using FluentMcp.Orleans.Grains.Tests.Infrastructure;

namespace FluentMcp.Orleans.Grains.Tests.Cluster;

[Collection(BudgetCluster.Collection)]
public sealed class ConcurrencyTests(BudgetCluster cluster)
{
    [Fact]
    public async Task TryAdmit_FiftyConcurrentCallsThroughBothSilos_AdmitsExactlyTheLimitEveryTime()
    {
        var promptId = await cluster.NewPromptAsync("hot_tool", 5, null);
        var factories = cluster.SiloGrainFactories;
        var admittedPerRound = new List<int>();

        for (var round = 0; round < 20; round++)
        {
            var key = ToolBudgetKey.Format(Ids.New("project"), "hot_tool");
            var calls = Enumerable.Range(0, 50)
                .Select(i => factories[i % factories.Count].GetGrain<IToolBudgetGrain>(key).TryAdmitAsync(promptId));
            var decisions = await Task.WhenAll(calls);
            var stored = await cluster.Budgets.GetRemainingBudgetAsync(ToolBudgetKey.Parse(key).ProjectId, "hot_tool");
            admittedPerRound.Add(decisions.Count(d => d.Admitted));
            Assert.Equal(5, stored.Hourly.Usage);
        }

        Assert.All(admittedPerRound, admitted => Assert.Equal(5, admitted));
    }

    [Fact]
    public async Task SetCustomLimits_LoweredThenRaisedMidWindow_KeepsUsage()
    {
        var project = Ids.New("project");
        var promptId = await cluster.NewPromptAsync("changing_tool", 10, null);
        for (var i = 0; i < 6; i++)
        {
            await cluster.Budgets.CheckAndUpdateBudgetAsync(project, "changing_tool", promptId);
        }

        await SetHourlyAsync(promptId, "changing_tool", 5);
        var lowered = await cluster.Budgets.TryCheckAndUpdateBudgetAsync(project, "changing_tool", promptId);
        await SetHourlyAsync(promptId, "changing_tool", 20);
        var admitted = 0;
        while ((await cluster.Budgets.TryCheckAndUpdateBudgetAsync(project, "changing_tool", promptId)).Admitted)
        {
            admitted++;
        }

        Assert.False(lowered.Admitted);
        var hourly = lowered.Status.Hourly;
        Assert.Equal((6, 5, 0), (hourly.Usage, hourly.Limit, hourly.Remaining));
        Assert.Equal(14, admitted);
    }

    private Task SetHourlyAsync(string promptId, string tool, int hourly) =>
        cluster.Budgets.SetCustomLimitsAsync(
            promptId,
            new Dictionary<string, ToolLimitOverride> { [tool] = new(hourly, null) });
}
