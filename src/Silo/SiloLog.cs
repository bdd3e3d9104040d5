namespace FluentMcp.Orleans.Silo;

/// <summary>
/// The silo host's own log messages.
/// </summary>
internal static partial class SiloLog
{
    [LoggerMessage(1, LogLevel.Information, "MCP endpoint: {Url}")]
    public static partial void McpEndpoint(ILogger logger, string url);

    [LoggerMessage(4, LogLevel.Information, "Orleans Dashboard: {Url}")]
    public static partial void Dashboard(ILogger logger, string url);

    [LoggerMessage(2, LogLevel.Information, "MCP callers need an API key; keys are configured for projects: {Projects}")]
    public static partial void ApiKeysRequired(ILogger logger, string projects);

    [LoggerMessage(3, LogLevel.Information,
        "MCP endpoint is open (no Mcp:ApiKeys): calls name their project in X-Project-Id or _meta.project_id")]
    public static partial void NoApiKeys(ILogger logger);
}
