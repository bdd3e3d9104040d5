namespace FluentMcp.Orleans;

/// <summary>
/// The outcome of one check-and-update: the call was admitted and counted, or refused and not counted.
/// </summary>
/// <param name="Status">Usage and limits after the decision.</param>
/// <param name="Refusal">Why the call was refused; <see langword="null"/> when it was admitted.</param>
[GenerateSerializer]
[Immutable]
[Alias("FluentMcp.BudgetDecision")]
public sealed record BudgetDecision(
    [property: Id(0)] ToolBudgetStatus Status,
    [property: Id(1)] BudgetRefusal? Refusal)
{
    /// <summary>
    /// Gets a value indicating whether the call was admitted and counted in both windows.
    /// </summary>
    public bool Admitted => Refusal is null;

    /// <summary>
    /// Throws <see cref="BudgetExceededException"/> when the call was refused.
    /// </summary>
    /// <returns>The status after the admitted call.</returns>
    /// <exception cref="BudgetExceededException">The call was refused.</exception>
    public ToolBudgetStatus EnsureAdmitted() =>
        Refusal is null ? Status : throw new BudgetExceededException(Status.ProjectId, Status.ToolName, Refusal);
}
