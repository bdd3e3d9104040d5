using FluentMcp.Orleans.Grains.Tests.Infrastructure;

namespace FluentMcp.Orleans.Grains.Tests.Cluster;

[Collection(BudgetCluster.Collection)]
public sealed class StorageAndKeyTests(BudgetCluster cluster)
{
    [Fact]
    public async Task CheckAndUpdate_Acknowledged_IsAlreadyInStorage()
    {
        var project = Ids.New("project");

        for (var i = 0; i < 3; i++)
        {
            await cluster.Budgets.CheckAndUpdateBudgetAsync(project, "stored_tool");
        }

        var stored = await cluster.ReadStoredUsageAsync(project, "stored_tool");

        Assert.NotNull(stored);
        Assert.Equal(3, stored.Hourly.Sum(b => b.Count));
        Assert.Equal(3, stored.Daily.Sum(b => b.Count));
    }

    [Fact]
    public async Task CheckAndUpdate_Refused_IsNotStored()
    {
        var project = Ids.New("project");
        var promptId = await cluster.NewPromptAsync("refused_tool", 1, null);

        await cluster.Budgets.CheckAndUpdateBudgetAsync(project, "refused_tool", promptId);
        await Assert.ThrowsAsync<BudgetExceededException>(
            () => cluster.Budgets.CheckAndUpdateBudgetAsync(project, "refused_tool", promptId));
        var stored = await cluster.ReadStoredUsageAsync(project, "refused_tool");

        Assert.Equal(1, stored!.Hourly.Sum(b => b.Count));
    }

    [Fact]
    public async Task CheckAndUpdate_GrainThrows_BudgetExceededExceptionCrossesTheWireWithEveryField()
    {
        var project = Ids.New("project");
        var promptId = await cluster.NewPromptAsync("wire_tool", 1, null);
        var grain = cluster.Grain(project, "wire_tool");
        await grain.CheckAndUpdateAsync(promptId);

        var error = await Assert.ThrowsAsync<BudgetExceededException>(() => grain.CheckAndUpdateAsync(promptId));

        Assert.Equal((project, "wire_tool"), (error.ProjectId, error.ToolName));
        Assert.Equal((BudgetWindow.Hourly, 1, 1), (error.LimitType, error.CurrentUsage, error.Limit));
        Assert.True(error.RetryAfter > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, error.ResetAt.Offset);
        Assert.Contains("wire_tool", error.Message, StringComparison.Ordinal);
        Assert.Contains("hourly limit of 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAndUpdate_IdsThatConcatenateAlike_HaveSeparateBudgets()
    {
        var suffix = Guid.NewGuid().ToString("N");
        var promptId = await cluster.NewPromptAsync("b/c", 1, null);
        await cluster.Budgets.SetCustomLimitsAsync(
            promptId,
            new Dictionary<string, ToolLimitOverride> { ["b/c"] = new(1, null), ["c"] = new(1, null) });

        var first = await cluster.Budgets.TryCheckAndUpdateBudgetAsync($"a{suffix}/b", "c", promptId);
        var second = await cluster.Budgets.TryCheckAndUpdateBudgetAsync($"a{suffix}", "b/c", promptId);
        var third = await cluster.Budgets.TryCheckAndUpdateBudgetAsync($"a{suffix}%2Fb", "c", promptId);

        Assert.True(first.Admitted);
        Assert.True(second.Admitted);
        Assert.True(third.Admitted);
    }

    [Theory]
    [InlineData("", "tool", "project_id")]
    [InlineData("project", "   ", "tool_name")]
    [InlineData("pro\nject", "tool", "project_id")]
    [InlineData("project", "to\u0000ol", "tool_name")]
    public async Task CheckAndUpdate_InvalidId_IsRefusedNamingTheId(string projectId, string toolName, string named)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => cluster.Budgets.CheckAndUpdateBudgetAsync(projectId, toolName));

        Assert.Equal(named, error.ParamName);
        Assert.StartsWith(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAndUpdate_OverLongId_IsRefusedNamingTheLength()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => cluster.Budgets.CheckAndUpdateBudgetAsync(new string('p', 257), "tool"));

        Assert.Equal("project_id", error.ParamName);
        Assert.Contains("257", error.Message, StringComparison.Ordinal);
    }
}
