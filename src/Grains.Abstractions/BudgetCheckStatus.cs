namespace FluentMcp.Orleans;

/// <summary>
/// The summary that <c>check_tool_budget</c> gives for one tool.
/// </summary>
[GenerateSerializer]
[Alias("FluentMcp.BudgetCheckStatus")]
public enum BudgetCheckStatus
{
    /// <summary>Both windows have more than 10 % of their limit left.</summary>
    Ok = 0,

    /// <summary>A window has at most 10 % of its limit left, but not nothing.</summary>
    Warning = 1,

    /// <summary>A window has nothing left: the next call would be refused.</summary>
    Exhausted = 2,

    /// <summary>The server does not have this tool.</summary>
    Unknown = 3,
}
