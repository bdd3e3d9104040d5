namespace FluentMcp.Orleans.Samples.DataTools;

/// <summary>
/// Summary statistics of a series of numbers.
/// </summary>
/// <param name="Count">How many numbers.</param>
/// <param name="Sum">Their sum.</param>
/// <param name="Mean">Their mean.</param>
/// <param name="Median">Their median.</param>
/// <param name="Min">The smallest.</param>
/// <param name="Max">The largest.</param>
/// <param name="StdDev">The population standard deviation.</param>
/// <param name="Source">Where the numbers came from: <c>values</c>, or the column of the query.</param>
public sealed record DataSummary(
    int Count,
    double Sum,
    double Mean,
    double Median,
    double Min,
    double Max,
    double StdDev,
    string Source)
{
    /// <summary>
    /// Computes the statistics of <paramref name="values"/>.
    /// </summary>
    /// <param name="values">The numbers; at least one.</param>
    /// <param name="source">Where they came from.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException">There are no numbers.</exception>
    public static DataSummary Of(IReadOnlyList<double> values, string source)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("There are no numbers to analyze.", nameof(values));
        }

        var sorted = values.Order().ToArray();
        var mean = sorted.Average();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        var variance = sorted.Sum(v => (v - mean) * (v - mean)) / sorted.Length;

        return new DataSummary(
            sorted.Length,
            Round(sorted.Sum()),
            Round(mean),
            Round(median),
            sorted[0],
            sorted[^1],
            Round(Math.Sqrt(variance)),
            source);
    }

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
