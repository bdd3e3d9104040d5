namespace FluentMcp.Orleans.Benchmarks;

/// <summary>
/// The silo's memory after a full, compacting garbage collection.
/// </summary>
/// <param name="GcHeapBytes">Managed heap in use.</param>
/// <param name="WorkingSetBytes">Physical memory of the process.</param>
/// <param name="Activations">Grain activations on the silo.</param>
[GenerateSerializer]
[Immutable]
[Alias("FluentMcp.Bench.MemorySample")]
public sealed record MemorySample(
    [property: Id(0)] long GcHeapBytes,
    [property: Id(1)] long WorkingSetBytes,
    [property: Id(2)] int Activations);
