namespace FluentMcp.Orleans.Grains.Projects;

/// <summary>
/// One shard of the list of projects that hold usage; see <see cref="ProjectDirectory"/>.
/// </summary>
internal sealed class ProjectDirectoryGrain(
    [PersistentState("projects", BudgetStorage.ProviderName)] IPersistentState<NameSetState> storage)
    : NameSetGrain(storage), IProjectDirectoryGrain
{
    public Task AddAsync(string projectId) => AddNameAsync(projectId);

    public Task RemoveAsync(string projectId) => RemoveNameAsync(projectId);

    public Task<IReadOnlyList<string>> GetProjectsAsync() => GetNamesAsync();
}
