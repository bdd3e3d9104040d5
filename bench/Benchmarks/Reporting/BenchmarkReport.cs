namespace FluentMcp.Orleans.Benchmarks.Reporting;

/// <summary>
/// Everything a run measured: written to <c>latest.json</c> and summarized in <c>latest.md</c>.
/// </summary>
internal sealed record BenchmarkReport(
    RuntimeIdentity Machine,
    string Command,
    DateTimeOffset Started,
    double Minutes,
    string LoadAverageAtStart,
    string LoadAverageAtEnd,
    double RoundSeconds,
    int Rounds,
    int WarmupRounds,
    IReadOnlyList<ScenarioReport> Scenarios,
    IReadOnlyList<GoalCheck> Goals);
