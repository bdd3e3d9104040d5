namespace FluentMcp.Orleans.Grains.Hosting;

/// <summary>
/// The configured default limits of one tool. A field left unset keeps the global default.
/// </summary>
public sealed class ToolLimitOptions
{
    /// <summary>
    /// Gets or sets the hourly limit. Default: the global <see cref="BudgetOptions.DefaultHourlyLimit"/>.
    /// </summary>
    public int? HourlyLimit { get; set; }

    /// <summary>
    /// Gets or sets the daily limit. Default: the global <see cref="BudgetOptions.DefaultDailyLimit"/>.
    /// </summary>
    public int? DailyLimit { get; set; }
}
