namespace FluentMcp.Orleans.Benchmarks;

/// <summary>
/// Lets the benchmark driver measure inside the silo process: its memory, and load generated in the silo itself
/// the way the MCP endpoint calls grains.
/// </summary>
[Alias("FluentMcp.Bench.IBenchControlGrain")]
public interface IBenchControlGrain : IGrainWithIntegerKey
{
    /// <summary>Collects garbage fully and reads the silo's managed heap, working set and activation count.</summary>
    [Alias("MeasureMemory")]
    Task<MemorySample> MeasureMemoryAsync();

    /// <summary>Runs one timed round of in-silo load, off the grain scheduler, through the silo's grain factory.</summary>
    [Alias("RunRound")]
    Task<RoundResult> RunRoundAsync(InSiloRound round);
}
