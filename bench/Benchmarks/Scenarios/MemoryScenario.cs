using System.Diagnostics;
using FluentMcp.Orleans.Benchmarks.Hosting;
using FluentMcp.Orleans.Benchmarks.Reporting;

namespace FluentMcp.Orleans.Benchmarks.Scenarios;

/// <summary>
/// Scenario 7: the silo's memory per active budget. Activates one budget per (project, tool) pair with one call
/// each, measures the silo's managed heap and working set, has the idle budgets deactivated, measures again, and
/// checks on a sample that every pair still holds its usage when called again.
/// </summary>
/// <remarks>
/// Pairs are spread over many projects with a bounded number of tools each, because each project keeps one stored
/// index of its tools and a single project with every tool would measure that index, not the budgets.
/// </remarks>
internal sealed class MemoryScenario(BenchSiloProcess silo)
{
    private const int Parallelism = 256;
    private const int WarmupPairs = 200;
    private static readonly TimeSpan IdleBeforeCollection = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan CollectionTimeout = TimeSpan.FromMinutes(2);

    public async Task<ScenarioReport> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var control = silo.Cluster.GetGrain<IBenchControlGrain>(0);
        var pairs = Pairs(options.MemoryProjects, options.MemoryToolsPerProject);

        // The code paths run once before the baseline, so that the baseline holds loaded code and warm caches.
        await CallAllAsync(Pairs(1, WarmupPairs, "warmup"), expectedUsage: 1, cancellationToken);
        var before = await control.MeasureMemoryAsync();
        Console.WriteLine($"  baseline: {Describe(before)}");

        var activation = Stopwatch.StartNew();
        var activated = await CallAllAsync(pairs, expectedUsage: 1, cancellationToken);
        activation.Stop();
        var active = await control.MeasureMemoryAsync();
        Console.WriteLine($"  {activated:N0} of {pairs.Length:N0} pairs active after {activation.Elapsed.TotalSeconds:F1} s: "
            + Describe(active));

        var collection = Stopwatch.StartNew();
        await CollectAsync(active.Activations - pairs.Length, cancellationToken);
        collection.Stop();
        var collected = await control.MeasureMemoryAsync();
        Console.WriteLine($"  after collection ({collection.Elapsed.TotalSeconds:F1} s): {Describe(collected)}");

        var sample = Sample(pairs, options.MemoryCheckPairs);
        var correct = await CallAllAsync(sample, expectedUsage: 2, cancellationToken);
        Console.WriteLine($"  usage correct on {correct:N0} of {sample.Length:N0} sampled pairs called again");

        return new ScenarioReport(
            "7 memory",
            $"Silo memory per active budget: {pairs.Length:N0} pairs ({options.MemoryProjects:N0} projects x "
            + $"{options.MemoryToolsPerProject} tools), one call each, memory storage",
            "measured")
        {
            Memory = new MemoryReport(
                pairs.Length,
                options.MemoryProjects,
                activation.Elapsed.TotalSeconds,
                before,
                active,
                collected,
                collection.Elapsed.TotalSeconds,
                sample.Length,
                correct),
            Notes =
            [
                $"{activated:N0} of {pairs.Length:N0} first calls were admitted with usage 1.",
                "Memory storage keeps every stored state in the silo, so what stays after deactivation includes the "
                + "stored usage of every pair, their reminders and the project indexes.",
            ],
        };
    }

    private static (string Project, string Tool)[] Pairs(int projects, int toolsPerProject, string prefix = "mem") =>
        [.. Enumerable.Range(0, projects)
            .SelectMany(p => Enumerable.Range(0, toolsPerProject).Select(t => ($"{prefix}-{p}", $"tool-{t}")))];

    private static (string Project, string Tool)[] Sample((string Project, string Tool)[] pairs, int count)
    {
        var step = Math.Max(1, pairs.Length / Math.Max(1, count));
        return [.. pairs.Where((_, index) => index % step == 0).Take(count)];
    }

    /// <returns>How many calls were admitted with the expected usage in both windows.</returns>
    private async Task<int> CallAllAsync(
        (string Project, string Tool)[] pairs,
        int expectedUsage,
        CancellationToken cancellationToken)
    {
        var correct = 0;
        var budgets = silo.Budgets;
        await Parallel.ForEachAsync(
            pairs,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (pair, token) =>
            {
                var decision = await budgets.TryCheckAndUpdateBudgetAsync(
                    pair.Project,
                    pair.Tool,
                    cancellationToken: token);
                if (decision.Admitted
                    && decision.Status.Hourly.Usage == expectedUsage
                    && decision.Status.Daily.Usage == expectedUsage)
                {
                    Interlocked.Increment(ref correct);
                }
            });
        return correct;
    }

    /// <summary>
    /// Lets the budgets go idle, then asks the silo to deactivate every idle activation, and waits until at most
    /// <paramref name="othersBound"/> plus a small margin remain.
    /// </summary>
    private async Task CollectAsync(int othersBound, CancellationToken cancellationToken)
    {
        var management = silo.Cluster.GetGrain<IManagementGrain>(0);
        await Task.Delay(IdleBeforeCollection, cancellationToken);
        await management.ForceActivationCollection(IdleBeforeCollection, cancellationToken);

        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < CollectionTimeout)
        {
            var left = await management.GetTotalActivationCount(cancellationToken);
            if (left <= Math.Max(othersBound, 0) + 100)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    private static string Describe(MemorySample sample) =>
        $"GC heap {sample.GcHeapBytes / 1048576.0:F1} MiB, working set {sample.WorkingSetBytes / 1048576.0:F1} MiB, "
        + $"{sample.Activations:N0} activations";
}
