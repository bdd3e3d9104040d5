namespace FluentMcp.Orleans.Benchmarks.Measuring;

/// <summary>
/// One timed round of one contender.
/// </summary>
internal sealed record RoundFigure(
    long Calls,
    long Failures,
    double CallsPerSecond,
    double P50Micros,
    double P99Micros,
    double MaxMicros,
    double CpuMicrosPerCall);
