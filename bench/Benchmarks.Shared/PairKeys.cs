namespace FluentMcp.Orleans.Benchmarks;

/// <summary>
/// Names the (project, tool) pairs of a load. The pairs of one load share a tool and differ by project, so that
/// a limit configured for that tool applies to all of them: worker <c>i</c> calls project <c>i % pairs</c>.
/// </summary>
public static class PairKeys
{
    /// <summary>Gets the project of each worker, computed once so that the timed loop formats nothing.</summary>
    /// <param name="prefix">What the load's projects start with.</param>
    /// <param name="inFlight">The number of workers.</param>
    /// <param name="pairs">The number of distinct pairs; 1 for a hot pair.</param>
    public static string[] ProjectsOf(string prefix, int inFlight, int pairs) =>
        [.. Enumerable.Range(0, inFlight).Select(worker => $"{prefix}-{worker % pairs}")];
}
