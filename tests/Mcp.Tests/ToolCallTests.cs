using System.Text.Json;
using System.Text.Json.Nodes;
using FluentMcp.Orleans.Mcp.Tests.Infrastructure;
using ModelContextProtocol;

namespace FluentMcp.Orleans.Mcp.Tests;

[Collection(McpSilo.Collection)]
public sealed class ToolCallTests(McpSilo silo)
{
    [Fact]
    public async Task CallTool_Admitted_RunsToolReturnsStructuredContentAndCountsOnce()
    {
        var project = Ids.New("p");
        await using var client = await silo.ConnectAsync(project);

        var result = await client.CallToolAsync(
            TestTools.Echo,
            new Dictionary<string, object?> { ["text"] = "ab", ["times"] = 2 });

        Assert.False(result.IsError);
        Assert.Equal("abab", result.Structured().GetProperty("text").GetString());
        Assert.Equal(2, result.Structured().GetProperty("times").GetInt32());
        Assert.Equal(result.Structured().GetRawText(), result.Text());
        Assert.Equal(1, await silo.UsageAsync(project, TestTools.Echo));
    }

    [Fact]
    public async Task CallTool_UnknownTool_ReturnsToolNotFoundAndChargesNothing()
    {
        var project = Ids.New("p");
        await using var client = await silo.ConnectAsync(project);

        var result = await client.CallToolAsync("no_such_tool");

        Assert.Equal("tool_not_found", result.ErrorCode());
        Assert.Contains("no_such_tool", result.Text(), StringComparison.Ordinal);
        Assert.Equal("no_such_tool", result.Details().GetProperty("tool_name").GetString());
        Assert.Equal(0, await silo.UsageAsync(project, "no_such_tool"));
    }

    [Fact]
    public async Task CallTool_EmbeddedToolOverMcp_ReturnsToolNotFoundAndChargesNothing()
    {
        var project = Ids.New("p");
        await using var client = await silo.ConnectAsync(project);

        var result = await client.CallToolAsync("summarize_table", new Dictionary<string, object?> { ["table"] = "sales" });

        Assert.Equal("tool_not_found", result.ErrorCode());
        Assert.Equal(0, await silo.UsageAsync(project, "summarize_table"));
    }

    [Fact]
    public async Task CallTool_MissingRequiredArgument_ReturnsInvalidArgumentsNamingItAndChargesNothing()
    {
        var project = Ids.New("p");
        await using var client = await silo.ConnectAsync(project);

        var result = await client.CallToolAsync(TestTools.Echo, new Dictionary<string, object?> { ["times"] = 2 });

        Assert.Equal("invalid_arguments", result.ErrorCode());
        Assert.Equal("text", result.Details().GetProperty("argument").GetString());
        Assert.Contains("'text'", result.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await silo.UsageAsync(project, TestTools.Echo));
    }

    [Fact]
    public async Task CallTool_WrongArgumentType_ReturnsInvalidArgumentsNamingItAndChargesNothing()
    {
        var project = Ids.New("p");
        await using var client = await silo.ConnectAsync(project);

        var result = await client.CallToolAsync(
            TestTools.Echo,
            new Dictionary<string, object?> { ["text"] = "a", ["times"] = "twice" });

        Assert.Equal("invalid_arguments", result.ErrorCode());
        Assert.Equal("times", result.Details().GetProperty("argument").GetString());
        Assert.Contains("integer", result.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await silo.UsageAsync(project, TestTools.Echo));
    }

    [Fact]
    public async Task CallTool_UnknownArgument_ReturnsInvalidArgumentsNamingItAndChargesNothing()
    {
        var project = Ids.New("p");
        await using var client = await silo.ConnectAsync(project);

        var result = await client.CallToolAsync(
            TestTools.Echo,
            new Dictionary<string, object?> { ["text"] = "a", ["colour"] = "red" });

        Assert.Equal("invalid_arguments", result.ErrorCode());
        Assert.Equal("colour", result.Details().GetProperty("argument").GetString());
        Assert.Equal(0, await silo.UsageAsync(project, TestTools.Echo));
    }

