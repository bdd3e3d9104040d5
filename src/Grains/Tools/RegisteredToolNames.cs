using FluentMcp.Orleans.Grains.Budgets;

namespace FluentMcp.Orleans.Grains.Tools;

/// <summary>
/// Tells <c>check_tool_budget</c> which tools this silo runs, so that only other names are <c>unknown</c>.
/// </summary>
internal sealed class RegisteredToolNames(ToolRegistry registry) : IToolNameSource
{
    public bool Contains(string toolName) => registry.Contains(toolName);

    // A registered tool is listed by get_budget_status once it is used or has limits, like any other tool.
    public IEnumerable<string> ListedTools() => [];
}
