using System.Text.Json;

namespace FluentMcp.Orleans.Client;

/// <summary>
/// The <see cref="IToolExecutionClient"/> that forwards every call to the cluster's tool executor grains.
/// </summary>
/// <param name="grains">The cluster client or, inside a silo, the grain factory.</param>
public sealed class ToolExecutionClient(IGrainFactory grains) : IToolExecutionClient
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<ToolDescriptor>> ListToolsAsync(
        ToolKind? kind = null,
        CancellationToken cancellationToken = default)
    {
        var tools = await Executor().ListToolsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        return kind is null ? tools : [.. tools.Where(t => t.Kind == kind)];
    }

    /// <inheritdoc />
    public Task<ToolCallResult> ExecuteToolAsync(
        ToolCallRequest request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        return Executor().ExecuteAsync(request).WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<ToolCallResult> ExecuteExternalToolAsync(
        string projectId,
        string toolName,
        IReadOnlyDictionary<string, object?>? arguments = null,
        string? promptId = null,
        CancellationToken cancellationToken = default) =>
        ExecuteToolAsync(
            new ToolCallRequest(projectId, toolName, ToolKind.External, Serialize(arguments), promptId),
            cancellationToken);

    /// <inheritdoc />
    public Task<ToolCallResult> ExecuteEmbeddedToolAsync(
        string projectId,
        string toolName,
        IReadOnlyDictionary<string, object?>? arguments = null,
        string? promptId = null,
        CancellationToken cancellationToken = default) =>
        ExecuteToolAsync(
            new ToolCallRequest(projectId, toolName, ToolKind.Embedded, Serialize(arguments), promptId),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<PromptDescriptor>> ListPromptsAsync(CancellationToken cancellationToken = default) =>
        Prompts().ListPromptsAsync().WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task<PromptDescriptor?> GetPromptAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        return Prompts().GetPromptAsync(name).WaitAsync(cancellationToken);
    }

    private static string? Serialize(IReadOnlyDictionary<string, object?>? arguments) =>
        arguments is null ? null : JsonSerializer.Serialize(arguments);

    private IToolExecutorGrain Executor() => grains.GetGrain<IToolExecutorGrain>(0);

    private IPromptCatalogGrain Prompts() => grains.GetGrain<IPromptCatalogGrain>(0);
}
