using System.Globalization;
using FluentMcp.Orleans.Benchmarks.Measuring;
using FluentMcp.Orleans.Benchmarks.Scenarios;

namespace FluentMcp.Orleans.Benchmarks.Reporting;

/// <summary>
/// Holds the measured figures against the design's goals.
/// </summary>
internal static class GoalEvaluator
{
    private const double BareRatioGoal = 0.7;
    private const double P99GoalMicros = 2_000;
    private const int P99GoalInFlight = 64;
    private const double BytesPerPairGoal = 4_096;
    private const double GateOverheadGoal = 0.10;

    public static List<GoalCheck> Evaluate(IEnumerable<ScenarioReport> scenarios)
    {
        var goals = new List<GoalCheck>();
        foreach (var scenario in scenarios)
        {
            if (scenario.Id.StartsWith("1-3", StringComparison.Ordinal))
            {
                foreach (var comparison in scenario.Comparisons)
                {
                    AddClientGoals(goals, comparison);
                }
            }

            if (scenario.Id == McpScenario.Id)
            {
                foreach (var comparison in scenario.Comparisons)
                {
                    AddMcpGoals(goals, comparison);
                }
            }

            if (scenario.Memory is { } memory)
            {
                AddMemoryGoals(goals, memory);
            }

            if (scenario.Status != "measured")
            {
                goals.Add(new GoalCheck(scenario.Title, "-", "measured", scenario.Status, Met: false));
            }
        }

        return goals;
    }

    private static void AddClientGoals(List<GoalCheck> goals, Comparison comparison)
    {
        var setting = $"{comparison.InFlight} in flight, {comparison.Title}";
        var budget = comparison[ContenderNames.Budget];
        var bareRatio = comparison.ThroughputRatio(ContenderNames.Budget, ContenderNames.Bare);
        goals.Add(new GoalCheck(
            "budget check throughput / bare grain call throughput",
            setting,
            $">= {BareRatioGoal:F2}",
            F(bareRatio, "F2"),
            bareRatio >= BareRatioGoal));

        if (comparison.InFlight == P99GoalInFlight)
        {
            goals.Add(new GoalCheck(
                "budget check p99 latency",
                setting,
                $"<= {P99GoalMicros / 1000:F1} ms",
                $"{F(budget.P99Micros / 1000, "F2")} ms",
                budget.P99Micros <= P99GoalMicros));
        }

        if (comparison.Contenders.Any(c => c.Name == ContenderNames.Redis))
        {
            var redis = comparison[ContenderNames.Redis];
            var redisRatio = comparison.ThroughputRatio(ContenderNames.Budget, ContenderNames.Redis);
            goals.Add(new GoalCheck(
                "budget check throughput / Redis limiter throughput",
                setting,
                ">= 1.00",
                F(redisRatio, "F2"),
                redisRatio >= 1));
            goals.Add(new GoalCheck(
                "budget check p99 vs Redis limiter p99",
                setting,
                $"<= {F(redis.P99Micros / 1000, "F2")} ms",
                $"{F(budget.P99Micros / 1000, "F2")} ms",
                budget.P99Micros <= redis.P99Micros));
        }
    }

    /// <summary>
    /// What the gate adds to a call: time per call (the inverse of throughput) and median latency, each over the
    /// same call without the gate.
    /// </summary>
    private static void AddMcpGoals(List<GoalCheck> goals, Comparison comparison)
    {
        var setting = $"{comparison.InFlight} in flight, {comparison.Title}";
        var gated = comparison[ContenderNames.McpGated];
        var ungated = comparison[ContenderNames.McpUngated];
        var addedTime = ungated.CallsPerSecond / gated.CallsPerSecond - 1;
        goals.Add(new GoalCheck(
            "time per MCP tools/call added by the budget gate (inverse throughput)",
            setting,
            $"< {GateOverheadGoal:P0}",
            $"{addedTime:P1}",
            addedTime < GateOverheadGoal));
        var addedP50 = gated.P50Micros / ungated.P50Micros - 1;
        goals.Add(new GoalCheck(
            "p50 latency of an MCP tools/call added by the budget gate",
            setting,
            $"< {GateOverheadGoal:P0}",
            $"{addedP50:P1}",
            addedP50 < GateOverheadGoal));
    }

    private static void AddMemoryGoals(List<GoalCheck> goals, MemoryReport memory)
    {
        var setting = $"{memory.Pairs:N0} active pairs";
        goals.Add(new GoalCheck(
            "silo GC heap growth per active pair",
            setting,
            $"< {BytesPerPairGoal:F0} B",
            $"{memory.GcHeapBytesPerPair:F0} B",
            memory.GcHeapBytesPerPair < BytesPerPairGoal));
        goals.Add(new GoalCheck(
            "silo working set growth per active pair",
            setting,
            $"< {BytesPerPairGoal:F0} B",
            $"{memory.WorkingSetBytesPerPair:F0} B",
            memory.WorkingSetBytesPerPair < BytesPerPairGoal));
        goals.Add(new GoalCheck(
            "GC heap growth given back after idle deactivation",
            setting,
            "most of it",
            $"{memory.GcHeapReturned:P0}",
            memory.GcHeapReturned >= 0.5));
        goals.Add(new GoalCheck(
            "usage still correct when called again after deactivation",
            $"{memory.CheckedPairs:N0} sampled pairs",
            "all",
            $"{memory.CorrectPairs:N0}",
            memory.CorrectPairs == memory.CheckedPairs));
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
