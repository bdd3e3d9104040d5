namespace FluentMcp.Orleans.Benchmarks;

/// <summary>
/// What the benchmark run measures and for how long; every value comes from the command line.
/// </summary>
internal sealed class BenchmarkOptions
{
    public required TimeSpan RoundDuration { get; init; }

    public required int Rounds { get; init; }

    public required int WarmupRounds { get; init; }

    public required IReadOnlyList<int> InFlight { get; init; }

    public required IReadOnlyList<int> DurableInFlight { get; init; }

    public required IReadOnlyList<int> McpInFlight { get; init; }

    public required IReadOnlySet<string> Scenarios { get; init; }

    public required string SiloPath { get; init; }

    public required string McpHostPath { get; init; }

    public required string RedisServerPath { get; init; }

    public required string AzuritePath { get; init; }

    public required string OutputDirectory { get; init; }

    public required int MemoryProjects { get; init; }

    public required int MemoryToolsPerProject { get; init; }

    public required int MemoryCheckPairs { get; init; }

    public required TimeSpan CollectionAge { get; init; }

    /// <summary>Gets the command line as given, for the report.</summary>
    public required string CommandLine { get; init; }

    public bool Runs(string scenario) => Scenarios.Contains(scenario);
}
