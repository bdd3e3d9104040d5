using FluentMcp.Orleans.Mcp.Tests.Infrastructure;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace FluentMcp.Orleans.Mcp.Tests;

[Collection(FailingStorageSilo.Collection)]
public sealed class StorageFailureTests(FailingStorageSilo silo)
{
    [Fact]
    public async Task CallTool_BudgetCannotBeStored_ReturnsBudgetUnavailableAndDoesNotRunTheTool()
    {
        var runsBefore = FailingStorageSilo.Runs;
        await using var client = await silo.ConnectAsync(Ids.New("p"));

        var result = await client.CallToolAsync(FailingStorageSilo.CountedTool);

        Assert.Equal("budget_unavailable", result.ErrorCode());
        Assert.Contains("not run", result.Text(), StringComparison.Ordinal);
        Assert.Equal(runsBefore, FailingStorageSilo.Runs);
    }

    /// <summary>
    /// With Azure Table storage down, the budget_unavailable message of an active pair held ~15 KB of nested exception
    /// dumps with stack traces.
    /// </summary>
    [Fact]
    public async Task CallTool_BudgetCannotBeStored_MessageIsOneShortSentenceWithTheInnermostCause()
    {
        await using var client = await silo.ConnectAsync(Ids.New("p"));

        var result = await client.CallToolAsync(FailingStorageSilo.CountedTool);

        AssertShortStorageMessage(result.Text());
    }

    /// <summary>
    /// A pair not yet active, whose state could not be read at activation, got a bare "An error occurred invoking"
    /// text with no code.
    /// </summary>
    [Fact]
    public async Task CallTool_BudgetCannotBeRead_ReturnsBudgetUnavailableAndDoesNotRunTheTool()
    {
        var runsBefore = FailingStorageSilo.Runs;
        await using var client = await silo.ConnectAsync(Ids.New(FailingGrainStorage.UnreadableMarker));

        var result = await client.CallToolAsync(FailingStorageSilo.CountedTool);

        Assert.Equal("budget_unavailable", result.ErrorCode());
        Assert.Equal(FailingStorageSilo.CountedTool, result.Details().GetProperty("tool_name").GetString());
        AssertShortStorageMessage(result.Text());
        Assert.Equal(runsBefore, FailingStorageSilo.Runs);
    }

    /// <summary>
    /// check_tool_budget for a pair whose state could not be read answered tool_execution_error, as if a tool had
    /// failed, instead of saying that the budget was unavailable.
    /// </summary>
    [Fact]
    public async Task CallTool_BudgetQueryForAPairThatCannotBeRead_IsBudgetUnavailable()
    {
        var project = Ids.New(FailingGrainStorage.UnreadableMarker);
        await using var client = await silo.ConnectAsync(project);

        var result = await CheckToolBudgetAsync(client, project);

        Assert.Equal("budget_unavailable", result.ErrorCode());
        Assert.Contains("could not be read from storage", result.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Text());
    }

    private static Task<CallToolResult> CheckToolBudgetAsync(McpClient client, string project) =>
        client.CallToolAsync(
            "check_tool_budget",
            new Dictionary<string, object?>
            {
                ["project_id"] = project,
                ["tool_name"] = FailingStorageSilo.CountedTool,
            }).AsTask();

    private static void AssertShortStorageMessage(string message)
    {
        Assert.True(message.Length < 400, message);
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain(" at ", message, StringComparison.Ordinal);
        Assert.Contains("not run", message, StringComparison.Ordinal);
        Assert.Contains("the storage service is unreachable", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallTool_BudgetQueryWhileStorageFails_StillAnswers()
    {
        var project = Ids.New("p");
        await using var client = await silo.ConnectAsync(project);

        var result = await CheckToolBudgetAsync(client, project);

        Assert.False(result.IsError, result.Text());
        Assert.Equal("ok", result.Structured().GetProperty("status").GetString());
    }
}
