namespace FluentMcp.Orleans;

/// <summary>
/// Budget views that need the server's configuration (default limits, prompts, known tools). It runs as a
/// stateless worker on every silo, so views scale with the cluster. Use the key <c>0</c>.
/// </summary>
[Alias("FluentMcp.IBudgetQueryGrain")]
public interface IBudgetQueryGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Gets the status of one tool, or of every tool of a project: the tools that hold usage, that have
    /// configured limits, or that the prompt limits.
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="toolName">One tool, or <see langword="null"/> for every tool.</param>
    /// <param name="promptId">The prompt whose limits apply, or <see langword="null"/> for the defaults.</param>
    /// <returns>The status of each tool, in ordinal order of tool name.</returns>
    [Alias("GetBudgetStatus")]
    Task<IReadOnlyList<ToolBudgetStatus>> GetBudgetStatusAsync(string projectId, string? toolName, string? promptId);

    /// <summary>
    /// Gets the <c>check_tool_budget</c> view of one tool.
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="toolName">The tool.</param>
    /// <param name="promptId">The prompt whose limits apply, or <see langword="null"/> for the defaults.</param>
    /// <returns>The view.</returns>
    [Alias("CheckToolBudget")]
    Task<ToolBudgetCheck> CheckToolBudgetAsync(string projectId, string toolName, string? promptId);

    /// <summary>
    /// Drops expired usage of one project, or of every project, at once.
    /// </summary>
    /// <param name="projectId">One project, or <see langword="null"/> for every project.</param>
    /// <returns>How many (project, tool) budgets were emptied and cleared.</returns>
    [Alias("Cleanup")]
    Task<int> CleanupAsync(string? projectId);
}
