namespace FluentMcp.Orleans.Mcp;

/// <summary>
/// How an MCP server that forwards to the cluster decides the project and prompt of a call.
/// </summary>
public sealed class ClusterMcpOptions
{
    /// <summary>The header that names the project of a call.</summary>
    public const string ProjectHeader = "X-Project-Id";

    /// <summary>The header that names the prompt whose limits apply.</summary>
    public const string PromptHeader = "X-Prompt-Id";

    /// <summary>The <c>_meta</c> key that names the project of a call.</summary>
    public const string ProjectMetaKey = "project_id";

    /// <summary>The <c>_meta</c> key that names the prompt whose limits apply.</summary>
    public const string PromptMetaKey = "prompt_id";

    /// <summary>
    /// The claim of an authenticated caller that fixes its project, as an API key does. When the request's user has
    /// it, the claim decides the project: a header or <c>_meta</c> that names another project is refused, and the
    /// budget tools answer for that project only.
    /// </summary>
    public const string ProjectClaim = "project_id";

    /// <summary>
    /// Gets or sets the project of a call that names none in a header or in <c>_meta</c>. Default: <c>default</c>.
    /// </summary>
    public string DefaultProjectId { get; set; } = "default";

    /// <summary>
    /// Gets or sets the prompt of a call that names none in a header or in <c>_meta</c>. Default: none.
    /// </summary>
    public string? DefaultPromptId { get; set; }

    /// <summary>
    /// Gets or sets how a request header is read, given the request's services and the header name; it returns
    /// <see langword="null"/> when the header is absent. Default: <see langword="null"/>, for transports without
    /// headers such as stdio.
    /// </summary>
    public Func<IServiceProvider, string, string?>? ReadHeader { get; set; }
}
