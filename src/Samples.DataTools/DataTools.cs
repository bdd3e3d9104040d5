using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentMcp.Orleans.Grains.Tools;

namespace FluentMcp.Orleans.Samples.DataTools;

/// <summary>
/// The sample tools: SQL search, statistics and charts over the sample sales database, registered like any user's
/// tools with <see cref="ToolRegistrationExtensions.AddTools{TTools}(ISiloBuilder)"/>.
/// </summary>
/// <param name="database">The sample database.</param>
public sealed class DataTools(SampleDatabase database)
{
    /// <summary>The most rows a query returns.</summary>
    public const int MaxRows = 500;

    /// <summary>
    /// The most numbers that <c>analyze_data</c> summarizes and <c>generate_chart</c> draws in one call.
    /// </summary>
    public const int MaxValues = 10_000;

    /// <summary>
    /// The largest magnitude of one given number: small enough that the sum of <see cref="MaxValues"/> of them, and
    /// the span of a chart, stay finite.
    /// </summary>
    public const double MaxMagnitude = 1e300;

    /// <summary>The most characters of a chart title.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>
    /// Runs a read-only SQL query.
    /// </summary>
    /// <param name="query">The SELECT statement.</param>
    /// <param name="maxRows">The most rows to return.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The rows.</returns>
    [McpTool("search_database")]
    [Description("Runs one read-only SQL SELECT over the sample sales database (SQLite) and returns its rows. "
        + "Tables: products(id, name, category, unit_price), customers(id, name, region), "
        + "sales(id, product_id, customer_id, quantity, sold_on).")]
    public Task<QueryResult> SearchDatabaseAsync(
        [Description("One SELECT (or WITH ... SELECT) statement.")] string query,
        [Description("The most rows to return, 1 to 500. Default: 100.")][Range(1, MaxRows)] int maxRows = 100,
        CancellationToken cancellationToken = default)
    {
        if (maxRows is < 1 or > MaxRows)
        {
            throw new ArgumentOutOfRangeException("max_rows", maxRows, $"max_rows must be from 1 to {MaxRows}.");
        }

        return database.QueryAsync(query, maxRows, cancellationToken);
    }

    /// <summary>
    /// Summarizes numbers given directly or read by a query.
    /// </summary>
    /// <param name="values">The numbers, or <see langword="null"/> to read them with a query.</param>
    /// <param name="query">A SELECT whose numbers are summarized, or <see langword="null"/>.</param>
    /// <param name="column">The column of the query to summarize; default: its first numeric column.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The summary.</returns>
    [McpTool("analyze_data")]
    [Description("Computes summary statistics (count, sum, mean, median, min, max, standard deviation) of numbers "
        + "given in values, or of a numeric column of a read-only SQL query over the sample sales database.")]
    public async Task<DataSummary> AnalyzeDataAsync(
        [Description("The numbers to summarize, 1 to 10000 of them, each from -1e300 to 1e300; "
            + "leave out to use query.")]
        [MinLength(1)]
        [MaxLength(MaxValues)]
        [Range(-MaxMagnitude, MaxMagnitude)]
        double[]? values = null,
        [Description("A SELECT statement whose results are summarized; leave out to use values.")] string? query = null,
        [Description("The column of the query to summarize; default: its first numeric column.")] string? column = null,
        CancellationToken cancellationToken = default)
    {
        if ((values is null) == (query is null))
        {
            throw new ArgumentException("Give either values or query, not both and not neither.", nameof(values));
        }

        if (values is not null)
        {
            return DataSummary.Of(values, nameof(values));
        }

        var result = await database.QueryAsync(query!, MaxRows, cancellationToken);
        var name = column ?? result.Columns.FirstOrDefault(c => result.Rows.Any(r => r[c] is long or double))
            ?? throw new ArgumentException("The query returned no numeric column.", nameof(query));
        if (!result.Columns.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"The query has no column '{name}'.", nameof(column));
        }

        var numbers = result.Rows.Select(r => r[name]).Where(v => v is long or double)
            .Select(v => Convert.ToDouble(v, CultureInfo.InvariantCulture)).ToList();
        return DataSummary.Of(numbers, name);
    }

    /// <summary>
    /// Draws a series as an SVG chart.
    /// </summary>
    /// <param name="values">The series.</param>
    /// <param name="labels">One label per value.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="chartType"><c>bar</c> or <c>line</c>.</param>
    /// <returns>The chart.</returns>
    [McpTool("generate_chart")]
    [Description("Draws a series of numbers as an SVG bar or line chart and returns the SVG document.")]
    public static ChartResult GenerateChart(
        [Description("The values to draw, in order: 1 to 10000 of them, each from -1e300 to 1e300.")]
        [MinLength(1)]
        [MaxLength(MaxValues)]
        [Range(-MaxMagnitude, MaxMagnitude)]
        double[] values,
        [Description("One label per value, at most 10000; default: 1, 2, 3, ...")][MaxLength(MaxValues)]
        string[]? labels = null,
        [Description("The chart title, at most 200 characters.")][MaxLength(MaxTitleLength)] string? title = null,
        [Description("bar or line. Default: bar.")][AllowedValues("bar", "line")] string chartType = "bar")
    {
        var line = chartType switch
        {
            "bar" => false,
            "line" => true,
            _ => throw new ArgumentException($"chart_type must be bar or line, not '{chartType}'.", "chart_type"),
        };

        return new ChartResult(chartType, values.Length, SvgChart.Render(values, labels, title, line));
    }

    /// <summary>
    /// Describes one table of the sample database.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="cancellationToken">Stops the queries.</param>
    /// <returns>The summary.</returns>
    [McpTool("summarize_table", Kind = ToolKind.Embedded)]
    [Description("Describes a table of the sample sales database: its row count and, per column, the type, the "
        + "number of distinct values and statistics of numeric columns.")]
    public async Task<TableSummary> SummarizeTableAsync(
        [Description("The table: products, customers or sales.")] string table,
        CancellationToken cancellationToken = default)
    {
        var tables = await database.ListTablesAsync(cancellationToken);
        if (!tables.Contains(table, StringComparer.Ordinal))
        {
            throw new ArgumentException(
                $"There is no table '{table}'; the tables are {string.Join(", ", tables)}.", nameof(table));
        }

        var quoted = "\"" + table.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        // The table name was checked against the database's own tables above.
        var info = await database.QueryAsync(
            $"SELECT name, type FROM pragma_table_info('{table}')", MaxRows, cancellationToken);
        var rows = await database.QueryAsync($"SELECT * FROM {quoted}", MaxRows, cancellationToken);

        var columns = info.Rows.Select(c =>
        {
            var name = (string)c["name"]!;
            var values = rows.Rows.Select(r => r[name]).ToList();
            var numbers = values.Where(v => v is long or double)
                .Select(v => Convert.ToDouble(v, CultureInfo.InvariantCulture)).ToList();
            return new ColumnSummary(
                name,
                (string)c["type"]!,
                values.Distinct().LongCount(),
                numbers.Count > 0 && numbers.Count == values.Count ? DataSummary.Of(numbers, name) : null);
        }).ToList();

        return new TableSummary(table, rows.RowCount, columns);
    }
}
