using FluentMcp.Orleans.Grains.Tests.Infrastructure;

namespace FluentMcp.Orleans.Grains.Tests.Cluster;

[Collection(BudgetCluster.Collection)]
public sealed class RemainingBudgetTests(BudgetCluster cluster)
{
    [Fact]
    public async Task GetRemainingBudget_OneTool_ReportsUsageAndRemainingWithoutCounting()
    {
        var project = Ids.New("project");
        for (var i = 0; i < 5; i++)
        {
            await cluster.Budgets.CheckAndUpdateBudgetAsync(project, "search_database");
        }

        var first = await cluster.Budgets.GetRemainingBudgetAsync(project, "search_database");
        var second = await cluster.Budgets.GetRemainingBudgetAsync(project, "search_database");

        Assert.Equal(first with { }, second with { });
        Assert.Equal((5, 45), (first.Hourly.Usage, first.Hourly.Remaining));
        Assert.Equal((5, 495), (first.Daily.Usage, first.Daily.Remaining));
        Assert.NotNull(first.Hourly.NextAvailableAt);
    }

    [Fact]
    public async Task GetRemainingBudget_UnusedTool_HasNoNextAvailableTime()
    {
        var status = await cluster.Budgets.GetRemainingBudgetAsync(Ids.New("project"), "search_database");

        Assert.Equal(0, status.Hourly.Usage);
        Assert.Null(status.Hourly.NextAvailableAt);
        Assert.Null(status.Daily.NextAvailableAt);
    }

    [Fact]
    public async Task GetRemainingBudgets_AllTools_ListsUsedAndConfiguredTools()
    {
        var project = Ids.New("project");
        await cluster.Budgets.CheckAndUpdateBudgetAsync(project, "used_tool");
        await cluster.Budgets.CheckAndUpdateBudgetAsync(project, "search_database");

        var all = await cluster.Budgets.GetRemainingBudgetsAsync(project);

        Assert.Equal(
            ["hourly_only_tool", "limited_tool", "search_database", "used_tool"],
            all.Select(s => s.ToolName));
        Assert.Equal(1, all.Single(s => s.ToolName == "used_tool").Hourly.Usage);
        Assert.Equal(1, all.Single(s => s.ToolName == "search_database").Hourly.Usage);
        Assert.Equal(0, all.Single(s => s.ToolName == "limited_tool").Hourly.Usage);
    }

    [Fact]
    public async Task GetRemainingBudgets_UnderPrompt_AddsThePromptsToolsWithItsLimits()
    {
        var project = Ids.New("project");

        var all = await cluster.Budgets.GetRemainingBudgetsAsync(project, "data_analysis_prompt");

        Assert.Equal(
            ["analyze_data", "generate_chart", "hourly_only_tool", "limited_tool", "search_database"],
            all.Select(s => s.ToolName));
        Assert.Equal(15, all.Single(s => s.ToolName == "analyze_data").Hourly.Limit);
        Assert.Equal(20, all.Single(s => s.ToolName == "search_database").Hourly.Limit);
        Assert.All(all, s => Assert.Equal("data_analysis_prompt", s.PromptId));
    }
}
