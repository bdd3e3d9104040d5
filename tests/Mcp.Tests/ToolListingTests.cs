using System.Text.Json;
using FluentMcp.Orleans.Mcp.Tests.Infrastructure;

namespace FluentMcp.Orleans.Mcp.Tests;

[Collection(McpSilo.Collection)]
public sealed class ToolListingTests(McpSilo silo)
{
    [Fact]
    public async Task ListTools_OverMcp_ShowsExternalToolsAndCheckToolBudgetButNoEmbeddedTool()
    {
        await using var client = await silo.ConnectAsync();

        var names = (await client.ListToolsAsync()).Select(t => t.Name).ToList();

        Assert.Contains("search_database", names);
        Assert.Contains("analyze_data", names);
        Assert.Contains("generate_chart", names);
        Assert.Contains("check_tool_budget", names);
        Assert.Contains(TestTools.Echo, names);
        Assert.DoesNotContain("get_budget_status", names);
        Assert.DoesNotContain("summarize_table", names);
        Assert.DoesNotContain(TestTools.EmbeddedEcho, names);
    }

    [Fact]
    public async Task ListTools_SearchDatabase_HasSnakeCaseSchemaWithDescriptionsAndRequiredQuery()
    {
        await using var client = await silo.ConnectAsync();

        var tool = (await client.ListToolsAsync()).Single(t => t.Name == "search_database");
        var schema = tool.ProtocolTool.InputSchema;

        Assert.False(string.IsNullOrWhiteSpace(tool.Description));
        Assert.Equal("object", schema.GetProperty("type").GetString());
        var properties = schema.GetProperty("properties");
        Assert.Equal(["query", "max_rows"], properties.PropertyNames());
        Assert.Equal("string", properties.GetProperty("query").GetProperty("type").GetString());
        Assert.Equal("integer", properties.GetProperty("max_rows").GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(properties.GetProperty("query").GetProperty("description").GetString()));
        Assert.Equal(["query"], schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(JsonValueKind.False, schema.GetProperty("additionalProperties").ValueKind);
    }

    [Fact]
    public async Task ListTools_CheckToolBudget_RequiresProjectAndToolButNotPrompt()
    {
        await using var client = await silo.ConnectAsync();

        var schema = (await client.ListToolsAsync()).Single(t => t.Name == "check_tool_budget").ProtocolTool.InputSchema;

        Assert.Equal(["project_id", "tool_name", "prompt_id"], schema.GetProperty("properties").PropertyNames());
        Assert.Equal(
            ["project_id", "tool_name"],
            schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task ListToolsAsync_ClientLibrary_ListsEmbeddedAndExternalToolsWithTheirKind()
    {
        var tools = await silo.Tools.ListToolsAsync();

        Assert.Equal(ToolKind.Embedded, tools.Single(t => t.Name == "get_budget_status").Kind);
        Assert.Equal(ToolKind.Embedded, tools.Single(t => t.Name == "summarize_table").Kind);
        Assert.Equal(ToolKind.External, tools.Single(t => t.Name == "check_tool_budget").Kind);
        Assert.Equal(ToolKind.External, tools.Single(t => t.Name == "search_database").Kind);
        Assert.False(tools.Single(t => t.Name == "check_tool_budget").ChargesBudget);
        Assert.True(tools.Single(t => t.Name == "search_database").ChargesBudget);
    }

    [Fact]
    public async Task ListToolsAsync_EmbeddedKind_ListsOnlyEmbeddedTools()
    {
        var tools = await silo.Tools.ListToolsAsync(ToolKind.Embedded);

        Assert.All(tools, t => Assert.Equal(ToolKind.Embedded, t.Kind));
        Assert.Contains(tools, t => t.Name == TestTools.EmbeddedEcho);
    }
}
