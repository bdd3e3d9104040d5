namespace FluentMcp.Orleans.Silo;

/// <summary>
/// The silo host's own log messages.
/// </summary>
internal static partial class SiloLog
{
    [LoggerMessage(1, LogLevel.Information, "MCP endpoint: {Url}")]
    public static partial void McpEndpoint(ILogger logger, string url);
}
