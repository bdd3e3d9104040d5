using FluentMcp.Orleans.Grains.Tests.Infrastructure;

namespace FluentMcp.Orleans.Grains.Tests.Cluster;

[Collection(BudgetCluster.Collection)]
public sealed class CleanupTests(BudgetCluster cluster)
{
    [Fact]
    public async Task CleanupOldUsageData_UsageOlderThanADay_ClearsStateReminderAndIndexAtOnce()
    {
        var project = Ids.New("project");
        await cluster.Budgets.CheckAndUpdateBudgetAsync(project, "old_tool");
        await cluster.Budgets.CheckAndUpdateBudgetAsync(project, "other_old_tool");
        Assert.True(await cluster.HasCleanupReminderAsync(project, "old_tool"));

        cluster.Clock.Advance(TimeSpan.FromHours(25));
        var cleared = await cluster.Budgets.CleanupOldUsageDataAsync(project);
        var all = await cluster.Budgets.GetRemainingBudgetsAsync(project);

        Assert.Equal(2, cleared);
        Assert.Null(await cluster.ReadStoredUsageAsync(project, "old_tool"));
        Assert.Null(await cluster.ReadStoredUsageAsync(project, "other_old_tool"));
        Assert.False(await cluster.HasCleanupReminderAsync(project, "old_tool"));
        Assert.DoesNotContain(all, s => s.ToolName is "old_tool" or "other_old_tool");
    }

    [Fact]
    public async Task CleanupOldUsageData_RecentUsage_KeepsIt()
    {
        var project = Ids.New("project");
        await cluster.Budgets.CheckAndUpdateBudgetAsync(project, "recent_tool");
        cluster.Clock.Advance(TimeSpan.FromHours(2));

        var cleared = await cluster.Budgets.CleanupOldUsageDataAsync(project);
        var status = await cluster.Budgets.GetRemainingBudgetAsync(project, "recent_tool");

        Assert.Equal(0, cleared);
        Assert.Equal((0, 1), (status.Hourly.Usage, status.Daily.Usage));
        Assert.NotNull(await cluster.ReadStoredUsageAsync(project, "recent_tool"));
    }

    [Fact]
    public async Task CleanupOldUsageData_EveryProject_ClearsExpiredBudgetsOfAllProjects()
    {
        var projects = new[] { Ids.New("project"), Ids.New("project"), Ids.New("project") };
        foreach (var project in projects)
        {
            await cluster.Budgets.CheckAndUpdateBudgetAsync(project, "fleet_tool");
        }

        cluster.Clock.Advance(TimeSpan.FromHours(25));
        var cleared = await cluster.Budgets.CleanupOldUsageDataAsync();

        Assert.True(cleared >= projects.Length);
        foreach (var project in projects)
        {
            Assert.Null(await cluster.ReadStoredUsageAsync(project, "fleet_tool"));
        }
    }
}
