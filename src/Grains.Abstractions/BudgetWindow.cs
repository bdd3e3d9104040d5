namespace FluentMcp.Orleans;

/// <summary>
/// The sliding windows that a tool budget enforces.
/// </summary>
[GenerateSerializer]
[Alias("FluentMcp.BudgetWindow")]
public enum BudgetWindow
{
    /// <summary>The calls admitted in the last hour.</summary>
    Hourly = 0,

    /// <summary>The calls admitted in the last 24 hours.</summary>
    Daily = 1,
}
