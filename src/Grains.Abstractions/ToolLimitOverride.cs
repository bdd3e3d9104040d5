namespace FluentMcp.Orleans;

/// <summary>
/// Limits that a prompt sets for one tool. A field left <see langword="null"/> keeps the tool's default.
/// </summary>
/// <param name="HourlyLimit">The hourly limit, or <see langword="null"/> to keep the default.</param>
/// <param name="DailyLimit">The daily limit, or <see langword="null"/> to keep the default.</param>
[GenerateSerializer]
[Immutable]
[Alias("FluentMcp.ToolLimitOverride")]
public sealed record ToolLimitOverride(
    [property: Id(0)] int? HourlyLimit,
    [property: Id(1)] int? DailyLimit)
{
    /// <summary>
    /// Applies this override on top of <paramref name="defaults"/>, field by field.
    /// </summary>
    /// <param name="defaults">The limits that apply where this override is silent.</param>
    /// <returns>The resolved limits.</returns>
    public BudgetLimits ApplyTo(BudgetLimits defaults) =>
        new(HourlyLimit ?? defaults.HourlyLimit, DailyLimit ?? defaults.DailyLimit);

    /// <summary>
    /// Throws when a limit is set but is not a positive whole number.
    /// </summary>
    /// <param name="toolName">The tool the override is for, named in the error.</param>
    /// <exception cref="ArgumentException">A limit is zero or negative.</exception>
    public void Validate(string toolName)
    {
        if (HourlyLimit is <= 0)
        {
            throw new ArgumentException(
                $"The hourly_limit of tool '{toolName}' must be a positive whole number, not {HourlyLimit}.",
                "hourly_limit");
        }

        if (DailyLimit is <= 0)
        {
            throw new ArgumentException(
                $"The daily_limit of tool '{toolName}' must be a positive whole number, not {DailyLimit}.",
                "daily_limit");
        }
    }
}
