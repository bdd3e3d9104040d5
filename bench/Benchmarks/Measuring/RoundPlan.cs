namespace FluentMcp.Orleans.Benchmarks.Measuring;

/// <summary>
/// How many rounds a comparison runs, and how long each is.
/// </summary>
internal sealed record RoundPlan(int WarmupRounds, int Rounds, TimeSpan Duration);
