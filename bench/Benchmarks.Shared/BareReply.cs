namespace FluentMcp.Orleans.Benchmarks;

/// <summary>
/// The small record the bare grain returns.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("FluentMcp.Bench.BareReply")]
public sealed record BareReply(
    [property: Id(0)] bool Admitted,
    [property: Id(1)] int Usage);
