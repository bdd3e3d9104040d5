namespace FluentMcp.Orleans.Grains.Budgets;

/// <summary>
/// A source of the tool names that a silo knows, for <c>check_tool_budget</c>'s <c>unknown</c> status.
/// </summary>
public interface IToolNameSource
{
    /// <summary>
    /// Gets a value indicating whether the tool is known to this source.
    /// </summary>
    /// <param name="toolName">The tool name.</param>
    /// <returns><see langword="true"/> when the silo has the tool.</returns>
    bool Contains(string toolName);

    /// <summary>
    /// Gets the tools of this source that have budgets worth listing for every project.
    /// </summary>
    /// <returns>The tool names.</returns>
    IEnumerable<string> ListedTools();
}
