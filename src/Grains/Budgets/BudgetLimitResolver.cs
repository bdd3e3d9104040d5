using FluentMcp.Orleans.Grains.Hosting;
using FluentMcp.Orleans.Grains.Prompts;
using Microsoft.Extensions.Options;

namespace FluentMcp.Orleans.Grains.Budgets;

/// <summary>
/// Resolves the limits of one call, field by field: the prompt's limits (set at run time, else from its file),
/// then the tool's configured default, then the global default.
/// </summary>
internal sealed class BudgetLimitResolver(
    IOptionsMonitor<BudgetOptions> options,
    PromptCatalog prompts,
    IGrainFactory grains)
{
    public BudgetOptions Options => options.CurrentValue;

    public async ValueTask<BudgetLimits> ResolveAsync(string toolName, string? promptId)
    {
        var defaults = options.CurrentValue.LimitsFor(toolName);
        if (promptId is null)
        {
            return defaults;
        }

        var promptLimits = await GetPromptLimitsAsync(promptId);
        return promptLimits.TryGetValue(toolName, out var limits) ? limits.ApplyTo(defaults) : defaults;
    }

    /// <summary>
    /// Gets the limits a prompt sets: those set at run time go over the file's, field by field.
    /// </summary>
    /// <exception cref="ArgumentException">No prompt file has that name and no limits were set for it.</exception>
    public async ValueTask<IReadOnlyDictionary<string, ToolLimitOverride>> GetPromptLimitsAsync(string promptId)
    {
        ToolBudgetKey.ValidateId(promptId, "prompt_id");

        var file = prompts.Find(promptId);
        var runtime = await grains.GetGrain<IPromptLimitsGrain>(promptId).GetLimitsAsync();
        if (runtime is null)
        {
            return file?.Budget ?? throw UnknownPrompt(promptId);
        }

        if (file is null || file.Budget.Count == 0)
        {
            return runtime;
        }

        var merged = new Dictionary<string, ToolLimitOverride>(file.Budget, StringComparer.Ordinal);
        foreach (var (tool, limits) in runtime)
        {
            merged[tool] = merged.TryGetValue(tool, out var fromFile)
                ? new ToolLimitOverride(
                    limits.HourlyLimit ?? fromFile.HourlyLimit,
                    limits.DailyLimit ?? fromFile.DailyLimit)
                : limits;
        }

        return merged;
    }

    private static ArgumentException UnknownPrompt(string promptId) =>
        new($"prompt_id '{promptId}' is not a known prompt: no prompt file has that name and no limits were set "
            + "for it at run time.", "prompt_id");
}
