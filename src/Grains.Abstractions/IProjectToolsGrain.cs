using Orleans.Concurrency;

namespace FluentMcp.Orleans;

/// <summary>
/// The index of the tools that hold usage in one project, so that all of a project's budgets can be listed
/// without scanning storage. The key is the project id.
/// </summary>
[Alias("FluentMcp.IProjectToolsGrain")]
public interface IProjectToolsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Records that a tool holds usage in this project.
    /// </summary>
    /// <param name="toolName">The tool.</param>
    /// <returns>A task that completes once the index is stored.</returns>
    [Alias("Add")]
    Task AddAsync(string toolName);

    /// <summary>
    /// Records that a tool no longer holds usage in this project.
    /// </summary>
    /// <param name="toolName">The tool.</param>
    /// <returns>A task that completes once the index is stored.</returns>
    [Alias("Remove")]
    Task RemoveAsync(string toolName);

    /// <summary>
    /// Gets the tools that hold usage in this project.
    /// </summary>
    /// <returns>The tool names, in ordinal order.</returns>
    [Alias("GetTools")]
    [ReadOnly]
    Task<IReadOnlyList<string>> GetToolsAsync();
}
