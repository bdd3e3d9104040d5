using Orleans.Concurrency;

namespace FluentMcp.Orleans;

/// <summary>
/// The cluster-wide list of projects that hold usage, used to clean up every project at once.
/// It is split into shards whose keys start with <see cref="Key"/>; a shard is written only when a project gains
/// its first tool or loses its last.
/// </summary>
[Alias("FluentMcp.IProjectDirectoryGrain")]
public interface IProjectDirectoryGrain : IGrainWithStringKey
{
    /// <summary>The prefix of the shard keys.</summary>
    public const string Key = "projects";

    /// <summary>
    /// Records that a project holds usage.
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <returns>A task that completes once the directory is stored.</returns>
    [Alias("Add")]
    Task AddAsync(string projectId);

    /// <summary>
    /// Records that a project no longer holds usage.
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <returns>A task that completes once the directory is stored.</returns>
    [Alias("Remove")]
    Task RemoveAsync(string projectId);

    /// <summary>
    /// Gets the projects that hold usage.
    /// </summary>
    /// <returns>The project ids, in ordinal order.</returns>
    [Alias("GetProjects")]
    [ReadOnly]
    Task<IReadOnlyList<string>> GetProjectsAsync();
}
