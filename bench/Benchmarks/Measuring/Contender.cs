using FluentMcp.Orleans.Benchmarks.Hosting;

namespace FluentMcp.Orleans.Benchmarks.Measuring;

/// <summary>
/// One side of a comparison: something that runs a timed round at a given number of calls in flight, and the
/// server processes whose CPU time it uses.
/// </summary>
/// <param name="Name">How the report names it.</param>
/// <param name="RunRoundAsync">Runs one round: calls in flight, duration.</param>
/// <param name="Servers">The processes that serve its calls.</param>
internal sealed record Contender(
    string Name,
    Func<int, TimeSpan, Task<RoundResult>> RunRoundAsync,
    IReadOnlyList<ChildProcess> Servers)
{
    /// <summary>
    /// A contender whose calls are made from this process: <paramref name="callFor"/> gets the calls in flight and
    /// returns the call of each worker.
    /// </summary>
    public static Contender Local(string name, Func<int, Func<int, Task>> callFor, params ChildProcess[] servers) =>
        new(name, (inFlight, duration) => LoadRunner.RunAsync(callFor(inFlight), inFlight, duration), servers);
}
