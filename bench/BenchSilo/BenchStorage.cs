namespace FluentMcp.Orleans.Benchmarks.Silo;

/// <summary>
/// Where the bench silo keeps grain state.
/// </summary>
public enum BenchStorage
{
    /// <summary>In the silo's memory, as the embedded default does.</summary>
    Memory,

    /// <summary>In an Azure Table (Azurite on loopback in the benchmarks).</summary>
    AzureTable,
}
