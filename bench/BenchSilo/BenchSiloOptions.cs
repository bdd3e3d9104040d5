namespace FluentMcp.Orleans.Benchmarks.Silo;

/// <summary>
/// How the benchmark driver wants its silo, bound from the <c>BenchSilo</c> section (the driver sets
/// <c>BenchSilo__*</c> environment variables).
/// </summary>
public sealed class BenchSiloOptions
{
    public const string SectionName = "BenchSilo";

    /// <summary>Gets or sets the silo-to-silo port on 127.0.0.1. Default: 11111.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Gets or sets the client gateway port on 127.0.0.1. Default: 30000.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Gets or sets the cluster id, unique per run so that parallel runs never meet. Default: <c>bench</c>.</summary>
    public string ClusterId { get; set; } = "bench";

    /// <summary>Gets or sets the grain storage of the budgets. Default: memory.</summary>
    public BenchStorage Storage { get; set; } = BenchStorage.Memory;

    /// <summary>Gets or sets the Azure Table connection string, for <see cref="BenchStorage.AzureTable"/>. Default: none.</summary>
    public string? AzureTableConnectionString { get; set; }

    /// <summary>Gets or sets the table that holds grain state in Azure. Default: <c>BenchGrainState</c>.</summary>
    public string AzureTableName { get; set; } = "BenchGrainState";

    /// <summary>
    /// Gets or sets a value indicating whether memory storage keeps state in Orleans' binary format instead of the
    /// default JSON, to show what the state serializer costs. Default: <see langword="false"/>, as the product silo.
    /// </summary>
    public bool BinaryMemoryState { get; set; }

    /// <summary>
    /// Gets or sets how long an idle activation lives before it is collected; <see langword="null"/> keeps Orleans'
    /// default. Default: <see langword="null"/>.
    /// </summary>
    public TimeSpan? CollectionAge { get; set; }
}
