using System.Text.Json;
using FluentMcp.Orleans.Mcp.Tests.Infrastructure;

namespace FluentMcp.Orleans.Mcp.Tests;

[Collection(McpSilo.Collection)]
public sealed class CheckToolBudgetTests(McpSilo silo)
{
    [Fact]
    public async Task CheckToolBudget_UnusedTool_IsOkWithFullWindows()
    {
        var project = Ids.New("p");

        var check = await CheckAsync(project, TestTools.Ten);

        Assert.Equal("ok", check.GetProperty("status").GetString());
        Assert.Equal(TestTools.Ten, check.GetProperty("tool_name").GetString());
        Assert.Equal(10, check.GetProperty("hourly").GetProperty("remaining").GetInt32());
        Assert.Equal(10, check.GetProperty("hourly").GetProperty("limit").GetInt32());
        Assert.Equal(1000, check.GetProperty("daily").GetProperty("limit").GetInt32());
        Assert.Matches(
            @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$",
            check.GetProperty("hourly").GetProperty("reset_at").GetString());
        Assert.Empty(check.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task CheckToolBudget_OneLeftOfTen_IsWarningWithOneText()
    {
        var project = Ids.New("p");
        await silo.SpendAsync(project, TestTools.Ten, 9);

        var check = await CheckAsync(project, TestTools.Ten);

        Assert.Equal("warning", check.GetProperty("status").GetString());
        Assert.Equal(1, check.GetProperty("hourly").GetProperty("remaining").GetInt32());
        var warning = Assert.Single(check.GetProperty("warnings").EnumerateArray()).GetString();
        Assert.Contains("Hourly", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckToolBudget_TenPercentOfTwentyLeft_IsWarningButFifteenPercentIsOk()
    {
        var project = Ids.New("p");
        await silo.SpendAsync(project, TestTools.Twenty, 17);

        var atThree = await CheckAsync(project, TestTools.Twenty);
        await silo.SpendAsync(project, TestTools.Twenty, 1);
        var atTwo = await CheckAsync(project, TestTools.Twenty);

        Assert.Equal("ok", atThree.GetProperty("status").GetString());
        Assert.Equal("warning", atTwo.GetProperty("status").GetString());
        Assert.Equal(2, atTwo.GetProperty("hourly").GetProperty("remaining").GetInt32());
    }

    [Fact]
    public async Task CheckToolBudget_BothWindowsLow_IsWarningWithBothTexts()
    {
        var project = Ids.New("p");
        await silo.SpendAsync(project, TestTools.BothLow, 9);

        var check = await CheckAsync(project, TestTools.BothLow);

        Assert.Equal("warning", check.GetProperty("status").GetString());
        var warnings = check.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.StartsWith("Hourly", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("Daily", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckToolBudget_NothingLeft_IsExhausted()
    {
        var project = Ids.New("p");
        await silo.SpendAsync(project, TestTools.Ten, 10);

        var check = await CheckAsync(project, TestTools.Ten);

        Assert.Equal("exhausted", check.GetProperty("status").GetString());
        Assert.Equal(0, check.GetProperty("hourly").GetProperty("remaining").GetInt32());
        Assert.Contains("exhausted", check.GetProperty("warnings")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckToolBudget_ToolTheServerDoesNotHave_IsUnknown()
    {
        var project = Ids.New("p");

        var check = await CheckAsync(project, "no_such_tool");

        Assert.Equal("unknown", check.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, check.GetProperty("hourly").ValueKind);
    }

    [Fact]
    public async Task CheckToolBudget_RegisteredToolWithoutConfiguredLimits_IsKnown()
    {
        var project = Ids.New("p");

        var check = await CheckAsync(project, TestTools.Echo);

        Assert.Equal("ok", check.GetProperty("status").GetString());
        Assert.Equal(100, check.GetProperty("hourly").GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task CheckToolBudget_MissingToolName_ReturnsInvalidArguments()
    {
        await using var client = await silo.ConnectAsync();

        var result = await client.CallToolAsync(
            "check_tool_budget",
            new Dictionary<string, object?> { ["project_id"] = Ids.New("p") });

        Assert.Equal("invalid_arguments", result.ErrorCode());
        Assert.Equal("tool_name", result.Details().GetProperty("argument").GetString());
    }

    [Fact]
    public async Task CheckToolBudget_PromptFromTheCallHeader_AppliesThePromptsLimits()
    {
        var project = Ids.New("p");
        await using var client = await silo.ConnectAsync(project, "data_analysis_prompt");

        var result = await client.CallToolAsync(
            "check_tool_budget",
            new Dictionary<string, object?> { ["project_id"] = project, ["tool_name"] = "search_database" });

        Assert.False(result.IsError, result.Text());
        Assert.Equal(20, result.Structured().GetProperty("hourly").GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task CheckToolBudget_UnknownPromptInTheCallHeader_IsInvalidArguments()
    {
        var project = Ids.New("p");
        await using var client = await silo.ConnectAsync(project, "no_such_prompt");

        var result = await client.CallToolAsync(
            "check_tool_budget",
            new Dictionary<string, object?> { ["project_id"] = project, ["tool_name"] = "search_database" });

        Assert.Equal("invalid_arguments", result.ErrorCode());
        Assert.Contains("no_such_prompt", result.Text(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> CheckAsync(string project, string tool)
    {
        await using var client = await silo.ConnectAsync(project);
        var result = await client.CallToolAsync(
            "check_tool_budget",
            new Dictionary<string, object?> { ["project_id"] = project, ["tool_name"] = tool });
        Assert.False(result.IsError, result.Text());
        return result.Structured().Clone();
    }
}
