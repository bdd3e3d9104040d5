namespace FluentMcp.Orleans.Grains.Budgets;

/// <summary>
/// The calls admitted in one time bucket, identified by the instant the bucket ends (UTC ticks).
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("FluentMcp.UsageBucket")]
internal readonly record struct UsageBucket(
    [property: Id(0)] long EndTicks,
    [property: Id(1)] int Count);
