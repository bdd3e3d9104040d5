namespace FluentMcp.Orleans.Grains.Projects;

/// <summary>
/// A stored set of names, written only when it changes.
/// </summary>
internal abstract class NameSetGrain(IPersistentState<NameSetState> storage) : Grain
{
    protected int Count => storage.State.Names.Count;

    /// <returns><see langword="true"/> when the set was empty before.</returns>
    protected async Task<bool> AddNameAsync(string name)
    {
        var wasEmpty = storage.State.Names.Count == 0;
        if (!storage.State.Names.Add(name))
        {
            return false;
        }

        await WriteOrUndoAsync(() => storage.State.Names.Remove(name));
        return wasEmpty;
    }

    /// <returns><see langword="true"/> when the set is empty now.</returns>
    protected async Task<bool> RemoveNameAsync(string name)
    {
        if (!storage.State.Names.Remove(name))
        {
            return false;
        }

        await WriteOrUndoAsync(() => storage.State.Names.Add(name));
        return storage.State.Names.Count == 0;
    }

    protected Task<IReadOnlyList<string>> GetNamesAsync() =>
        Task.FromResult<IReadOnlyList<string>>([.. storage.State.Names]);

    private async Task WriteOrUndoAsync(Action undo)
    {
        try
        {
            if (storage.State.Names.Count == 0)
            {
                await storage.ClearStateAsync();
            }
            else
            {
                await storage.WriteStateAsync();
            }
        }
        catch
        {
            undo();
            throw;
        }
    }
}
