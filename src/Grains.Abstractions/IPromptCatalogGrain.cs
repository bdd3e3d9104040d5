namespace FluentMcp.Orleans;

/// <summary>
/// The prompt files loaded by the silos, served as MCP prompts. It runs as a stateless worker on every silo.
/// Use the key <c>0</c>.
/// </summary>
[Alias("FluentMcp.IPromptCatalogGrain")]
public interface IPromptCatalogGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Gets every prompt.
    /// </summary>
    /// <returns>The prompts, in ordinal order of name.</returns>
    [Alias("ListPrompts")]
    Task<IReadOnlyList<PromptDescriptor>> ListPromptsAsync();

    /// <summary>
    /// Gets one prompt.
    /// </summary>
    /// <param name="name">The prompt id.</param>
    /// <returns>The prompt, or <see langword="null"/> when no prompt has that name.</returns>
    [Alias("GetPrompt")]
    Task<PromptDescriptor?> GetPromptAsync(string name);
}
