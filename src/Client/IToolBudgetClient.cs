namespace FluentMcp.Orleans.Client;

/// <summary>
/// Tool budgets held by a FluentMcp.Orleans cluster, for any process that hosts tools: check and count calls,
/// read what is left, set prompt limits and clean up old usage.
/// </summary>
public interface IToolBudgetClient
{
    /// <summary>
    /// Admits and counts one call of a tool, or throws without counting it when a window has no budget left.
    /// </summary>
    /// <param name="projectId">The project the call is made for.</param>
    /// <param name="toolName">The tool called.</param>
    /// <param name="promptId">The prompt whose limits apply, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops waiting for the answer; the call may still be counted.</param>
    /// <returns>The usage after the call.</returns>
    /// <exception cref="BudgetExceededException">The hourly or daily limit is reached.</exception>
    /// <exception cref="BudgetStorageException">The usage could not be stored; the call was not admitted.</exception>
    /// <exception cref="ArgumentException">An id is empty, too long, holds a control character, or names an
    /// unknown prompt.</exception>
    Task<ToolBudgetStatus> CheckAndUpdateBudgetAsync(
        string projectId,
        string toolName,
        string? promptId = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Admits and counts one call of a tool, or refuses it without counting it, and says which without throwing.
    /// </summary>
    /// <param name="projectId">The project the call is made for.</param>
    /// <param name="toolName">The tool called.</param>
    /// <param name="promptId">The prompt whose limits apply, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops waiting for the answer; the call may still be counted.</param>
    /// <returns>The decision and the usage after it.</returns>
    /// <exception cref="BudgetStorageException">The usage could not be stored; the call was not admitted.</exception>
    Task<BudgetDecision> TryCheckAndUpdateBudgetAsync(
        string projectId,
        string toolName,
        string? promptId = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets the usage and what is left of one tool's budget, without counting anything.
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="toolName">The tool.</param>
    /// <param name="promptId">The prompt whose limits apply, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops waiting for the answer.</param>
    /// <returns>The tool's status.</returns>
    Task<ToolBudgetStatus> GetRemainingBudgetAsync(
        string projectId,
        string toolName,
        string? promptId = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets the usage and what is left of every tool of a project: the tools it used, those with configured
    /// limits, and those the prompt limits.
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="promptId">The prompt whose limits apply, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops waiting for the answer.</param>
    /// <returns>One status per tool, in ordinal order of tool name.</returns>
    Task<IReadOnlyList<ToolBudgetStatus>> GetRemainingBudgetsAsync(
        string projectId,
        string? promptId = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets the budget status the <c>get_budget_status</c> tool reports: one tool, or every tool of the project.
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="toolName">One tool, or <see langword="null"/> for every tool.</param>
    /// <param name="promptId">The prompt whose limits apply, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops waiting for the answer.</param>
    /// <returns>One status per tool, in ordinal order of tool name.</returns>
    Task<IReadOnlyList<ToolBudgetStatus>> GetBudgetStatusAsync(
        string projectId,
        string? toolName = null,
        string? promptId = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets the <c>check_tool_budget</c> view of one tool: what is left of each window and whether the budget is
    /// ok, low (at most 10 % of a window left), exhausted, or unknown to the server.
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="toolName">The tool.</param>
    /// <param name="promptId">The prompt whose limits apply, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops waiting for the answer.</param>
    /// <returns>The view.</returns>
    Task<ToolBudgetCheck> CheckToolBudgetAsync(
        string projectId,
        string toolName,
        string? promptId = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the limits of a prompt at run time, replacing those set before. They are stored in the cluster, apply
    /// from the next call on every silo, and survive restarts where the cluster's storage is durable. They go over
    /// the prompt file's limits field by field: for a tool or a field not set here the file's limit, if any, still
    /// applies. Usage is kept: lowering a limit below it leaves nothing remaining.
    /// </summary>
    /// <param name="promptId">The prompt.</param>
    /// <param name="limits">The limits by tool name; a field left <see langword="null"/> keeps the default.</param>
    /// <param name="cancellationToken">Stops waiting for the answer; the limits may still be stored.</param>
    /// <returns>A task that completes once the limits are stored.</returns>
    /// <exception cref="ArgumentException">An id or a limit is not valid.</exception>
    Task SetCustomLimitsAsync(
        string promptId,
        IReadOnlyDictionary<string, ToolLimitOverride> limits,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Drops, at once, usage that has left both windows, for one project or for all. Budgets with nothing left
    /// have their stored state and cleanup reminder removed. Reminders do the same in the background.
    /// </summary>
    /// <param name="projectId">One project, or <see langword="null"/> for every project.</param>
    /// <param name="cancellationToken">Stops waiting for the answer.</param>
    /// <returns>How many (project, tool) budgets were emptied and cleared.</returns>
    Task<int> CleanupOldUsageDataAsync(string? projectId = null, CancellationToken cancellationToken = default);
}
