using FluentMcp.Orleans.Grains.Tests.Infrastructure;

namespace FluentMcp.Orleans.Grains.Tests.Cluster;

[Collection(BudgetCluster.Collection)]
public sealed class LimitResolutionTests(BudgetCluster cluster)
{
    [Fact]
    public async Task CheckAndUpdate_ToolWithoutLimits_UsesGlobalDefaults()
    {
        var project = Ids.New("project");

        var status = await cluster.Budgets.CheckAndUpdateBudgetAsync(project, "unconfigured_tool");

        Assert.Equal((100, 1000), (status.Hourly.Limit, status.Daily.Limit));
        Assert.Equal((1, 1), (status.Hourly.Usage, status.Daily.Usage));
        Assert.Equal((99, 999), (status.Hourly.Remaining, status.Daily.Remaining));
    }

    [Fact]
    public async Task CheckAndUpdate_ToolWithConfiguredDefaults_UsesThem()
    {
        var status = await cluster.Budgets.CheckAndUpdateBudgetAsync(Ids.New("project"), "search_database");

        Assert.Equal((50, 500), (status.Hourly.Limit, status.Daily.Limit));
    }

    [Fact]
    public async Task CheckAndUpdate_ToolConfiguredWithHourlyOnly_KeepsGlobalDailyDefault()
    {
        var status = await cluster.Budgets.CheckAndUpdateBudgetAsync(Ids.New("project"), "hourly_only_tool");

        Assert.Equal((7, 1000), (status.Hourly.Limit, status.Daily.Limit));
    }

    [Fact]
    public async Task CheckAndUpdate_PromptFileOverride_UsesPromptLimits()
    {
        var project = Ids.New("project");

        var search = await cluster.Budgets.CheckAndUpdateBudgetAsync(project, "search_database", "data_analysis_prompt");
        var chart = await cluster.Budgets.CheckAndUpdateBudgetAsync(project, "generate_chart", "data_analysis_prompt");

        Assert.Equal((20, 200), (search.Hourly.Limit, search.Daily.Limit));
        Assert.Equal((5, 50), (chart.Hourly.Limit, chart.Daily.Limit));
    }

    [Fact]
    public async Task CheckAndUpdate_PromptSetsOnlyHourly_DailyFallsBackToToolThenGlobalDefault()
    {
        var project = Ids.New("project");

        var partial = await cluster.Budgets.CheckAndUpdateBudgetAsync(project, "partial_tool", "partial_prompt");
        var search = await cluster.Budgets.CheckAndUpdateBudgetAsync(project, "search_database", "partial_prompt");

        Assert.Equal((4, 1000), (partial.Hourly.Limit, partial.Daily.Limit));
        Assert.Equal((9, 500), (search.Hourly.Limit, search.Daily.Limit));
    }

    [Fact]
    public async Task CheckAndUpdate_PromptDoesNotLimitTool_UsesToolDefaults()
    {
        var status = await cluster.Budgets.CheckAndUpdateBudgetAsync(
            Ids.New("project"), "limited_tool", "data_analysis_prompt");

        Assert.Equal((3, 5), (status.Hourly.Limit, status.Daily.Limit));
    }

    [Fact]
    public async Task CheckAndUpdate_UsageIsSharedAcrossPrompts_PromptChangesOnlyTheLimits()
    {
        var project = Ids.New("project");

        await cluster.Budgets.CheckAndUpdateBudgetAsync(project, "search_database");
        var underPrompt = await cluster.Budgets.CheckAndUpdateBudgetAsync(
            project, "search_database", "data_analysis_prompt");

        Assert.Equal(2, underPrompt.Hourly.Usage);
        Assert.Equal(18, underPrompt.Hourly.Remaining);
    }

    [Fact]
    public async Task CheckAndUpdate_UnknownPrompt_FailsNamingThePromptAndCountsNothing()
    {
        var project = Ids.New("project");

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => cluster.Budgets.CheckAndUpdateBudgetAsync(project, "search_database", "no_such_prompt"));
        var status = await cluster.Budgets.GetRemainingBudgetAsync(project, "search_database");

        Assert.Contains("no_such_prompt", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, status.Hourly.Usage);
    }

    [Fact]
    public async Task SetCustomLimits_RuntimeLimitsGoOverFileLimitsFieldByFieldForNamedToolsOnly()
    {
        var project = Ids.New("project");
        var promptId = "data_analysis_prompt";
        var original = await cluster.Budgets.GetRemainingBudgetAsync(project, "search_database", promptId);

        await cluster.Budgets.SetCustomLimitsAsync(
            promptId,
            new Dictionary<string, ToolLimitOverride> { ["analyze_data"] = new(2, null) });
        var search = await cluster.Budgets.GetRemainingBudgetAsync(project, "search_database", promptId);
        var analyze = await cluster.Budgets.GetRemainingBudgetAsync(project, "analyze_data", promptId);
        await cluster.Budgets.SetCustomLimitsAsync(
            promptId,
            new Dictionary<string, ToolLimitOverride> { ["analyze_data"] = new(15, 150) });

        Assert.Equal((20, 200), (original.Hourly.Limit, original.Daily.Limit));
        Assert.Equal((20, 200), (search.Hourly.Limit, search.Daily.Limit));
        Assert.Equal((2, 150), (analyze.Hourly.Limit, analyze.Daily.Limit));
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(null, -5)]
    public async Task SetCustomLimits_NonPositiveLimit_IsRejectedNamingTheField(int? hourly, int? daily)
    {
        var promptId = Ids.New("prompt");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => cluster.Budgets.SetCustomLimitsAsync(
            promptId,
            new Dictionary<string, ToolLimitOverride> { ["some_tool"] = new(hourly, daily) }));

        Assert.Contains(hourly is null ? "daily_limit" : "hourly_limit", error.Message, StringComparison.Ordinal);
        Assert.Contains("some_tool", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetCustomLimits_AppliesToTheNextCallOnEverySilo()
    {
        var project = Ids.New("project");
        var promptId = await cluster.NewPromptAsync("shared_tool", 1, null);
        var factories = cluster.SiloGrainFactories;
        var key = ToolBudgetKey.Format(project, "shared_tool");

        var first = await factories[0].GetGrain<IToolBudgetGrain>(key).TryAdmitAsync(promptId);
        var second = await factories[1].GetGrain<IToolBudgetGrain>(key).TryAdmitAsync(promptId);
        await cluster.Budgets.SetCustomLimitsAsync(
            promptId,
            new Dictionary<string, ToolLimitOverride> { ["shared_tool"] = new(2, null) });
        var third = await factories[1].GetGrain<IToolBudgetGrain>(key).TryAdmitAsync(promptId);

        Assert.True(first.Admitted);
        Assert.False(second.Admitted);
        Assert.True(third.Admitted);
    }
}
