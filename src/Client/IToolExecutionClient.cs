namespace FluentMcp.Orleans.Client;

/// <summary>
/// Tool calls forwarded to a FluentMcp.Orleans cluster: the silos run the tools behind the budget gate and return
/// the same results and errors as their MCP endpoint.
/// </summary>
public interface IToolExecutionClient
{
    /// <summary>
    /// Gets the tools that the cluster runs, with their argument schemas.
    /// </summary>
    /// <param name="kind">Only tools of this kind, or <see langword="null"/> for every tool.</param>
    /// <param name="cancellationToken">Stops waiting for the answer.</param>
    /// <returns>The tools, in ordinal order of name.</returns>
    Task<IReadOnlyList<ToolDescriptor>> ListToolsAsync(
        ToolKind? kind = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs one tool call in the cluster. Nothing is counted when the tool is unknown, the arguments do not fit its
    /// schema, or the budget refuses the call; a tool that throws was admitted and counts.
    /// </summary>
    /// <param name="request">
    /// The call; its <see cref="ToolCallRequest.Kind"/> selects embedded or external tools.
    /// </param>
    /// <param name="cancellationToken">Stops waiting for the answer; the call may still run and be counted.</param>
    /// <returns>
    /// The result; errors are results too, with an <see cref="ToolCallResult.ErrorCode"/>, and a cluster that cannot
    /// be reached or does not answer in time is <see cref="ToolErrorCodes.ClusterUnavailable"/>.
    /// </returns>
    Task<ToolCallResult> ExecuteToolAsync(ToolCallRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs an external tool, the kind offered to consuming LLMs over MCP.
    /// </summary>
    /// <param name="projectId">The project whose budget the call is counted against.</param>
    /// <param name="toolName">The tool.</param>
    /// <param name="arguments">The arguments by name, serialized as JSON, or <see langword="null"/> for none.</param>
    /// <param name="promptId">The prompt whose limits apply, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops waiting for the answer; the call may still run and be counted.</param>
    /// <returns>The result; errors are results too, with an <see cref="ToolCallResult.ErrorCode"/>.</returns>
    Task<ToolCallResult> ExecuteExternalToolAsync(
        string projectId,
        string toolName,
        IReadOnlyDictionary<string, object?>? arguments = null,
        string? promptId = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs an embedded tool, the kind used by the server's own LLM reasoning.
    /// </summary>
    /// <param name="projectId">The project whose budget the call is counted against.</param>
    /// <param name="toolName">The tool.</param>
    /// <param name="arguments">The arguments by name, serialized as JSON, or <see langword="null"/> for none.</param>
    /// <param name="promptId">The prompt whose limits apply, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops waiting for the answer; the call may still run and be counted.</param>
    /// <returns>The result; errors are results too, with an <see cref="ToolCallResult.ErrorCode"/>.</returns>
    Task<ToolCallResult> ExecuteEmbeddedToolAsync(
        string projectId,
        string toolName,
        IReadOnlyDictionary<string, object?>? arguments = null,
        string? promptId = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets the prompt files that the cluster serves.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting for the answer.</param>
    /// <returns>The prompts, in ordinal order of name.</returns>
    Task<IReadOnlyList<PromptDescriptor>> ListPromptsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets one prompt file.
    /// </summary>
    /// <param name="name">The prompt id.</param>
    /// <param name="cancellationToken">Stops waiting for the answer.</param>
    /// <returns>The prompt, or <see langword="null"/> when the cluster has no prompt of that name.</returns>
    Task<PromptDescriptor?> GetPromptAsync(string name, CancellationToken cancellationToken = default);
}
