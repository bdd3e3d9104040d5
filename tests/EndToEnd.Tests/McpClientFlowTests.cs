using System.Globalization;
using System.Text.Json;
using FluentMcp.Orleans.EndToEnd.Tests.Infrastructure;

namespace FluentMcp.Orleans.EndToEnd.Tests;

/// <summary>
/// The Node MCP client (@modelcontextprotocol/sdk) against the built silo process, over streamable HTTP and through
/// the stdio server process.
/// </summary>
[Collection(SiloProcess.Collection)]
public sealed class McpClientFlowTests(SiloProcess silo)
{
    [Fact]
    public async Task HttpFlow_NodeClient_SpendsTheBudgetUntilRefusedPerProject()
    {
        var project = NewProject("http");
        var otherProject = NewProject("http-other");

        var output = await NodeScript.RunAsync("http-flow.mjs", silo.McpUrl, project, otherProject);

        AssertFlow(output, project, otherProject);
    }

    [Fact]
    public async Task StdioFlow_NodeClientThroughStdioServer_SpendsTheBudgetUntilRefusedPerProject()
    {
        var project = NewProject("stdio");
        var otherProject = NewProject("stdio-other");

        var output = await NodeScript.RunAsync(
            "stdio-flow.mjs",
            Repository.StdioDll,
            silo.GatewayPort.ToString(CultureInfo.InvariantCulture),
            project,
            otherProject);

        AssertFlow(output, project, otherProject);
    }

    private static void AssertFlow(JsonElement output, string project, string otherProject)
    {
        var tools = output.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("search_database", tools);
        Assert.Contains("analyze_data", tools);
        Assert.Contains("generate_chart", tools);
        Assert.Contains("check_tool_budget", tools);
        Assert.DoesNotContain("get_budget_status", tools);
        Assert.DoesNotContain("summarize_table", tools);

        var before = output.GetProperty("before");
        Assert.Equal("ok", before.GetProperty("status").GetString());
        Assert.Equal(
            SiloProcess.SearchDatabaseHourlyLimit,
            before.GetProperty("hourly").GetProperty("remaining").GetInt32());

        var calls = output.GetProperty("calls").EnumerateArray().ToList();
        Assert.Equal(SiloProcess.SearchDatabaseHourlyLimit + 1, calls.Count);
        var admitted = calls.Take(SiloProcess.SearchDatabaseHourlyLimit);
        Assert.All(admitted, c => Assert.False(c.GetProperty("isError").GetBoolean()));
        Assert.Equal(30, calls[0].GetProperty("structuredContent").GetProperty("rows")[0].GetProperty("n").GetInt32());

        var refusal = calls[^1];
        Assert.True(refusal.GetProperty("isError").GetBoolean());
        var content = refusal.GetProperty("structuredContent");
        Assert.Equal("budget_exceeded", content.GetProperty("error").GetString());
        Assert.Equal(refusal.GetProperty("text").GetString(), content.GetProperty("message").GetString());
        var details = content.GetProperty("details");
        Assert.Equal(project, details.GetProperty("project_id").GetString());
        Assert.Equal("search_database", details.GetProperty("tool_name").GetString());
        Assert.Equal("hourly", details.GetProperty("limit_type").GetString());
        Assert.Equal(SiloProcess.SearchDatabaseHourlyLimit, details.GetProperty("current_usage").GetInt32());
        Assert.Equal(SiloProcess.SearchDatabaseHourlyLimit, details.GetProperty("limit").GetInt32());
        Assert.InRange(details.GetProperty("retry_after_seconds").GetInt64(), 3540, 3660);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", details.GetProperty("reset_at").GetString());

        var after = output.GetProperty("after");
        Assert.Equal("exhausted", after.GetProperty("status").GetString());
        Assert.Equal(0, after.GetProperty("hourly").GetProperty("remaining").GetInt32());

        Assert.False(output.GetProperty("otherProject").GetProperty("isError").GetBoolean());
        var otherAfter = output.GetProperty("otherAfter");
        Assert.Equal(
            SiloProcess.SearchDatabaseHourlyLimit - 1,
            otherAfter.GetProperty("hourly").GetProperty("remaining").GetInt32());
        Assert.NotEqual(project, otherProject);

        var prompts = output.GetProperty("prompts").EnumerateArray().Select(p => p.GetString());
        Assert.Contains("data_analysis_prompt", prompts);
        var prompt = output.GetProperty("prompt").GetString();
        Assert.StartsWith("You are a data analysis assistant", prompt, StringComparison.Ordinal);
    }

    private static string NewProject(string prefix) => $"{prefix}-{Guid.NewGuid():N}";
}
