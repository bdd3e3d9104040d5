using System.Globalization;
using System.Security;
using System.Text;

namespace FluentMcp.Orleans.Samples.DataTools;

/// <summary>
/// Draws a series as a small SVG bar or line chart.
/// </summary>
public static class SvgChart
{
    private const double Width = 640;
    private const double Height = 400;
    private const double Margin = 48;

    /// <summary>
    /// Draws a chart.
    /// </summary>
    /// <param name="values">The series; at least one value.</param>
    /// <param name="labels">One label per value, or <see langword="null"/> to number them.</param>
    /// <param name="title">The title, or <see langword="null"/>.</param>
    /// <param name="line"><see langword="true"/> for a line chart, <see langword="false"/> for bars.</param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="ArgumentException">There are no values, or the labels do not match them.</exception>
    public static string Render(IReadOnlyList<double> values, IReadOnlyList<string>? labels, string? title, bool line)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("There are no values to chart.", nameof(values));
        }

        if (labels is not null && labels.Count != values.Count)
        {
            throw new ArgumentException(
                $"There are {labels.Count} labels for {values.Count} values; give one label per value.",
                nameof(labels));
        }

        if (values.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("The values to chart must be finite numbers.", nameof(values));
        }

        // Halved, the span from the lowest to the highest value cannot overflow, even from -double.MaxValue to
        // double.MaxValue.
        var top = Math.Max(values.Max(), 0) / 2;
        var bottom = Math.Min(values.Min(), 0) / 2;
        var span = top - bottom == 0 ? 1 : top - bottom;
        var plotWidth = Width - (2 * Margin);
        var plotHeight = Height - (2 * Margin);
        var step = plotWidth / values.Count;
        double Y(double value) => Margin + ((top - (value / 2)) / span * plotHeight);

        var svg = new StringBuilder();
        Append(svg, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\">");
        Append(svg, $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>");
        if (!string.IsNullOrWhiteSpace(title))
        {
            Text(svg, Width / 2, Margin / 2, 16, title);
        }

        var axis = F(Y(0));
        Append(svg, $"<line x1=\"{Margin}\" y1=\"{axis}\" x2=\"{Width - Margin}\" y2=\"{axis}\" stroke=\"#444\"/>");
        var points = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            var x = Margin + (i * step);
            var y = Y(values[i]);
            if (line)
            {
                points.Add($"{F(x + (step / 2))},{F(y)}");
            }
            else
            {
                var (barTop, barHeight) = (F(Math.Min(y, Y(0))), F(Math.Abs(Y(0) - y)));
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x + (step * 0.1))}\" y=\"{barTop}\" ")
                    .Append(CultureInfo.InvariantCulture, $"width=\"{F(step * 0.8)}\" height=\"{barHeight}\" ")
                    .Append("fill=\"#3b82f6\"/>");
            }

            var label = labels?[i] ?? (i + 1).ToString(CultureInfo.InvariantCulture);
            Text(svg, x + (step / 2), Height - (Margin / 2), 11, label);
        }

        if (line)
        {
            var polyline = string.Join(' ', points);
            Append(svg, $"<polyline points=\"{polyline}\" fill=\"none\" stroke=\"#3b82f6\" stroke-width=\"2\"/>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Text(StringBuilder svg, double x, double y, int size, string text) =>
        Append(
            svg,
            $"<text x=\"{F(x)}\" y=\"{F(y)}\" text-anchor=\"middle\" font-size=\"{size}\">{Escape(text)}</text>");

    private static void Append(StringBuilder svg, FormattableString element) =>
        svg.Append(element.ToString(CultureInfo.InvariantCulture));

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;
}
