namespace FluentMcp.Orleans;

/// <summary>
/// The budget of one (project, tool) pair: the single writer of its sliding hourly and daily counters.
/// The key is made by <see cref="ToolBudgetKey.Format"/>.
/// </summary>
[Alias("FluentMcp.IToolBudgetGrain")]
public interface IToolBudgetGrain : IGrainWithStringKey
{
    /// <summary>
    /// Admits and counts one call if both windows allow it, or refuses it without counting it.
    /// The admission is acknowledged only after the storage write that records it.
    /// </summary>
    /// <param name="promptId">The prompt whose limits apply, or <see langword="null"/> for the defaults.</param>
    /// <returns>The decision, with the usage after it.</returns>
    [Alias("TryAdmit")]
    Task<BudgetDecision> TryAdmitAsync(string? promptId);

    /// <summary>
    /// Admits and counts one call, or throws <see cref="BudgetExceededException"/> without counting it.
    /// </summary>
    /// <param name="promptId">The prompt whose limits apply, or <see langword="null"/> for the defaults.</param>
    /// <returns>The usage after the admitted call.</returns>
    /// <exception cref="BudgetExceededException">A window has no budget left.</exception>
    [Alias("CheckAndUpdate")]
    Task<ToolBudgetStatus> CheckAndUpdateAsync(string? promptId);

    /// <summary>
    /// Gets the usage and the limits that apply under an optional prompt, without counting anything.
    /// </summary>
    /// <param name="promptId">The prompt whose limits apply, or <see langword="null"/> for the defaults.</param>
    /// <returns>The current status.</returns>
    [Alias("GetStatus")]
    Task<ToolBudgetStatus> GetStatusAsync(string? promptId);

    /// <summary>
    /// Drops the usage that has left both windows at once; clears the stored state and the cleanup reminder
    /// when nothing is left.
    /// </summary>
    /// <returns><see langword="true"/> when no usage is left and the stored state was cleared.</returns>
    [Alias("Cleanup")]
    Task<bool> CleanupAsync();
}
