namespace FluentMcp.Orleans.Benchmarks.Measuring;

/// <summary>
/// A contender's figures in one comparison: medians over the timed rounds, and every round.
/// </summary>
/// <param name="Name">The contender.</param>
/// <param name="CallsPerSecond">Median throughput.</param>
/// <param name="P50Micros">Median of the rounds' median latencies.</param>
/// <param name="P99Micros">Median of the rounds' 99th percentile latencies.</param>
/// <param name="CpuMicrosPerCall">Median CPU time per call, of this process and the serving processes together.</param>
/// <param name="Failures">Failed calls over all timed rounds.</param>
/// <param name="Rounds">The timed rounds, in the order they ran.</param>
internal sealed record ContenderFigure(
    string Name,
    double CallsPerSecond,
    double P50Micros,
    double P99Micros,
    double CpuMicrosPerCall,
    long Failures,
    IReadOnlyList<RoundFigure> Rounds);
