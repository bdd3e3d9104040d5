namespace FluentMcp.Orleans;

/// <summary>
/// The effective limits of one tool: whole calls per sliding hour and per sliding day.
/// </summary>
/// <param name="HourlyLimit">The most calls admitted in any one-hour window.</param>
/// <param name="DailyLimit">The most calls admitted in any 24-hour window.</param>
[GenerateSerializer]
[Immutable]
[Alias("FluentMcp.BudgetLimits")]
public readonly record struct BudgetLimits(
    [property: Id(0)] int HourlyLimit,
    [property: Id(1)] int DailyLimit)
{
    /// <summary>
    /// Gets the limit of one window.
    /// </summary>
    /// <param name="window">The window.</param>
    /// <returns>The limit that applies to <paramref name="window"/>.</returns>
    public int For(BudgetWindow window) => window == BudgetWindow.Hourly ? HourlyLimit : DailyLimit;
}
