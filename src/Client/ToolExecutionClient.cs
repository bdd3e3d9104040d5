using System.Text.Json;
using Orleans.Runtime.Messaging;

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
    public async Task<ToolCallResult> ExecuteToolAsync(
        ToolCallRequest request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        try
        {
            return await Executor().ExecuteAsync(request).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (IsConnectionFailure(error))
        {
            return ToolCallResult.Failure(
                ToolErrorCodes.ClusterUnavailable,
                ClusterUnavailableMessage(request.ToolName, error),
                request.ProjectId,
                request.ToolName);
        }
    }

    /// <summary>
    /// Gets a value indicating whether <paramref name="error"/> says that the cluster could not be reached or did not
    /// answer, rather than that the call failed inside it.
    /// </summary>
    internal static bool IsConnectionFailure(Exception error) =>
        error is SiloUnavailableException
            or ConnectionFailedException
            or OrleansMessageRejectionException
            or GatewayTooBusyException
            or ClientNotAvailableException
            or TimeoutException;

    private static string ClusterUnavailableMessage(string? toolName, Exception error)
    {
        var cause = error.Message.AsSpan().Trim();
        var end = cause.IndexOfAny('\r', '\n');
        cause = (end < 0 ? cause : cause[..end]).TrimEnd().TrimEnd('.');
        if (cause.Length > 160)
        {
            cause = cause[..160];
        }

        return error is TimeoutException
            ? $"The cluster did not answer the call to tool '{toolName}' in time ({cause}); it may or may not have run."
            : $"The cluster could not be reached, so the call to tool '{toolName}' got no result ({cause}). "
                + "Retry once a silo is up.";
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
