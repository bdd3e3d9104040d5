namespace FluentMcp.Orleans.Benchmarks;

/// <summary>
/// One round of load generated inside the silo.
/// </summary>
/// <param name="Target">What each call does.</param>
/// <param name="InFlight">Calls kept in flight.</param>
/// <param name="Pairs">Distinct (project, tool) pairs: 1 for a hot pair, else one per call in flight.</param>
/// <param name="ProjectPrefix">The projects of the pairs, see <see cref="PairKeys"/>.</param>
/// <param name="ToolName">The tool of every pair.</param>
/// <param name="Duration">How long the round issues calls.</param>
[GenerateSerializer]
[Immutable]
[Alias("FluentMcp.Bench.InSiloRound")]
public sealed record InSiloRound(
    [property: Id(0)] InSiloTarget Target,
    [property: Id(1)] int InFlight,
    [property: Id(2)] int Pairs,
    [property: Id(3)] string ProjectPrefix,
    [property: Id(4)] string ToolName,
    [property: Id(5)] TimeSpan Duration);
