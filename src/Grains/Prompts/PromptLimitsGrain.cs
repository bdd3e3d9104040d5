using System.Collections.ObjectModel;

namespace FluentMcp.Orleans.Grains.Prompts;

/// <summary>
/// The limits set at run time for one prompt. Stored before the call returns, so every silo applies them from the
/// next call on, and they survive restarts.
/// </summary>
internal sealed class PromptLimitsGrain(
    [PersistentState("limits", BudgetStorage.ProviderName)] IPersistentState<PromptLimitsState> storage)
    : Grain, IPromptLimitsGrain
{
    private IReadOnlyDictionary<string, ToolLimitOverride>? _view;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        ToolBudgetKey.ValidateId(this.GetPrimaryKeyString(), "prompt_id");
        _view = storage.RecordExists ? new ReadOnlyDictionary<string, ToolLimitOverride>(storage.State.Limits) : null;
        return Task.CompletedTask;
    }

    public async Task SetLimitsAsync(IReadOnlyDictionary<string, ToolLimitOverride> limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        foreach (var (tool, limit) in limits)
        {
            ToolBudgetKey.ValidateId(tool, "tool_name");
            ArgumentNullException.ThrowIfNull(limit, tool);
            limit.Validate(tool);
        }

        var copy = new Dictionary<string, ToolLimitOverride>(limits, StringComparer.Ordinal);
        storage.State = new PromptLimitsState { Limits = copy };
        await storage.WriteStateAsync();
        _view = new ReadOnlyDictionary<string, ToolLimitOverride>(copy);
    }

    public Task<IReadOnlyDictionary<string, ToolLimitOverride>?> GetLimitsAsync() => Task.FromResult(_view);
}
