using FluentMcp.Orleans.Mcp.Tests.Infrastructure;
using FluentMcp.Orleans.Samples.DataTools;

namespace FluentMcp.Orleans.Mcp.Tests;

[Collection(McpSilo.Collection)]
public sealed class DataToolsTests(McpSilo silo)
{
    [Fact]
    public async Task SearchDatabase_Select_ReturnsRowsFromTheBundledDatabase()
    {
        var project = Ids.New("p");
        await using var client = await silo.ConnectAsync(project);

        var result = await client.CallToolAsync(
            "search_database",
            new Dictionary<string, object?>
            {
                ["query"] = "SELECT region, COUNT(*) AS n FROM customers GROUP BY region ORDER BY region",
            });

        Assert.False(result.IsError, result.Text());
        var json = result.Structured();
        Assert.Equal(["region", "n"], json.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(4, json.GetProperty("row_count").GetInt32());
        Assert.Equal("East", json.GetProperty("rows")[0].GetProperty("region").GetString());
        Assert.Equal(1, await silo.UsageAsync(project, "search_database"));
    }

    [Fact]
    public async Task SearchDatabase_NonSelectStatement_IsRejectedWithAClearError()
    {
        await using var client = await silo.ConnectAsync(Ids.New("p"));

        var result = await client.CallToolAsync(
            "search_database",
            new Dictionary<string, object?> { ["query"] = "DELETE FROM sales" });

        Assert.Equal("tool_execution_error", result.ErrorCode());
        Assert.Contains("Only read-only SELECT statements are allowed", result.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchDatabase_SecondStatementAfterSelect_IsRejected()
    {
        await using var client = await silo.ConnectAsync(Ids.New("p"));

        var result = await client.CallToolAsync(
            "search_database",
            new Dictionary<string, object?> { ["query"] = "SELECT 1; DROP TABLE sales" });

        Assert.Equal("tool_execution_error", result.ErrorCode());
        Assert.Contains("one statement", result.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search_database", "max_rows", 0, "at least 1")]
    [InlineData("search_database", "max_rows", 501, "at most 500")]
    [InlineData("generate_chart", "chart_type", "pie", "one of [\"bar\",\"line\"]")]
    [InlineData("generate_chart", "values", null, "at least 1 items")]
    public async Task DataTool_ArgumentOutOfBounds_IsInvalidArgumentsAndChargesNothing(
        string tool,
        string argument,
        object? value,
        string problem)
    {
        var project = Ids.New("p");
        await using var client = await silo.ConnectAsync(project);
        var arguments = tool == "search_database"
            ? new Dictionary<string, object?> { ["query"] = "SELECT 1" }
            : new Dictionary<string, object?> { ["values"] = new[] { 1.0 } };
        arguments[argument] = value ?? Array.Empty<double>();

        var result = await client.CallToolAsync(tool, arguments);

        Assert.Equal("invalid_arguments", result.ErrorCode());
        Assert.Equal(argument, result.Details().GetProperty("argument").GetString());
        Assert.Contains(problem, result.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await silo.UsageAsync(project, tool));
    }

    /// <summary>
    /// A chart of 1,000,000 values grew the silo by 5 GB, failed with a bare internal error, and was charged.
    /// </summary>
    [Theory]
    [InlineData("generate_chart")]
    [InlineData("analyze_data")]
    public async Task DataTool_MoreValuesThanTheCap_IsInvalidArgumentsAndChargesNothing(string tool)
    {
        var project = Ids.New("p");
        await using var client = await silo.ConnectAsync(project);

        var result = await client.CallToolAsync(
            tool,
            new Dictionary<string, object?> { ["values"] = Enumerable.Repeat(1.5, 10_001).ToArray() });

        Assert.Equal("invalid_arguments", result.ErrorCode());
        Assert.Equal("values", result.Details().GetProperty("argument").GetString());
        Assert.Contains("at most 10000 items", result.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await silo.UsageAsync(project, tool));
    }

    /// <summary>
    /// analyze_data of [1e308, 1e308] failed after charging, saying that infinity cannot be written as JSON.
    /// </summary>
    [Theory]
    [InlineData("analyze_data")]
    [InlineData("generate_chart")]
    public async Task DataTool_ValueBeyondTheMagnitudeBound_IsInvalidArgumentsNamingValuesAndChargesNothing(string tool)
    {
        var project = Ids.New("p");
        await using var client = await silo.ConnectAsync(project);

        var result = await client.CallToolAsync(
            tool,
            new Dictionary<string, object?> { ["values"] = new[] { 1e308, 1e308 } });

        Assert.Equal("invalid_arguments", result.ErrorCode());
        Assert.Equal("values[0]", result.Details().GetProperty("argument").GetString());
        Assert.Equal(0, await silo.UsageAsync(project, tool));
    }

    [Fact]
    public async Task AnalyzeData_ValuesAtTheMagnitudeBound_ReturnsFiniteStatistics()
    {
        await using var client = await silo.ConnectAsync(Ids.New("p"));

        var result = await client.CallToolAsync(
            "analyze_data",
            new Dictionary<string, object?> { ["values"] = new[] { 1e300, 1e300, -1e300, -1e300 } });

        Assert.False(result.IsError, result.Text());
        var json = result.Structured();
        Assert.Equal(0, json.GetProperty("sum").GetDouble());
        Assert.Equal(0, json.GetProperty("median").GetDouble());
        Assert.Equal(1e300, json.GetProperty("std_dev").GetDouble(), 1e286);
    }

    /// <summary>A chart of [1e308, -1e308] reported success with y="NaN" height="NaN" in its SVG.</summary>
    [Fact]
    public async Task GenerateChart_ValuesAtTheMagnitudeBound_DrawsWithoutNaN()
    {
        await using var client = await silo.ConnectAsync(Ids.New("p"));

        var result = await client.CallToolAsync(
            "generate_chart",
            new Dictionary<string, object?> { ["values"] = new[] { 1e300, -1e300 } });

        Assert.False(result.IsError, result.Text());
        var svg = result.Structured().GetProperty("svg").GetString();
        Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void DataSummary_ExtremeFiniteNumbers_StaysFinite()
    {
        var summary = DataSummary.Of([double.MaxValue, -double.MaxValue, double.MaxValue], "values");

        Assert.Equal(double.MaxValue, summary.Median);
        Assert.True(double.IsFinite(summary.StdDev), summary.ToString());
        Assert.True(double.IsFinite(summary.Mean), summary.ToString());
    }

    [Fact]
    public void DataSummary_SumBeyondDoubleRange_IsRefusedNamingValues()
    {
        var error = Assert.Throws<ArgumentException>(() => DataSummary.Of([double.MaxValue, double.MaxValue], "x"));

        Assert.Equal("values", error.ParamName);
        Assert.Contains("too large", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SvgChart_FullDoubleRange_HasNoNaN()
    {
        var svg = SvgChart.Render([double.MaxValue, -double.MaxValue], labels: null, title: null, line: false);

        Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListTools_DataTools_SchemaShowsTheSeriesBounds()
    {
        await using var client = await silo.ConnectAsync(Ids.New("p"));

        var tools = await client.ListToolsAsync();

        var values = tools.Single(t => t.Name == "generate_chart").JsonSchema.GetProperty("properties")
            .GetProperty("values");
        Assert.Equal(10_000, values.GetProperty("maxItems").GetInt32());
        Assert.Equal(1e300, values.GetProperty("items").GetProperty("maximum").GetDouble());
        Assert.Equal(-1e300, values.GetProperty("items").GetProperty("minimum").GetDouble());
    }

    /// <summary>
    /// A query that never ends kept a core busy inside the silo after its call had timed out, and held up shutdown.
    /// </summary>
    [Fact]
    public async Task SearchDatabase_RunawayQuery_IsStoppedAtTheTimeLimitWithAClearError()
    {
        await using var client = await silo.ConnectAsync(Ids.New("p"));

        var result = await client.CallToolAsync(
            "search_database",
            new Dictionary<string, object?>
            {
                ["query"] = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT COUNT(*) FROM r",
            });
        var next = await client.CallToolAsync(
            "search_database",
            new Dictionary<string, object?> { ["query"] = "SELECT COUNT(*) AS n FROM sales" });

        Assert.Equal("tool_execution_error", result.ErrorCode());
        Assert.Contains("ran longer than 5 s and was stopped", result.Text(), StringComparison.Ordinal);
        Assert.False(next.IsError, next.Text());
    }

    [Fact]
    public async Task AnalyzeData_Values_ReturnsSummaryStatistics()
    {
        await using var client = await silo.ConnectAsync(Ids.New("p"));

        var result = await client.CallToolAsync(
            "analyze_data",
            new Dictionary<string, object?> { ["values"] = new[] { 2.0, 4, 4, 4, 5, 5, 7, 9 } });

        Assert.False(result.IsError, result.Text());
        var json = result.Structured();
        Assert.Equal(8, json.GetProperty("count").GetInt32());
        Assert.Equal(5, json.GetProperty("mean").GetDouble());
        Assert.Equal(4.5, json.GetProperty("median").GetDouble());
        Assert.Equal(2, json.GetProperty("std_dev").GetDouble());
    }

    [Fact]
    public async Task AnalyzeData_Query_SummarizesTheChosenColumn()
    {
        await using var client = await silo.ConnectAsync(Ids.New("p"));

        var result = await client.CallToolAsync(
            "analyze_data",
            new Dictionary<string, object?>
            {
                ["query"] = "SELECT id, quantity FROM sales WHERE product_id = 7",
                ["column"] = "quantity",
            });

        Assert.False(result.IsError, result.Text());
        var json = result.Structured();
        Assert.Equal(4, json.GetProperty("count").GetInt32());
        Assert.Equal(178, json.GetProperty("sum").GetDouble());
        Assert.Equal("quantity", json.GetProperty("source").GetString());
    }

    [Fact]
    public async Task GenerateChart_Series_ReturnsAnSvgWithOneBarPerValue()
    {
        await using var client = await silo.ConnectAsync(Ids.New("p"));

        var result = await client.CallToolAsync(
            "generate_chart",
            new Dictionary<string, object?>
            {
                ["values"] = new[] { 3.0, 1, 2 },
                ["labels"] = new[] { "a", "b", "<c>" },
                ["title"] = "Sales",
            });

        Assert.False(result.IsError, result.Text());
        var svg = result.Structured().GetProperty("svg").GetString()!;
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Equal(4, svg.Split("<rect").Length - 1);
        Assert.Contains("&lt;c&gt;", svg, StringComparison.Ordinal);
        Assert.Contains(">Sales<", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummarizeTable_EmbeddedThroughClientLibrary_DescribesTheTable()
    {
        var result = await silo.Tools.ExecuteEmbeddedToolAsync(
            Ids.New("p"),
            "summarize_table",
            new Dictionary<string, object?> { ["table"] = "products" });

        Assert.False(result.IsError, result.Text);
        Assert.Contains("\"row_count\":8", result.StructuredContent, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"unit_price\"", result.StructuredContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataAnalysisPrompt_EveryToolItNames_IsRegistered()
    {
        var prompt = (await silo.Tools.ListPromptsAsync()).Single(p => p.Name == "data_analysis_prompt");
        var tools = (await silo.Tools.ListToolsAsync()).Select(t => t.Name).ToHashSet();

        Assert.All(prompt.Tools, name => Assert.Contains(name, tools));
    }
}
