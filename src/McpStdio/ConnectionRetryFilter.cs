using FluentMcp.Orleans.Client.Cluster;
using Microsoft.Extensions.Logging;

namespace FluentMcp.Orleans.McpStdio;

/// <summary>
/// Keeps trying to reach the cluster at start for <see cref="StdioSettings.ConnectTimeout"/>, so that a desktop app
/// may start this process before the silo is up.
/// </summary>
internal sealed partial class ConnectionRetryFilter(
    StdioSettings settings,
    BudgetClusterOptions cluster,
    TimeProvider time,
    ILogger<ConnectionRetryFilter> logger)
    : IClientConnectionRetryFilter
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    private long? _firstFailure;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        _firstFailure ??= time.GetTimestamp();
        if (time.GetElapsedTime(_firstFailure.Value) >= settings.ConnectTimeout)
        {
            LogGaveUp(exception, cluster.Storage, cluster.GatewayPort, settings.ConnectTimeout);
            return false;
        }

        LogRetrying(cluster.Storage, cluster.GatewayPort, exception.Message);
        await Task.Delay(Pause, time, cancellationToken).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(1, LogLevel.Warning, "Cannot reach the cluster ({Storage}; local gateway port {GatewayPort}) yet: {Reason}")]
    private partial void LogRetrying(ClusterStorage storage, int gatewayPort, string reason);

    [LoggerMessage(2, LogLevel.Error, "Gave up reaching the cluster ({Storage}; local gateway port {GatewayPort}) after {Timeout}")]
    private partial void LogGaveUp(Exception exception, ClusterStorage storage, int gatewayPort, TimeSpan timeout);
}
