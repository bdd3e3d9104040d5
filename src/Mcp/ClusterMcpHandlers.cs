using System.Text.Json;
using System.Text.Json.Nodes;
using FluentMcp.Orleans.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace FluentMcp.Orleans.Mcp;

/// <summary>
/// The MCP request handlers: every tool call goes to the cluster, which enforces the budgets; only the project and
/// prompt of the call are decided here.
/// </summary>
internal sealed partial class ClusterMcpHandlers(
    IToolExecutionClient tools,
    IOptions<ClusterMcpOptions> options,
    ILogger<ClusterMcpHandlers> logger)
{
    public async ValueTask<ListToolsResult> ListToolsAsync(CancellationToken cancellationToken)
    {
        var external = await tools.ListToolsAsync(ToolKind.External, cancellationToken);
        return new ListToolsResult
        {
            Tools = [.. external.Select(t => new Tool
            {
                Name = t.Name,
                Description = t.Description,
                InputSchema = JsonSerializer.Deserialize<JsonElement>(t.InputSchema),
            })],
        };
    }

    public async ValueTask<CallToolResult> CallToolAsync(
        RequestContext<CallToolRequestParams> context,
        CancellationToken cancellationToken)
    {
        var call = context.Params
            ?? throw new McpProtocolException("tools/call has no params.", McpErrorCode.InvalidParams);
        var settings = options.Value;
        var bound = context.User?.FindFirst(ClusterMcpOptions.ProjectClaim)?.Value;
        var project = bound is null
            ? Resolve(
                context, ClusterMcpOptions.ProjectHeader, ClusterMcpOptions.ProjectMetaKey, settings.DefaultProjectId)
            : Bind(context, bound);
        var prompt = Resolve(
            context, ClusterMcpOptions.PromptHeader, ClusterMcpOptions.PromptMetaKey, settings.DefaultPromptId);

        var invalid = project.Error ?? prompt.Error;
        if (invalid is not null)
        {
            return ToMcp(ToolCallResult.Failure(
                ToolErrorCodes.InvalidArguments,
                invalid.Value.Message,
                project.Value ?? bound,
                call.Name,
                invalid.Value.Source));
        }

        var arguments = call.Arguments is null ? null : JsonSerializer.Serialize(call.Arguments);
        var request = new ToolCallRequest(
            project.Value!, call.Name, ToolKind.External, arguments, prompt.Value, ProjectIsBound: bound is not null);
        var result = await tools.ExecuteToolAsync(request, cancellationToken);
        LogCall(call.Name, project.Value!, result.ErrorCode ?? "ok");
        return ToMcp(result);
    }

    public async ValueTask<ListPromptsResult> ListPromptsAsync(CancellationToken cancellationToken)
    {
        var prompts = await tools.ListPromptsAsync(cancellationToken);
        return new ListPromptsResult
        {
            Prompts = [.. prompts.Select(p => new Prompt { Name = p.Name, Description = p.Description })],
        };
    }

    public async ValueTask<GetPromptResult> GetPromptAsync(
        RequestContext<GetPromptRequestParams> context,
        CancellationToken cancellationToken)
    {
        var name = context.Params?.Name;
        var prompt = string.IsNullOrWhiteSpace(name) ? null : await tools.GetPromptAsync(name, cancellationToken);
        if (prompt is null)
        {
            throw new McpProtocolException($"Unknown prompt: '{name}'.", McpErrorCode.InvalidParams);
        }

        return new GetPromptResult
        {
            Description = prompt.Description,
            Messages =
            [
                new PromptMessage { Role = Role.User, Content = new TextContentBlock { Text = prompt.Template } },
            ],
        };
    }

    /// <summary>Converts a cluster result to MCP: the text, the structured content, and the error flag.</summary>
    internal static CallToolResult ToMcp(ToolCallResult result) => new()
    {
        IsError = result.IsError,
        Content = [new TextContentBlock { Text = result.Text }],
        StructuredContent = result.StructuredContent is null
            ? null
            : JsonSerializer.Deserialize<JsonElement>(result.StructuredContent),
    };

    /// <summary>
    /// The header wins over <c>_meta</c>, which wins over the default; whichever is used must be valid.
    /// </summary>
    private ResolvedId Resolve(
        RequestContext<CallToolRequestParams> context,
        string header,
        string metaKey,
        string? fallback)
    {
        var fromHeader = context.Services is { } services
            ? options.Value.ReadHeader?.Invoke(services, header)
            : null;
        if (fromHeader is not null)
        {
            return Validate(fromHeader, $"{header} header", header);
        }

        if (context.Params?.Meta is { } meta && meta.TryGetPropertyValue(metaKey, out var node) && node is not null)
        {
            var source = $"_meta.{metaKey}";
            return node is JsonValue value && value.TryGetValue<string>(out var text)
                ? Validate(text, source, source)
                : new ResolvedId(null, (source, $"{source} must be a string."));
        }

        return new ResolvedId(fallback, null);
    }

    /// <summary>
    /// The caller's credentials decide the project; naming the same project again is allowed, naming another is not.
    /// </summary>
    private ResolvedId Bind(RequestContext<CallToolRequestParams> context, string bound)
    {
        var named = Resolve(context, ClusterMcpOptions.ProjectHeader, ClusterMcpOptions.ProjectMetaKey, fallback: null);
        if (named.Error is { } error)
        {
            return new ResolvedId(null, error);
        }

        if (named.Value is null || string.Equals(named.Value, bound, StringComparison.Ordinal))
        {
            return new ResolvedId(bound, null);
        }

        var source = named.Source!;
        return new ResolvedId(null, (source, $"The API key is for project '{bound}', so {Describe(source)} cannot name "
            + $"project '{named.Value}'. Leave it out: the key decides the project."));
    }

    private static string Describe(string source) =>
        source.StartsWith("_meta.", StringComparison.Ordinal) ? source : $"the {source} header";

    private static ResolvedId Validate(string id, string name, string source) =>
        ToolBudgetKey.DescribeInvalidId(id, name) is { } problem
            ? new ResolvedId(null, (source, problem))
            : new ResolvedId(id, null, source);

    [LoggerMessage(1, LogLevel.Debug, "tools/call {ToolName} for {ProjectId}: {Outcome}")]
    private partial void LogCall(string toolName, string projectId, string outcome);

    /// <summary>An id, or why it is not valid; <see cref="Source"/> says where a named id came from.</summary>
    private readonly record struct ResolvedId(
        string? Value,
        (string Source, string Message)? Error,
        string? Source = null);
}
