using FluentMcp.Orleans.Grains.Tests.Infrastructure;

namespace FluentMcp.Orleans.Grains.Tests.Cluster;

[Collection(BudgetCluster.Collection)]
public sealed class CheckToolBudgetTests(BudgetCluster cluster)
{
    [Fact]
    public async Task CheckToolBudget_PlentyLeft_IsOkWithoutWarnings()
    {
        var project = Ids.New("project");
        await cluster.Budgets.CheckAndUpdateBudgetAsync(project, "search_database");

        var check = await cluster.Budgets.CheckToolBudgetAsync(project, "search_database");

        Assert.Equal(BudgetCheckStatus.Ok, check.Status);
        Assert.Empty(check.Warnings);
        Assert.Equal((49, 50), (check.Hourly!.Remaining, check.Hourly.Limit));
        Assert.Equal((499, 500), (check.Daily!.Remaining, check.Daily.Limit));
    }

    [Fact]
    public async Task CheckToolBudget_OneLeftOfTen_IsAWarningWithOneText()
    {
        var (project, promptId) = await UseAsync("warn_tool", 10, 1000, calls: 9);

        var check = await cluster.Budgets.CheckToolBudgetAsync(project, "warn_tool", promptId);

        Assert.Equal(BudgetCheckStatus.Warning, check.Status);
        var warning = Assert.Single(check.Warnings);
        Assert.Contains("Hourly", warning, StringComparison.Ordinal);
        Assert.Contains("1 of 10", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(90, BudgetCheckStatus.Warning)]
    [InlineData(89, BudgetCheckStatus.Ok)]
    public async Task CheckToolBudget_TenPercentOfALargerLimit_IsTheWarningThreshold(int calls, BudgetCheckStatus expected)
    {
        var (project, promptId) = await UseAsync("pct_tool", 100, 1000, calls);

        var check = await cluster.Budgets.CheckToolBudgetAsync(project, "pct_tool", promptId);

        Assert.Equal(expected, check.Status);
    }

    [Fact]
    public async Task CheckToolBudget_BothWindowsLow_GivesBothTexts()
    {
        var (project, promptId) = await UseAsync("both_low_tool", 10, 10, calls: 9);

        var check = await cluster.Budgets.CheckToolBudgetAsync(project, "both_low_tool", promptId);

        Assert.Equal(BudgetCheckStatus.Warning, check.Status);
        Assert.Equal(2, check.Warnings.Count);
        Assert.Contains(check.Warnings, w => w.StartsWith("Hourly", StringComparison.Ordinal));
        Assert.Contains(check.Warnings, w => w.StartsWith("Daily", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckToolBudget_NothingLeft_IsExhaustedAndSaysWhenMoreComes()
    {
        var (project, promptId) = await UseAsync("gone_tool", 3, 1000, calls: 3);

        var check = await cluster.Budgets.CheckToolBudgetAsync(project, "gone_tool", promptId);

        Assert.Equal(BudgetCheckStatus.Exhausted, check.Status);
        Assert.Equal(0, check.Hourly!.Remaining);
        Assert.Contains("exhausted", Assert.Single(check.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckToolBudget_ToolTheServerDoesNotHave_IsUnknownAndCountsNothing()
    {
        var project = Ids.New("project");

        var check = await cluster.Budgets.CheckToolBudgetAsync(project, "no_such_tool");
        var all = await cluster.Budgets.GetRemainingBudgetsAsync(project);

        Assert.Equal(BudgetCheckStatus.Unknown, check.Status);
        Assert.Null(check.Hourly);
        Assert.Null(check.Daily);
        Assert.DoesNotContain(all, s => s.ToolName == "no_such_tool");
    }

    [Fact]
    public async Task CheckToolBudget_ToolNamedByAPromptFile_IsKnown()
    {
        var check = await cluster.Budgets.CheckToolBudgetAsync(Ids.New("project"), "generate_chart");

        Assert.Equal(BudgetCheckStatus.Ok, check.Status);
        Assert.Equal(100, check.Hourly!.Limit);
    }

    private async Task<(string Project, string PromptId)> UseAsync(string tool, int hourly, int daily, int calls)
    {
        var project = Ids.New("project");
        var promptId = await cluster.NewPromptAsync(tool, hourly, daily);
        for (var i = 0; i < calls; i++)
        {
            await cluster.Budgets.CheckAndUpdateBudgetAsync(project, tool, promptId);
        }

        return (project, promptId);
    }
}
