namespace FluentMcp.Orleans.Benchmarks.Measuring;

/// <summary>
/// The figures of contenders measured side by side at one setting.
/// </summary>
/// <param name="Title">What was compared, for the report.</param>
/// <param name="InFlight">Calls in flight.</param>
/// <param name="Contenders">One figure per contender, in the order given.</param>
internal sealed record Comparison(string Title, int InFlight, IReadOnlyList<ContenderFigure> Contenders)
{
    public ContenderFigure this[string name] => Contenders.Single(c => c.Name == name);

    /// <summary>Gets the throughput of one contender over another's.</summary>
    public double ThroughputRatio(string name, string baseline) =>
        this[name].CallsPerSecond / this[baseline].CallsPerSecond;
}
