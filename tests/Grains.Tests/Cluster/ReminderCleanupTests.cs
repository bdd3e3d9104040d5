using FluentMcp.Orleans.Grains.Tests.Infrastructure;
using FluentMcp.Orleans.TestSupport;

namespace FluentMcp.Orleans.Grains.Tests.Cluster;

[Collection(ReminderCluster.Collection)]
public sealed class ReminderCleanupTests(ReminderCluster cluster)
{
    [Fact]
    public async Task Reminder_UsageLeavesTheDailyWindow_ClearsStoredStateAndUnregistersItself()
    {
        var project = Ids.New("project");
        await cluster.Budgets.CheckAndUpdateBudgetAsync(project, "reminded_tool");
        var storedBefore = await cluster.ReadStoredUsageAsync(project, "reminded_tool");
        var reminderBefore = await cluster.HasCleanupReminderAsync(project, "reminded_tool");

        cluster.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(16));
        var cleared = await Eventually.HoldsAsync(
            async () => await cluster.ReadStoredUsageAsync(project, "reminded_tool") is null
                && !await cluster.HasCleanupReminderAsync(project, "reminded_tool"),
            TimeSpan.FromSeconds(30));

        Assert.NotNull(storedBefore);
        Assert.True(reminderBefore);
        Assert.True(cleared, "The reminder did not clear the expired budget within 30 s.");
        Assert.Empty(await cluster.Cluster.Client.GetGrain<IProjectToolsGrain>(project).GetToolsAsync());
    }

    [Fact]
    public async Task Reminder_UsageStillInsideTheDailyWindow_KeepsStateAndReminder()
    {
        var project = Ids.New("project");
        await cluster.Budgets.CheckAndUpdateBudgetAsync(project, "kept_tool");
        cluster.Clock.Advance(TimeSpan.FromHours(3));

        var stateCleared = await Eventually.HoldsAsync(
            async () => await cluster.ReadStoredUsageAsync(project, "kept_tool") is { Hourly.Count: 0 },
            TimeSpan.FromSeconds(30));

        var stored = await cluster.ReadStoredUsageAsync(project, "kept_tool");
        Assert.True(stateCleared, "The reminder did not drop the expired hourly bucket within 30 s.");
        Assert.Equal(1, stored!.Daily.Sum(b => b.Count));
        Assert.True(await cluster.HasCleanupReminderAsync(project, "kept_tool"));
    }
}
