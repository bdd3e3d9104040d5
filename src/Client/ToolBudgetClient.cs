namespace FluentMcp.Orleans.Client;

/// <summary>
/// The <see cref="IToolBudgetClient"/> that forwards every operation to the cluster's grains.
/// </summary>
/// <param name="grains">The cluster client or, inside a silo, the grain factory.</param>
public sealed class ToolBudgetClient(IGrainFactory grains) : IToolBudgetClient
{
    private readonly GrainReferences<IToolBudgetGrain> _budgets = new(grains);

    /// <inheritdoc />
    public async Task<ToolBudgetStatus> CheckAndUpdateBudgetAsync(
        string projectId,
        string toolName,
        string? promptId = null,
        CancellationToken cancellationToken = default)
    {
        var decision = await TryCheckAndUpdateBudgetAsync(projectId, toolName, promptId, cancellationToken)
            .ConfigureAwait(false);
        return decision.EnsureAdmitted();
    }

    /// <inheritdoc />
    public Task<BudgetDecision> TryCheckAndUpdateBudgetAsync(
        string projectId,
        string toolName,
        string? promptId = null,
        CancellationToken cancellationToken = default) =>
        Budget(projectId, toolName, promptId).TryAdmitAsync(promptId).WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task<ToolBudgetStatus> GetRemainingBudgetAsync(
        string projectId,
        string toolName,
        string? promptId = null,
        CancellationToken cancellationToken = default) =>
        Budget(projectId, toolName, promptId).GetStatusAsync(promptId).WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ToolBudgetStatus>> GetRemainingBudgetsAsync(
        string projectId,
        string? promptId = null,
        CancellationToken cancellationToken = default) =>
        GetBudgetStatusAsync(projectId, null, promptId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ToolBudgetStatus>> GetBudgetStatusAsync(
        string projectId,
        string? toolName = null,
        string? promptId = null,
        CancellationToken cancellationToken = default)
    {
        ValidateIds(projectId, toolName, promptId);
        return Query().GetBudgetStatusAsync(projectId, toolName, promptId).WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<ToolBudgetCheck> CheckToolBudgetAsync(
        string projectId,
        string toolName,
        string? promptId = null,
        CancellationToken cancellationToken = default)
    {
        ValidateIds(projectId, toolName, promptId);
        return Query().CheckToolBudgetAsync(projectId, toolName, promptId).WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task SetCustomLimitsAsync(
        string promptId,
        IReadOnlyDictionary<string, ToolLimitOverride> limits,
        CancellationToken cancellationToken = default)
    {
        ToolBudgetKey.ValidateId(promptId, "prompt_id");
        ArgumentNullException.ThrowIfNull(limits);
        foreach (var (tool, limit) in limits)
        {
            ToolBudgetKey.ValidateId(tool, "tool_name");
            ArgumentNullException.ThrowIfNull(limit, tool);
            limit.Validate(tool);
        }

        return grains.GetGrain<IPromptLimitsGrain>(promptId).SetLimitsAsync(limits).WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> CleanupOldUsageDataAsync(string? projectId = null, CancellationToken cancellationToken = default)
    {
        if (projectId is not null)
        {
            ToolBudgetKey.ValidateId(projectId, "project_id");
        }

        return Query().CleanupAsync(projectId).WaitAsync(cancellationToken);
    }

    private static void ValidateIds(string projectId, string? toolName, string? promptId)
    {
        ToolBudgetKey.ValidateId(projectId, "project_id");
        if (toolName is not null)
        {
            ToolBudgetKey.ValidateId(toolName, "tool_name");
        }

        if (promptId is not null)
        {
            ToolBudgetKey.ValidateId(promptId, "prompt_id");
        }
    }

    private IToolBudgetGrain Budget(string projectId, string toolName, string? promptId)
    {
        ValidateIds(projectId, toolName, promptId);
        return _budgets.Get(ToolBudgetKey.Format(projectId, toolName));
    }

    private IBudgetQueryGrain Query() => grains.GetGrain<IBudgetQueryGrain>(0);
}