    [Fact]
    public async Task CallTool_WrongArrayItemType_ReturnsInvalidArgumentsNamingTheItem()
    {
        var project = Ids.New("p");
        await using var client = await silo.ConnectAsync(project);

        var result = await client.CallToolAsync(
            "generate_chart",
            new Dictionary<string, object?> { ["values"] = new object[] { 1, "two" } });

        Assert.Equal("invalid_arguments", result.ErrorCode());
        Assert.Equal("values[1]", result.Details().GetProperty("argument").GetString());
        Assert.Equal(0, await silo.UsageAsync(project, "generate_chart"));
    }

    [Fact]
    public async Task CallTool_ToolThrows_ReturnsToolExecutionErrorWithItsMessageAndCounts()
    {
        var project = Ids.New("p");
        await using var client = await silo.ConnectAsync(project);

        var result = await client.CallToolAsync(TestTools.Failing);

        Assert.Equal("tool_execution_error", result.ErrorCode());
        Assert.Contains("the disk is on fire", result.Text(), StringComparison.Ordinal);
        Assert.Equal(result.Text(), result.Structured().GetProperty("message").GetString());
        Assert.Equal(1, await silo.UsageAsync(project, TestTools.Failing));
    }

    [Fact]
    public async Task CallTool_BudgetExhausted_ReturnsBudgetExceededWithExactStructuredContent()
    {
        var project = Ids.New("p");
        await using var client = await silo.ConnectAsync(project);
        await client.CallToolAsync(TestTools.Limited);
        await client.CallToolAsync(TestTools.Limited);

        var result = await client.CallToolAsync(TestTools.Limited);

        Assert.Equal("budget_exceeded", result.ErrorCode());
        Assert.Equal(["error", "message", "details"], result.Structured().PropertyNames());
        Assert.Equal(result.Text(), result.Structured().GetProperty("message").GetString());
        Assert.Contains("hourly limit of 2", result.Text(), StringComparison.Ordinal);
        var details = result.Details();
        Assert.Equal(
            ["project_id", "tool_name", "limit_type", "current_usage", "limit", "retry_after_seconds", "reset_at"],
            details.PropertyNames());
        Assert.Equal(project, details.GetProperty("project_id").GetString());
        Assert.Equal(TestTools.Limited, details.GetProperty("tool_name").GetString());
        Assert.Equal("hourly", details.GetProperty("limit_type").GetString());
        Assert.Equal(2, details.GetProperty("current_usage").GetInt32());
        Assert.Equal(2, details.GetProperty("limit").GetInt32());
        Assert.InRange(details.GetProperty("retry_after_seconds").GetInt64(), 3540, 3660);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", details.GetProperty("reset_at").GetString());
        Assert.Equal(2, await silo.UsageAsync(project, TestTools.Limited));
    }

    [Fact]
    public async Task CallTool_ManyConcurrentCalls_AdmitExactlyTheLimit()
    {
        var project = Ids.New("p");
        await using var client = await silo.ConnectAsync(project);

        var calls = Enumerable.Range(0, 12).Select(_ => client.CallToolAsync(TestTools.Limited).AsTask());
        var results = await Task.WhenAll(calls);

        Assert.Equal(2, results.Count(r => r.IsError != true));
        Assert.All(results.Where(r => r.IsError == true), r => Assert.Equal("budget_exceeded", r.ErrorCode()));
        Assert.Equal(2, await silo.UsageAsync(project, TestTools.Limited));
    }

    [Fact]
    public async Task CallTool_ProjectFromHeader_ChargesThatProjectOnly()
    {
        var project = Ids.New("header");
        await using var client = await silo.ConnectAsync(project);
        var defaultBefore = await silo.UsageAsync(McpSilo.DefaultProject, TestTools.Echo);

        await client.CallToolAsync(TestTools.Echo, new Dictionary<string, object?> { ["text"] = "x" });

        Assert.Equal(1, await silo.UsageAsync(project, TestTools.Echo));
        Assert.Equal(defaultBefore, await silo.UsageAsync(McpSilo.DefaultProject, TestTools.Echo));
    }

