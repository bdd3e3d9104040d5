namespace FluentMcp.Orleans.Benchmarks;

/// <summary>
/// The handshake between the driver and the bench silo it starts.
/// </summary>
public static class BenchSiloReady
{
    /// <summary>The line the bench silo writes to standard output once it accepts calls.</summary>
    public const string Line = "bench-silo: ready";
}
