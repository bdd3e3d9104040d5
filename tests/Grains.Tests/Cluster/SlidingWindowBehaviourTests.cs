using FluentMcp.Orleans.Grains.Tests.Infrastructure;

namespace FluentMcp.Orleans.Grains.Tests.Cluster;

[Collection(BudgetCluster.Collection)]
public sealed class SlidingWindowBehaviourTests(BudgetCluster cluster)
{
    private static readonly TimeSpan HourlyBucket = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan DailyBucket = TimeSpan.FromMinutes(15);

    private SteppingClock Clock => cluster.Clock;

    [Fact]
    public async Task CheckAndUpdate_HourlyThenDailyLimitReached_RefusesWithTheRightWindowAndCountsNothing()
    {
        var project = Ids.New("project");
        Clock.AdvanceToNext(9, 0);
        var admitted = await AdmitAsync(project, "limited_tool", null, 3);

        var hourly = await Assert.ThrowsAsync<BudgetExceededException>(
            () => cluster.Budgets.CheckAndUpdateBudgetAsync(project, "limited_tool"));
        Clock.Advance(TimeSpan.FromMinutes(62));
        var later = await AdmitAsync(project, "limited_tool", null, 2);
        var daily = await Assert.ThrowsAsync<BudgetExceededException>(
            () => cluster.Budgets.CheckAndUpdateBudgetAsync(project, "limited_tool"));
        var status = await cluster.Budgets.GetRemainingBudgetAsync(project, "limited_tool");

        Assert.Equal((3, 2), (admitted, later));
        Assert.Equal((BudgetWindow.Hourly, 3, 3), (hourly.LimitType, hourly.CurrentUsage, hourly.Limit));
        Assert.Equal((BudgetWindow.Daily, 5, 5), (daily.LimitType, daily.CurrentUsage, daily.Limit));
        Assert.Equal((project, "limited_tool"), (daily.ProjectId, daily.ToolName));
        Assert.Equal((2, 5), (status.Hourly.Usage, status.Daily.Usage));
    }

    [Fact]
    public async Task CheckAndUpdate_TenCallsAt105950_RefusedAt110010UntilThoseCallsLeaveTheWindow()
    {
        var project = Ids.New("project");
        var promptId = await cluster.NewPromptAsync("sliding_tool", 10, null);
        var start = Clock.AdvanceToNext(10, 59, 50);
        Assert.Equal(10, await AdmitAsync(project, "sliding_tool", promptId, 10));

        Clock.Advance(TimeSpan.FromSeconds(20));
        var refusedAt = Clock.Now;
        var refused = await TryAdmitAsync(project, "sliding_tool", promptId);
        Clock.SetTo(start + TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1));
        var stillRefused = await TryAdmitAsync(project, "sliding_tool", promptId);
        Clock.SetTo(refused.Refusal!.ResetAt);
        var admitted = await TryAdmitAsync(project, "sliding_tool", promptId);

