using FluentMcp.Orleans.Grains.Budgets;

namespace FluentMcp.Orleans.Grains.Tests.Units;

public sealed class SlidingWindowTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void Add_CallsInOneBucket_ShareOneEntry()
    {
        var window = new SlidingWindow(Hour, Minute);

        for (var second = 0; second < 60; second += 5)
        {
            window.Add(Start.AddSeconds(second));
        }

        Assert.Equal(12, window.Count);
        Assert.Single(window.Buckets);
    }

    [Fact]
    public void Add_ManyCallsOverADay_KeepsAtMostOneEntryPerBucketInsideTheWindow()
    {
        var window = new SlidingWindow(Hour, Minute);

        for (var i = 0; i < 24 * 60 * 6; i++)
        {
            var now = Start.AddSeconds(i * 10);
            window.Prune(now);
            window.Add(now);
        }

        Assert.InRange(window.Buckets.Count, 60, 61);
    }

    [Fact]
    public void Prune_CallCountsUntilItsBucketEndPlusTheWindow_NeverShorterThanTheWindow()
    {
        var window = new SlidingWindow(Hour, Minute);
        var call = Start.AddSeconds(50);
        window.Add(call);

        window.Prune(call + Hour - TimeSpan.FromTicks(1));
        var countedAtWindowEnd = window.Count;
        window.Prune(Start + Minute + Hour - TimeSpan.FromTicks(1));
        var countedAtBucketEnd = window.Count;
        window.Prune(Start + Minute + Hour);

        Assert.Equal(1, countedAtWindowEnd);
        Assert.Equal(1, countedAtBucketEnd);
        Assert.Equal(0, window.Count);
    }

    [Fact]
    public void WhenCountAtMost_BucketsExpireOldestFirst_GivesTheInstantEnoughHaveLeft()
    {
        var window = new SlidingWindow(Hour, Minute);
        window.Add(Start);
        window.Add(Start.AddMinutes(20));
        window.Add(Start.AddMinutes(40));
        var now = Start.AddMinutes(50);

        Assert.Equal(now, window.WhenCountAtMost(3, now));
        Assert.Equal(Start.AddMinutes(61), window.WhenCountAtMost(2, now));
        Assert.Equal(Start.AddMinutes(81), window.WhenCountAtMost(1, now));
        Assert.Equal(Start.AddMinutes(101), window.WhenCountAtMost(0, now));
    }

    [Fact]
    public void Describe_UsageAboveALoweredLimit_RemainingIsZeroAndNextAvailableIsWhenUsageDropsBelowTheLimit()
    {
        var window = new SlidingWindow(Hour, Minute);
        for (var i = 0; i < 6; i++)
        {
            window.Add(Start.AddMinutes(i * 5));
        }

        var usage = window.Describe(limit: 5, Start.AddMinutes(30));

        Assert.Equal((6, 0), (usage.Usage, usage.Remaining));
        Assert.Equal(Start.AddMinutes(5 + 1 + 60), usage.NextAvailableAt);
        Assert.Equal(Start.AddMinutes(25 + 1 + 60), usage.ResetAt);
    }

    [Fact]
    public void Describe_Empty_ResetsNowAndHasNoNextAvailableTime()
    {
        var usage = new SlidingWindow(Hour, Minute).Describe(10, Start);

        Assert.Equal((0, 10), (usage.Usage, usage.Remaining));
        Assert.Equal(Start, usage.ResetAt);
        Assert.Null(usage.NextAvailableAt);
    }

    [Fact]
    public void Add_BucketsStoredUnderALargerBucketSize_CountInTheLatestBucketInsteadOfAnEarlierOne()
    {
        var stored = new[] { new UsageBucket(Start.AddMinutes(15).UtcTicks, 4) };
        var window = new SlidingWindow(Hour, Minute, stored);

        window.Add(Start.AddMinutes(2));

        Assert.Equal(5, window.Count);
        Assert.Equal(Start.AddMinutes(15).UtcTicks, Assert.Single(window.Buckets).EndTicks);
    }
}
