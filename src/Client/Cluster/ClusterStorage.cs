namespace FluentMcp.Orleans.Client.Cluster;

/// <summary>
/// Where a FluentMcp.Orleans cluster keeps its membership, grain state and reminders.
/// </summary>
public enum ClusterStorage
{
    /// <summary>
    /// The embedded default: one silo on localhost, grain state and reminders in memory. Nothing survives a restart.
    /// </summary>
    Memory,

    /// <summary>
    /// Azure Table storage (or Azurite) for membership, grain state and reminders; any number of silos and clients.
    /// </summary>
    AzureTable,
}
