namespace FluentMcp.Orleans.Benchmarks;

/// <summary>
/// What an in-silo round calls.
/// </summary>
[GenerateSerializer]
[Alias("FluentMcp.Bench.InSiloTarget")]
public enum InSiloTarget
{
    /// <summary>A budget check-and-update through <c>IToolBudgetClient</c>, as the MCP endpoint makes it.</summary>
    Budget,

    /// <summary>The bare grain.</summary>
    Bare,
}