    [Fact]
    public async Task CallTool_ProjectFromMeta_ChargesThatProject()
    {
        var project = Ids.New("meta");
        await using var client = await silo.ConnectAsync();

        var result = await client.CallToolAsync(
            TestTools.Echo,
            new Dictionary<string, object?> { ["text"] = "x" },
            options: new RequestOptions { Meta = new JsonObject { ["project_id"] = project } });

        Assert.False(result.IsError);
        Assert.Equal(1, await silo.UsageAsync(project, TestTools.Echo));
    }

    [Fact]
    public async Task CallTool_NoProjectNamed_ChargesTheConfiguredDefaultProject()
    {
        await using var client = await silo.ConnectAsync();
        var before = await silo.UsageAsync(McpSilo.DefaultProject, TestTools.Twenty);

        var result = await client.CallToolAsync(TestTools.Twenty);

        Assert.False(result.IsError);
        Assert.Equal(before + 1, await silo.UsageAsync(McpSilo.DefaultProject, TestTools.Twenty));
    }

    [Fact]
    public async Task CallTool_InvalidProjectHeader_ReturnsInvalidArgumentsNamingTheHeader()
    {
        var tooLong = new string('p', 300);
        await using var client = await silo.ConnectAsync(tooLong);

        var result = await client.CallToolAsync(TestTools.Echo, new Dictionary<string, object?> { ["text"] = "x" });

        Assert.Equal("invalid_arguments", result.ErrorCode());
        Assert.Equal("X-Project-Id", result.Details().GetProperty("argument").GetString());
        Assert.Contains("X-Project-Id", result.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallTool_MetaProjectNotAString_ReturnsInvalidArgumentsNamingMeta()
    {
        await using var client = await silo.ConnectAsync();

        var result = await client.CallToolAsync(
            TestTools.Echo,
            new Dictionary<string, object?> { ["text"] = "x" },
            options: new RequestOptions { Meta = new JsonObject { ["project_id"] = 42 } });

        Assert.Equal("invalid_arguments", result.ErrorCode());
        Assert.Equal("_meta.project_id", result.Details().GetProperty("argument").GetString());
    }

    [Fact]
    public async Task CallTool_UnknownPromptHeader_ReturnsInvalidArgumentsNamingPromptAndChargesNothing()
    {
        var project = Ids.New("p");
        await using var client = await silo.ConnectAsync(project, promptId: Ids.New("no-such-prompt"));

        var result = await client.CallToolAsync(TestTools.Echo, new Dictionary<string, object?> { ["text"] = "x" });

        Assert.Equal("invalid_arguments", result.ErrorCode());
        Assert.Equal("prompt_id", result.Details().GetProperty("argument").GetString());
        Assert.Equal(0, await silo.UsageAsync(project, TestTools.Echo));
    }

    [Fact]
    public async Task CallTool_PromptFromHeader_AppliesThePromptLimits()
    {
        var project = Ids.New("p");
        var prompt = Ids.New("prompt");
        await silo.Budgets.SetCustomLimitsAsync(
            prompt,
            new Dictionary<string, ToolLimitOverride> { [TestTools.Echo] = new(1, null) });
        await using var client = await silo.ConnectAsync(project, prompt);
        var arguments = new Dictionary<string, object?> { ["text"] = "x" };

        var first = await client.CallToolAsync(TestTools.Echo, arguments);
        var second = await client.CallToolAsync(TestTools.Echo, arguments);

        Assert.False(first.IsError);
        Assert.Equal("budget_exceeded", second.ErrorCode());
        Assert.Equal(1, second.Details().GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task CallTool_PromptFromMeta_AppliesThePromptLimits()
    {
        var project = Ids.New("p");
        var prompt = Ids.New("prompt");
        await silo.Budgets.SetCustomLimitsAsync(
            prompt,
            new Dictionary<string, ToolLimitOverride> { [TestTools.Echo] = new(1, null) });
        await using var client = await silo.ConnectAsync(project);
        var meta = new RequestOptions { Meta = new JsonObject { ["prompt_id"] = prompt } };
        var arguments = new Dictionary<string, object?> { ["text"] = "x" };

        await client.CallToolAsync(TestTools.Echo, arguments, options: meta);
        var second = await client.CallToolAsync(TestTools.Echo, arguments, options: meta);

        Assert.Equal("budget_exceeded", second.ErrorCode());
    }

    [Fact]
    public async Task CallTool_CheckToolBudget_IsNotCharged()
    {
        var project = Ids.New("p");
        await using var client = await silo.ConnectAsync(project);

        await client.CallToolAsync(
            "check_tool_budget",
            new Dictionary<string, object?> { ["project_id"] = project, ["tool_name"] = TestTools.Ten });

        Assert.Equal(0, await silo.UsageAsync(project, "check_tool_budget"));
        Assert.Equal(0, await silo.UsageAsync(project, TestTools.Ten));
    }

    [Fact]
    public async Task ExecuteToolAsync_ClientLibrary_GivesTheSameErrorJsonAsTheMcpEndpoint()
    {
        var project = Ids.New("p");
        await using var client = await silo.ConnectAsync(project);

        var overMcp = await client.CallToolAsync("no_such_tool");
        var throughClient = await silo.Tools.ExecuteExternalToolAsync(project, "no_such_tool");

        Assert.True(throughClient.IsError);
        Assert.Equal("tool_not_found", throughClient.ErrorCode);
        Assert.Equal(overMcp.Text(), throughClient.Text);
        Assert.Equal(overMcp.Structured().GetRawText(), throughClient.StructuredContent);
    }

    [Fact]
    public async Task ExecuteEmbeddedToolAsync_GetBudgetStatus_ReportsUsageAndIsNotCharged()
    {
        var project = Ids.New("p");
        await silo.SpendAsync(project, TestTools.Ten, 3);

        var result = await silo.Tools.ExecuteEmbeddedToolAsync(
            project,
            "get_budget_status",
            new Dictionary<string, object?> { ["project_id"] = project, ["tool_name"] = TestTools.Ten });

        Assert.False(result.IsError, result.Text);
        using var json = JsonDocument.Parse(result.StructuredContent!);
        var tool = Assert.Single(json.RootElement.GetProperty("tools").EnumerateArray());
        Assert.Equal(TestTools.Ten, tool.GetProperty("tool_name").GetString());
        Assert.Equal(3, tool.GetProperty("hourly").GetProperty("usage").GetInt32());
        Assert.Equal(7, tool.GetProperty("hourly").GetProperty("remaining").GetInt32());
        Assert.Equal(0, await silo.UsageAsync(project, "get_budget_status"));
    }

    [Fact]
    public async Task ExecuteEmbeddedToolAsync_EmbeddedTool_RunsAndCounts()
    {
        var project = Ids.New("p");

        var result = await silo.Tools.ExecuteEmbeddedToolAsync(project, TestTools.EmbeddedEcho);

        Assert.False(result.IsError);
        Assert.Equal("pong", result.Text);
        Assert.Null(result.StructuredContent);
        Assert.Equal(1, await silo.UsageAsync(project, TestTools.EmbeddedEcho));
    }

    [Fact]
    public async Task ExecuteEmbeddedToolAsync_ExternalTool_ReturnsToolNotFound()
    {
        var project = Ids.New("p");

        var result = await silo.Tools.ExecuteEmbeddedToolAsync(project, TestTools.Echo);

        Assert.Equal("tool_not_found", result.ErrorCode);
        Assert.Equal(0, await silo.UsageAsync(project, TestTools.Echo));
    }

    [Fact]
    public async Task ExecuteToolAsync_InvalidProjectId_ReturnsInvalidArgumentsNamingProjectId()
    {
        var result = await silo.Tools.ExecuteExternalToolAsync("bad\u0001project", TestTools.Echo);

        Assert.Equal("invalid_arguments", result.ErrorCode);
        Assert.Contains("\"argument\":\"project_id\"", result.StructuredContent, StringComparison.Ordinal);
    }
}
