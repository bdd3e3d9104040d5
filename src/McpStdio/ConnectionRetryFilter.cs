using Microsoft.Extensions.Logging;

namespace FluentMcp.Orleans.McpStdio;

/// <summary>
/// Keeps trying to reach the cluster at start for <see cref="StdioSettings.ConnectTimeout"/>, so that a desktop app
/// may start this process before the silo is up.
/// </summary>
internal sealed partial class ConnectionRetryFilter(
    StdioSettings settings,
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
            LogGaveUp(exception, settings.GatewayPort, settings.ConnectTimeout);
            return false;
        }

        LogRetrying(settings.GatewayPort, exception.Message);
        await Task.Delay(Pause, time, cancellationToken).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(1, LogLevel.Warning, "Cannot reach the cluster gateway on port {GatewayPort} yet: {Reason}")]
    private partial void LogRetrying(int gatewayPort, string reason);

    [LoggerMessage(2, LogLevel.Error, "Gave up reaching the cluster gateway on port {GatewayPort} after {Timeout}")]
    private partial void LogGaveUp(Exception exception, int gatewayPort, TimeSpan timeout);
}
