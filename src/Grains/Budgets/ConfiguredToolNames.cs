using FluentMcp.Orleans.Grains.Hosting;
using FluentMcp.Orleans.Grains.Prompts;
using Microsoft.Extensions.Options;

namespace FluentMcp.Orleans.Grains.Budgets;

/// <summary>
/// The tools named by configuration: those with configured default limits and those named by a prompt file.
/// </summary>
internal sealed class ConfiguredToolNames(IOptionsMonitor<BudgetOptions> options, PromptCatalog prompts)
    : IToolNameSource
{
    public bool Contains(string toolName) =>
        options.CurrentValue.DefaultLimits.ContainsKey(toolName)
        || prompts.Prompts.Values.Any(p => p.Budget.ContainsKey(toolName) || p.Tools.Contains(toolName));

    public IEnumerable<string> ListedTools() => options.CurrentValue.DefaultLimits.Keys;
}