        Assert.False(refused.Admitted);
        Assert.Equal(BudgetWindow.Hourly, refused.Refusal.LimitType);
        var expected = TimeSpan.FromSeconds(3580);
        Assert.InRange(refused.Refusal.RetryAfter, expected, expected + HourlyBucket);
        Assert.Equal(refusedAt + refused.Refusal.RetryAfter, refused.Refusal.ResetAt);
        Assert.False(stillRefused.Admitted);
        Assert.True(admitted.Admitted);
    }

    [Fact]
    public async Task CheckAndUpdate_CallsAt1000_1020_1040_RefusedAt1050WithAboutTenMinutes()
    {
        var project = Ids.New("project");
        var promptId = await cluster.NewPromptAsync("retry_tool", 3, null);
        Clock.AdvanceToNext(10, 0);
        await AdmitAsync(project, "retry_tool", promptId, 1);
        Clock.Advance(TimeSpan.FromMinutes(20));
        await AdmitAsync(project, "retry_tool", promptId, 1);
        Clock.Advance(TimeSpan.FromMinutes(20));
        await AdmitAsync(project, "retry_tool", promptId, 1);
        Clock.Advance(TimeSpan.FromMinutes(10));
        var refusedAt = Clock.Now;

        var error = await Assert.ThrowsAsync<BudgetExceededException>(
            () => cluster.Budgets.CheckAndUpdateBudgetAsync(project, "retry_tool", promptId));

        Assert.InRange(error.RetryAfter, TimeSpan.FromSeconds(600), TimeSpan.FromSeconds(600) + HourlyBucket);
        Assert.Equal(refusedAt + error.RetryAfter, error.ResetAt);
    }

    [Fact]
    public async Task CheckAndUpdate_BothWindowsFull_RetryAfterIsTheLaterAndACallThenIsAdmitted()
    {
        var project = Ids.New("project");
        var promptId = await cluster.NewPromptAsync("both_tool", 2, 3);
        var early = Clock.AdvanceToNext(9, 0);
        await AdmitAsync(project, "both_tool", promptId, 1);
        Clock.Advance(TimeSpan.FromMinutes(60));
        await AdmitAsync(project, "both_tool", promptId, 1);
        Clock.Advance(TimeSpan.FromMinutes(20));
        await AdmitAsync(project, "both_tool", promptId, 1);
        Clock.Advance(TimeSpan.FromMinutes(10));

        var refused = await TryAdmitAsync(project, "both_tool", promptId);
        var retryAt = refused.Refusal!.ResetAt;
        Clock.SetTo(retryAt - TimeSpan.FromSeconds(1));
        var justBefore = await TryAdmitAsync(project, "both_tool", promptId);
        Clock.SetTo(retryAt);
        var atRetry = await TryAdmitAsync(project, "both_tool", promptId);

        Assert.Equal(BudgetWindow.Hourly, refused.Refusal.LimitType);
        Assert.InRange(retryAt - early, TimeSpan.FromDays(1), TimeSpan.FromDays(1) + DailyBucket);
        Assert.False(justBefore.Admitted);
        Assert.Equal(BudgetWindow.Daily, justBefore.Refusal!.LimitType);
        Assert.True(atRetry.Admitted);
    }

    [Fact]
    public async Task CheckAndUpdate_DailyLimitUsedAt1000_StillRefusedNextDayAt0959ThenFreesWithoutBackgroundWork()
    {
        var project = Ids.New("project");
        var promptId = await cluster.NewPromptAsync("daily_tool", 1000, 100);
        Clock.AdvanceToNext(10, 0);
        Assert.Equal(100, await AdmitAsync(project, "daily_tool", promptId, 100));

        Clock.AdvanceToNext(9, 59);
        var refused = await TryAdmitAsync(project, "daily_tool", promptId);
        Clock.SetTo(refused.Refusal!.ResetAt);
        var admittedAgain = await AdmitAsync(project, "daily_tool", promptId, 101);

        Assert.Equal(BudgetWindow.Daily, refused.Refusal.LimitType);
        Assert.InRange(refused.Refusal.RetryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1) + DailyBucket);
        Assert.Equal(100, admittedAgain);
    }

    [Fact]
    public async Task CheckAndUpdate_ClockStepsBack_FreesNothingAndRetryTimeStaysWithinTheWindow()
    {
        var project = Ids.New("project");
        var promptId = await cluster.NewPromptAsync("clock_tool", 2, null);
        Clock.AdvanceToNext(12, 0);
        await AdmitAsync(project, "clock_tool", promptId, 2);

        try
        {
            Clock.Offset = TimeSpan.FromHours(-3);
            var refused = await TryAdmitAsync(project, "clock_tool", promptId);
            var status = await cluster.Budgets.GetRemainingBudgetAsync(project, "clock_tool", promptId);

            Assert.False(refused.Admitted);
            Assert.InRange(refused.Refusal!.RetryAfter, TimeSpan.Zero, TimeSpan.FromHours(1) + HourlyBucket);
            Assert.Equal((2, 0), (status.Hourly.Usage, status.Hourly.Remaining));
        }
        finally
        {
            Clock.Offset = TimeSpan.Zero;
        }
    }

    private Task<BudgetDecision> TryAdmitAsync(string project, string tool, string? promptId) =>
        cluster.Budgets.TryCheckAndUpdateBudgetAsync(project, tool, promptId);

    /// <summary>
    /// Makes up to <paramref name="calls"/> calls one after another and returns how many were admitted.
    /// </summary>
    private async Task<int> AdmitAsync(string project, string tool, string? promptId, int calls)
    {
        var admitted = 0;
        for (var i = 0; i < calls; i++)
        {
            admitted += (await TryAdmitAsync(project, tool, promptId)).Admitted ? 1 : 0;
        }

        return admitted;
    }
}
