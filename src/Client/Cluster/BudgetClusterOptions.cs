using System.Net;

namespace FluentMcp.Orleans.Client.Cluster;

/// <summary>
/// How silos and client processes find each other and where the cluster stores its state, bound from the
/// <c>Cluster</c> section. Silos and their clients must agree on every value but the ports.
/// </summary>
public sealed class BudgetClusterOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Cluster";

    /// <summary>
    /// Gets or sets where membership, grain state and reminders are kept. Default: <see cref="ClusterStorage.Memory"/>.
    /// </summary>
    public ClusterStorage Storage { get; set; } = ClusterStorage.Memory;

    /// <summary>
    /// Gets or sets the Azure Storage connection string; required with <see cref="ClusterStorage.AzureTable"/>,
    /// ignored otherwise. Default: none.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Gets or sets how long a silo starting with <see cref="ClusterStorage.AzureTable"/> waits for table storage to
    /// answer before it gives up and stops; ignored with <see cref="ClusterStorage.Memory"/>. Silos only.
    /// Default: 30 seconds.
    /// </summary>
    public TimeSpan StorageConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets the id of this deployment: silos and clients with the same id form one cluster.
    /// Default: <c>fluentmcp</c>.
    /// </summary>
    public string ClusterId { get; set; } = "fluentmcp";

    /// <summary>
    /// Gets or sets the id of the service, which keys stored grain state and reminders, so it must stay the same
    /// across deployments that share data. Default: <c>fluentmcp</c>.
    /// </summary>
    public string ServiceId { get; set; } = "fluentmcp";

    /// <summary>
    /// Gets or sets the port silos talk to each other on; each silo on one machine needs its own. Silos only.
    /// Default: 11111.
    /// </summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>
    /// Gets or sets the port a silo accepts clients on; each silo on one machine needs its own. With
    /// <see cref="ClusterStorage.Memory"/> a client connects to this port on localhost; with
    /// <see cref="ClusterStorage.AzureTable"/> clients read the gateways from storage instead. Default: 30000.
    /// </summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// Gets or sets the address a silo listens on and tells the others to reach it at. Silos only.
    /// Default: <c>127.0.0.1</c>, so that a development cluster is reachable from this machine only.
    /// </summary>
    public string AdvertisedAddress { get; set; } = IPAddress.Loopback.ToString();
}
