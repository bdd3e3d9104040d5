using FluentMcp.Orleans.Mcp.Tests.Infrastructure;

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

    [Fact]
    public async Task CallTool_BudgetQueryWhileStorageFails_StillAnswers()
    {
        var project = Ids.New("p");
        await using var client = await silo.ConnectAsync(project);

        var result = await client.CallToolAsync(
            "check_tool_budget",
            new Dictionary<string, object?>
            {
                ["project_id"] = project,
                ["tool_name"] = FailingStorageSilo.CountedTool,
            });

        Assert.False(result.IsError, result.Text());
        Assert.Equal("ok", result.Structured().GetProperty("status").GetString());
    }
}
