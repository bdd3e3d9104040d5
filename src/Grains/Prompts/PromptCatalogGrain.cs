using Orleans.Concurrency;

namespace FluentMcp.Orleans.Grains.Prompts;

/// <summary>
/// Serves the silo's prompt files. A stateless worker: every silo loaded the same files at start.
/// </summary>
[StatelessWorker]
internal sealed class PromptCatalogGrain(PromptCatalog catalog) : Grain, IPromptCatalogGrain
{
    public Task<IReadOnlyList<PromptDescriptor>> ListPromptsAsync() =>
        Task.FromResult<IReadOnlyList<PromptDescriptor>>(
            [.. catalog.Prompts.Values.OrderBy(p => p.Name, StringComparer.Ordinal).Select(Describe)]);

    public Task<PromptDescriptor?> GetPromptAsync(string name) =>
        Task.FromResult(name is null || catalog.Find(name) is not { } prompt ? null : Describe(prompt));

    private static PromptDescriptor Describe(PromptDefinition prompt) =>
        new(prompt.Name, prompt.Description, prompt.Tools, prompt.Template);
}
