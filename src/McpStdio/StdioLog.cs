using Microsoft.Extensions.Logging;

namespace FluentMcp.Orleans.McpStdio;

/// <summary>
/// The stdio server's own log messages, all written to stderr.
/// </summary>
internal static partial class StdioLog
{
    [LoggerMessage(
        1,
        LogLevel.Information,
        "Serving the cluster's tools over stdio through gateway port {GatewayPort}; default project {ProjectId}")]
    public static partial void Serving(ILogger logger, int gatewayPort, string projectId);
}
