namespace FluentMcp.Orleans;

/// <summary>
/// Usage and limits of one tool in one project, under the limits of an optional prompt.
/// </summary>
/// <param name="ProjectId">The project.</param>
/// <param name="ToolName">The tool.</param>
/// <param name="PromptId">The prompt whose limits apply, or <see langword="null"/> for the defaults.</param>
/// <param name="Hourly">The hourly window.</param>
/// <param name="Daily">The daily window.</param>
[GenerateSerializer]
[Immutable]
[Alias("FluentMcp.ToolBudgetStatus")]
public sealed record ToolBudgetStatus(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] string ToolName,
    [property: Id(2)] string? PromptId,
    [property: Id(3)] WindowUsage Hourly,
    [property: Id(4)] WindowUsage Daily)
{
    /// <summary>
    /// Gets one of the two windows.
    /// </summary>
    /// <param name="window">The window.</param>
    /// <returns>The usage of <paramref name="window"/>.</returns>
    public WindowUsage For(BudgetWindow window) => window == BudgetWindow.Hourly ? Hourly : Daily;
}
