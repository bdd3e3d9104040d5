using FluentMcp.Orleans.Client.Cluster;
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
        "Serving the tools of cluster {ClusterId} ({Storage}) over stdio; default project {ProjectId}")]
    public static partial void Serving(ILogger logger, ClusterStorage storage, string clusterId, string projectId);
}
