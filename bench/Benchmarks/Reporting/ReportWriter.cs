using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentMcp.Orleans.Benchmarks.Measuring;

namespace FluentMcp.Orleans.Benchmarks.Reporting;

/// <summary>
/// Writes a run's report as JSON for machines and as Markdown tables for people.
/// </summary>
internal static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task WriteAsync(BenchmarkReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        var json = JsonSerializer.Serialize(report, Json) + "\n";
        await File.WriteAllTextAsync(Path.Combine(directory, "latest.json"), json);
        await File.WriteAllTextAsync(Path.Combine(directory, "latest.md"), Markdown(report));
    }

    private static string Markdown(BenchmarkReport report)
    {
        var md = new StringBuilder();
        var machine = report.Machine;
        Line(md, "# Benchmark run");
        Line(md);
        Line(md, $"- Machine: {machine.Cores} cores ({machine.Processor}), {machine.MemoryGiB} GiB, {machine.OperatingSystem}");
        Line(md, $"- Load average (1 min) at start and end: {report.LoadAverageAtStart} and {report.LoadAverageAtEnd} "
            + "(other work on the machine included)");
        Line(md, $"- Runtime: {machine.Framework}, {machine.RuntimeIdentifier}, server GC: {machine.ServerGarbageCollector}");
        Line(md, $"- Command: `{report.Command}`");
        Line(md, $"- Started {report.Started:yyyy-MM-ddTHH:mm:ssZ}, took {report.Minutes:F1} min; each figure is the median of "
            + $"{report.Rounds} alternating rounds of {report.RoundSeconds} s after {report.WarmupRounds} warm-up round(s)");

        foreach (var scenario in report.Scenarios)
        {
            Line(md);
            Line(md, $"## {scenario.Id}: {scenario.Title}");
            Line(md);
            if (scenario.Status != "measured")
            {
                Line(md, $"**{scenario.Status}.**");
                Line(md);
            }

            foreach (var note in scenario.Notes)
            {
                Line(md, $"- {note}");
            }

            foreach (var comparison in scenario.Comparisons)
            {
                WriteComparison(md, comparison);
            }

            if (scenario.Memory is { } memory)
            {
                WriteMemory(md, memory);
            }
        }

        Line(md);
        Line(md, "## Goals");
        Line(md);
        Line(md, "| goal | setting | target | measured | met |");
        Line(md, "| --- | --- | --- | --- | --- |");
        foreach (var goal in report.Goals)
        {
            Line(md, $"| {goal.Goal} | {goal.Setting} | {goal.Target} | {goal.Actual} | {(goal.Met ? "yes" : "**no**")} |");
        }

        return md.ToString();
    }

    private static void WriteComparison(StringBuilder md, Comparison comparison)
    {
        Line(md);
        Line(md, $"**{comparison.InFlight} in flight, {comparison.Title}**");
        Line(md);
        Line(md, "| contender | calls/s | p50 ms | p99 ms | CPU µs/call | first ÷ this | failures |");
        Line(md, "| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        var first = comparison.Contenders[0];
        foreach (var c in comparison.Contenders)
        {
            Line(md, $"| {c.Name} | {c.CallsPerSecond:F0} | {c.P50Micros / 1000:F3} | {c.P99Micros / 1000:F3} "
                + $"| {c.CpuMicrosPerCall:F1} | {first.CallsPerSecond / c.CallsPerSecond:F2} | {c.Failures} |");
        }
    }

    private static void WriteMemory(StringBuilder md, MemoryReport memory)
    {
        Line(md);
        Line(md, "| silo | GC heap MiB | working set MiB | activations |");
        Line(md, "| --- | ---: | ---: | ---: |");
        Row(md, "before", memory.Before);
        Row(md, $"{memory.Pairs:N0} pairs active", memory.Active);
        Row(md, "after idle deactivation", memory.AfterCollection);
        Line(md);
        Line(md, $"- Growth per active pair: GC heap {memory.GcHeapBytesPerPair:F0} B, working set "
            + $"{memory.WorkingSetBytesPerPair:F0} B");
        Line(md, $"- Of the GC heap growth per pair, {memory.ActivationGcHeapBytesPerPair:F0} B went with the activations "
            + $"and {memory.RetainedGcHeapBytesPerPair:F0} B stayed (stored usage, reminders, project indexes)");
        Line(md, $"- Given back after deactivation: GC heap {memory.GcHeapReturned:P0}, working set "
            + $"{memory.WorkingSetReturned:P0}");
        Line(md, $"- Activating took {memory.ActivationSeconds:F1} s ({memory.Pairs / memory.ActivationSeconds:F0} "
            + $"first calls/s); deactivation {memory.CollectionSeconds:F1} s");
        Line(md, $"- Usage correct when called again: {memory.CorrectPairs:N0} of {memory.CheckedPairs:N0} sampled pairs");
    }

    private static void Row(StringBuilder md, string name, MemorySample sample) =>
        Line(md, $"| {name} | {sample.GcHeapBytes / 1048576.0:F1} | {sample.WorkingSetBytes / 1048576.0:F1} "
            + $"| {sample.Activations:N0} |");

    private static void Line(StringBuilder md, string text = "") =>
        md.Append(CultureInfo.InvariantCulture, $"{text}\n");
}
