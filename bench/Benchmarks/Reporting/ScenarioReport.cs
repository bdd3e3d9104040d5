using FluentMcp.Orleans.Benchmarks.Measuring;

namespace FluentMcp.Orleans.Benchmarks.Reporting;

/// <summary>
/// What one scenario measured, or why it did not.
/// </summary>
/// <param name="Id">The scenario's number in the issue (1 to 7) and name.</param>
/// <param name="Title">What it measures.</param>
/// <param name="Status"><c>measured</c>, <c>not measured</c> or <c>failed</c>.</param>
internal sealed record ScenarioReport(string Id, string Title, string Status)
{
    public List<string> Notes { get; init; } = [];

    public List<Comparison> Comparisons { get; init; } = [];

    public MemoryReport? Memory { get; init; }

    public static ScenarioReport NotMeasured(string id, string title, string why) =>
        new(id, title, "not measured") { Notes = [why] };
}
