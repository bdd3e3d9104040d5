using FluentMcp.Orleans.Client.Cluster;

namespace FluentMcp.Orleans.Silo;

/// <summary>
/// Logs, as the silo starts, which cluster it joins and where its state is kept; never the connection string.
/// </summary>
internal sealed partial class BudgetClusterStartup(BudgetClusterOptions options, ILogger<BudgetClusterStartup> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(BudgetClusterStartup), ServiceLifecycleStage.RuntimeInitialize, Start);

    private Task Start(CancellationToken cancellationToken)
    {
        LogCluster(options.ClusterId, options.ServiceId, options.Storage, options.SiloPort, options.GatewayPort);
        return Task.CompletedTask;
    }

    [LoggerMessage(1, LogLevel.Information, "Cluster {ClusterId} (service {ServiceId}) with {Storage} storage; silo port {SiloPort}, gateway port {GatewayPort}")]
    private partial void LogCluster(
        string clusterId,
        string serviceId,
        ClusterStorage storage,
        int siloPort,
        int gatewayPort);
}
