namespace FluentMcp.Orleans;

/// <summary>
/// Why a call was refused and when it would be admitted.
/// </summary>
/// <param name="LimitType">The window that refused the call (hourly is checked first).</param>
/// <param name="CurrentUsage">The usage of that window.</param>
/// <param name="Limit">The limit of that window.</param>
/// <param name="RetryAfter">How long until every window would admit the call.</param>
/// <param name="ResetAt">The instant from which every window would admit the call.</param>
[GenerateSerializer]
[Immutable]
[Alias("FluentMcp.BudgetRefusal")]
public sealed record BudgetRefusal(
    [property: Id(0)] BudgetWindow LimitType,
    [property: Id(1)] int CurrentUsage,
    [property: Id(2)] int Limit,
    [property: Id(3)] TimeSpan RetryAfter,
    [property: Id(4)] DateTimeOffset ResetAt);
