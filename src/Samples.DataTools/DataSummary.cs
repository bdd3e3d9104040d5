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
    /// Computes the statistics of <paramref name="values"/>. The median halves before it adds and the standard
    /// deviation works on numbers scaled by the largest magnitude, so neither overflows when the sum does not.
    /// </summary>
    /// <param name="values">The numbers; at least one, all finite.</param>
    /// <param name="source">Where they came from.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException">
    /// There are no numbers, one is not finite, or their sum is too large to represent.
    /// </exception>
    public static DataSummary Of(IReadOnlyList<double> values, string source)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("There are no numbers to analyze.", nameof(values));
        }

        var sorted = values.Order().ToArray();
        if (!double.IsFinite(sorted[0]) || !double.IsFinite(sorted[^1]))
        {
            throw new ArgumentException($"The numbers of {source} must be finite.", nameof(values));
        }

        var sum = sorted.Sum();
        if (!double.IsFinite(sum))
        {
            throw new ArgumentException(
                $"The sum of the numbers of {source} is too large to represent as a double.", nameof(values));
        }

        var mean = sum / sorted.Length;
        var scale = Math.Max(Math.Max(Math.Abs(sorted[0]), Math.Abs(sorted[^1])), double.Epsilon);
        var variance = sorted.Sum(v => Math.Pow((v / scale) - (mean / scale), 2)) / sorted.Length;
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] / 2) + (sorted[middle] / 2);

        return new DataSummary(
            sorted.Length,
            Round(sum),
            Round(mean),
            Round(median),
            sorted[0],
            sorted[^1],
            Round(Math.Sqrt(variance) * scale),
            source);
    }

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
