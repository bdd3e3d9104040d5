using System.Diagnostics;

namespace FluentMcp.Orleans.Benchmarks.Measuring;

/// <summary>
/// Runs contenders in alternating rounds, so that whatever else loads the machine loads every contender alike:
/// warm-up rounds first, then timed rounds whose order rotates each time.
/// </summary>
internal static class ComparisonRunner
{
    public static async Task<Comparison> RunAsync(
        string title,
        int inFlight,
        IReadOnlyList<Contender> contenders,
        RoundPlan plan,
        CancellationToken cancellationToken)
    {
        Console.WriteLine($"  {title}, {inFlight} in flight");
        for (var round = 0; round < plan.WarmupRounds; round++)
        {
            foreach (var contender in contenders)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await contender.RunRoundAsync(inFlight, plan.Duration);
            }
        }

        var rounds = contenders.ToDictionary(c => c.Name, _ => new List<RoundFigure>());
        for (var round = 0; round < plan.Rounds; round++)
        {
            for (var i = 0; i < contenders.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var contender = contenders[(round + i) % contenders.Count];
                rounds[contender.Name].Add(await MeasureAsync(contender, inFlight, plan.Duration));
            }
        }

        var figures = contenders.Select(c => Summarize(c.Name, rounds[c.Name])).ToList();
        foreach (var figure in figures)
        {
            Console.WriteLine(
                $"    {figure.Name,-46} {figure.CallsPerSecond,10:F0}/s  p50 {figure.P50Micros / 1000,7:F3} ms"
                + $"  p99 {figure.P99Micros / 1000,7:F3} ms  cpu {figure.CpuMicrosPerCall,6:F1} us/call"
                + (figure.Failures > 0 ? $"  FAILURES {figure.Failures}" : string.Empty));
        }

        return new Comparison(title, inFlight, figures);
    }

    private static async Task<RoundFigure> MeasureAsync(Contender contender, int inFlight, TimeSpan duration)
    {
        var cpuBefore = CpuTime(contender);
        var result = await contender.RunRoundAsync(inFlight, duration);
        var cpu = CpuTime(contender) - cpuBefore;

        return new RoundFigure(
            result.Calls,
            result.Failures,
            result.CallsPerSecond,
            result.P50Micros,
            result.P99Micros,
            result.MaxMicros,
            result.Calls == 0 ? 0 : cpu.TotalMicroseconds / result.Calls);
    }

    private static TimeSpan CpuTime(Contender contender)
    {
        using var self = Process.GetCurrentProcess();
        return contender.Servers.Aggregate(self.TotalProcessorTime, (total, server) => total + server.CpuTime);
    }

    private static ContenderFigure Summarize(string name, List<RoundFigure> rounds) =>
        new(
            name,
            Median(rounds.Select(r => r.CallsPerSecond)),
            Median(rounds.Select(r => r.P50Micros)),
            Median(rounds.Select(r => r.P99Micros)),
            Median(rounds.Select(r => r.CpuMicrosPerCall)),
            rounds.Sum(r => r.Failures),
            rounds);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
