namespace FluentMcp.Orleans.Grains.Budgets;

/// <summary>
/// The stored usage of one (project, tool) budget. Buckets are in ascending order of their end.
/// </summary>
[GenerateSerializer]
[Alias("FluentMcp.ToolBudgetState")]
internal sealed class ToolBudgetState
{
    [Id(0)]
    public List<UsageBucket> Hourly { get; set; } = [];

    [Id(1)]
    public List<UsageBucket> Daily { get; set; } = [];

    /// <summary>
    /// The latest instant (UTC ticks) the budget has seen, so that a clock stepping back frees nothing.
    /// </summary>
    [Id(2)]
    public long LastSeenTicks { get; set; }

    public bool IsEmpty => Hourly.Count == 0 && Daily.Count == 0;
}
