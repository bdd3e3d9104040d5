namespace FluentMcp.Orleans.Samples.DataTools;

/// <summary>
/// A chart drawn by <c>generate_chart</c>.
/// </summary>
/// <param name="ChartType">The chart type: <c>bar</c> or <c>line</c>.</param>
/// <param name="Points">How many values were drawn.</param>
/// <param name="Svg">The SVG document.</param>
public sealed record ChartResult(string ChartType, int Points, string Svg);
