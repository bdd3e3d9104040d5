using FluentMcp.Orleans.Cluster.Tests.Infrastructure;
using FluentMcp.Orleans.TestSupport;

namespace FluentMcp.Orleans.Cluster.Tests;

[Collection(ClusterFixture.Collection)]
public sealed class RestartTests(ClusterFixture cluster)
{
    [Fact]
    public async Task Restart_WholeClusterAndAzurite_KeepsUsageRuntimePromptLimitsToolIndexAndReminders()
    {
        await cluster.EnsureClusterAsync();
        var project = Ids.New("restart");
        var prompt = Ids.New("prompt");
        await cluster.Budgets.SetCustomLimitsAsync(
            prompt,
            new Dictionary<string, ToolLimitOverride> { [ClusterFixture.SteadyTool] = new(7, 70) });
        for (var i = 0; i < 3; i++)
        {
            await cluster.Budgets.CheckAndUpdateBudgetAsync(project, ClusterFixture.SteadyTool, prompt);
        }

        await cluster.Budgets.CheckAndUpdateBudgetAsync(project, ClusterFixture.HotTool);
        await cluster.Budgets.CheckAndUpdateBudgetAsync(project, ClusterFixture.HotTool);

        await cluster.StopSilosAsync();
        await cluster.Azurite.StopAsync();
        await cluster.EnsureClusterAsync();

        var steady = await cluster.Budgets.GetRemainingBudgetAsync(project, ClusterFixture.SteadyTool, prompt);
        var hot = await cluster.Budgets.GetRemainingBudgetAsync(project, ClusterFixture.HotTool);
        var index = await cluster.Client.GetGrain<IProjectToolsGrain>(project).GetToolsAsync();
        Assert.Equal((3, 7, 3, 70), (steady.Hourly.Usage, steady.Hourly.Limit, steady.Daily.Usage, steady.Daily.Limit));
        Assert.Equal((2, ClusterFixture.HotHourlyLimit), (hot.Hourly.Usage, hot.Hourly.Limit));
        Assert.Equal([ClusterFixture.HotTool, ClusterFixture.SteadyTool], index);
        Assert.Equal(["budget-cleanup"], await RemindersAsync(project, ClusterFixture.SteadyTool));
        Assert.Equal(["budget-cleanup"], await RemindersAsync(project, ClusterFixture.HotTool));
    }

    /// <summary>
    /// Budget windows are a fixed hour and day, and a fake clock cannot reach into silo processes, so the restarted
    /// silos run with <c>Budget:ClockOffset</c> 25 hours ahead: to them all stored usage is expired. Nothing calls the
    /// budgets; only their stored reminders can clear them.
    /// </summary>
    [Fact]
    public async Task Reminder_SilosRestartedWhenUsageIsADayOld_ClearStoredStateWithoutAnyCall()
    {
        await cluster.EnsureClusterAsync();
        var project = Ids.New("expire");
        await cluster.Budgets.CheckAndUpdateBudgetAsync(project, ClusterFixture.SteadyTool);
        await cluster.Budgets.CheckAndUpdateBudgetAsync(project, ClusterFixture.HotTool);
        var storedBefore = await StoredAsync(project);

        await cluster.EnsureClusterAsync(new Dictionary<string, string> { ["Budget__ClockOffset"] = "1.01:00:00" });
        var cleared = await Eventually.HoldsAsync(
            async () => await StoredAsync(project) == (false, false, false, false, false),
            TimeSpan.FromSeconds(60));

        Assert.Equal((true, true, true, true, true), storedBefore);
        Assert.True(cleared, $"Still stored (usage, usage, reminder, reminder, index): {await StoredAsync(project)}");
    }

    private static string GrainReference(string project, string tool) => $"toolbudget/{project}/{tool}";

    private Task<IReadOnlyList<string>> RemindersAsync(string project, string tool) =>
        cluster.Tables.ReadRemindersAsync(GrainReference(project, tool));

    private async Task<(bool, bool, bool, bool, bool)> StoredAsync(string project)
    {
        var tables = cluster.Tables;
        return (
            await tables.ReadHourlyUsageAsync(project, ClusterFixture.SteadyTool) is not null,
            await tables.ReadHourlyUsageAsync(project, ClusterFixture.HotTool) is not null,
            (await RemindersAsync(project, ClusterFixture.SteadyTool)).Count > 0,
            (await RemindersAsync(project, ClusterFixture.HotTool)).Count > 0,
            await tables.HasGrainStateAsync($"_projecttools_{project}", "tools"));
    }
}
