namespace FluentMcp.Orleans.Grains.Hosting;

/// <summary>
/// Default limits, prompts and window precision of a FluentMcp.Orleans silo, bound from the <c>Budget</c> section.
/// </summary>
public sealed class BudgetOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Budget";

    /// <summary>Gets or sets the hourly limit of a tool that has no limits of its own. Default: 100.</summary>
    public int DefaultHourlyLimit { get; set; } = 100;

    /// <summary>Gets or sets the daily limit of a tool that has no limits of its own. Default: 1000.</summary>
    public int DefaultDailyLimit { get; set; } = 1000;

    /// <summary>
    /// Gets or sets the project of an MCP call that names none (no <c>X-Project-Id</c> header and no
    /// <c>_meta.project_id</c>). Default: <c>default</c>.
    /// </summary>
    public string DefaultProjectId { get; set; } = "default";

    /// <summary>Gets the default limits of single tools, by tool name. Default: none.</summary>
    public Dictionary<string, ToolLimitOptions> DefaultLimits { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Gets or sets the folder read recursively for prompt files (<c>*.md</c>), relative to the content root;
    /// empty for none. Default: <c>prompts</c>.
    /// </summary>
    public string? PromptsDirectory { get; set; } = "prompts";

    /// <summary>
    /// Gets or sets the bucket size of the hourly window: a call may count up to this much longer than one hour.
    /// Default: 1 minute.
    /// </summary>
    public TimeSpan HourlyBucket { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Gets or sets the bucket size of the daily window: a call may count up to this much longer than 24 hours.
    /// Default: 15 minutes.
    /// </summary>
    public TimeSpan DailyBucket { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Gets or sets how often a budget that holds usage drops its expired buckets, and so how late its stored state
    /// is cleared once all usage has left the daily window. Default: 30 minutes.
    /// </summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Gets or sets how far budget time is moved from the system clock. For tests across processes only, where a
    /// fake clock cannot reach: a silo started with <c>1.01:00:00</c> (25 hours) sees every stored call as more than
    /// a day old. Orleans' own timers keep the system clock. Default: zero.
    /// </summary>
    public TimeSpan ClockOffset { get; set; } = TimeSpan.Zero;

    /// <summary>Gets the limits that apply to <paramref name="toolName"/> when no prompt overrides them.</summary>
    /// <param name="toolName">The tool.</param>
    /// <returns>The tool's configured limits, field by field over the global defaults.</returns>
    public BudgetLimits LimitsFor(string toolName)
    {
        var global = new BudgetLimits(DefaultHourlyLimit, DefaultDailyLimit);
        return DefaultLimits.TryGetValue(toolName, out var tool)
            ? new BudgetLimits(tool.HourlyLimit ?? global.HourlyLimit, tool.DailyLimit ?? global.DailyLimit)
            : global;
    }
}
