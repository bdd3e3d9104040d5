namespace FluentMcp.Orleans.Grains.Projects;

/// <summary>
/// The tools that hold usage in one project. A project is listed in the project directory while it has tools.
/// </summary>
internal sealed class ProjectToolsGrain(
    [PersistentState("tools", BudgetStorage.ProviderName)] IPersistentState<NameSetState> storage)
    : NameSetGrain(storage), IProjectToolsGrain
{
    public async Task AddAsync(string toolName)
    {
        ToolBudgetKey.ValidateId(toolName, "tool_name");

        if (await AddNameAsync(toolName))
        {
            await Directory().AddAsync(this.GetPrimaryKeyString());
        }
    }

    public async Task RemoveAsync(string toolName)
    {
        if (await RemoveNameAsync(toolName))
        {
            await Directory().RemoveAsync(this.GetPrimaryKeyString());
        }
    }

    public Task<IReadOnlyList<string>> GetToolsAsync() => GetNamesAsync();

    private IProjectDirectoryGrain Directory() =>
        GrainFactory.GetGrain<IProjectDirectoryGrain>(ProjectDirectory.ShardOf(this.GetPrimaryKeyString()));
}
