namespace FluentMcp.Orleans;

/// <summary>
/// The answer of <c>check_tool_budget</c>: what is left of a tool's budget and how close it is to running out.
/// </summary>
/// <param name="ToolName">The tool.</param>
/// <param name="Status">Ok, warning, exhausted, or unknown for a tool the server does not have.</param>
/// <param name="Hourly">The hourly window; <see langword="null"/> for an unknown tool.</param>
/// <param name="Daily">The daily window; <see langword="null"/> for an unknown tool.</param>
/// <param name="Warnings">One text for each window that is low or exhausted.</param>
[GenerateSerializer]
[Immutable]
[Alias("FluentMcp.ToolBudgetCheck")]
public sealed record ToolBudgetCheck(
    [property: Id(0)] string ToolName,
    [property: Id(1)] BudgetCheckStatus Status,
    [property: Id(2)] WindowRemaining? Hourly,
    [property: Id(3)] WindowRemaining? Daily,
    [property: Id(4)] IReadOnlyList<string> Warnings);
