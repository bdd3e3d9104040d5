namespace FluentMcp.Orleans.Benchmarks;

/// <summary>
/// What one timed round measured.
/// </summary>
/// <param name="Calls">Calls completed before the round's deadline.</param>
/// <param name="Failures">Calls among them that threw.</param>
/// <param name="Seconds">The round's length, from the first call to the deadline.</param>
/// <param name="P50Micros">Median latency, in microseconds.</param>
/// <param name="P99Micros">99th percentile latency, in microseconds.</param>
/// <param name="MaxMicros">Longest latency, in microseconds.</param>
[GenerateSerializer]
[Immutable]
[Alias("FluentMcp.Bench.RoundResult")]
public sealed record RoundResult(
    [property: Id(0)] long Calls,
    [property: Id(1)] long Failures,
    [property: Id(2)] double Seconds,
    [property: Id(3)] double P50Micros,
    [property: Id(4)] double P99Micros,
    [property: Id(5)] double MaxMicros)
{
    public double CallsPerSecond => Calls / Seconds;
}
