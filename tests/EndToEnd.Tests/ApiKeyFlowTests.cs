using FluentMcp.Orleans.EndToEnd.Tests.Infrastructure;

namespace FluentMcp.Orleans.EndToEnd.Tests;

/// <summary>
/// The Node MCP client against the built silo configured with an API key: the key is needed, and it alone decides
/// the project.
/// </summary>
[Collection(ApiKeySiloProcess.Collection)]
public sealed class ApiKeyFlowTests(ApiKeySiloProcess silo)
{
    [Fact]
    public async Task HttpFlow_NodeClientWithApiKey_IsServedForTheKeysProjectOnly()
    {
        var otherProject = $"e2e-other-{Guid.NewGuid():N}";

        var output = await NodeScript.RunAsync(
            "apikey-flow.mjs", silo.McpUrl, ApiKeySiloProcess.ApiKey, ApiKeySiloProcess.Project, otherProject);

        var withoutKey = output.GetProperty("withoutKey");
        Assert.Equal(401, withoutKey.GetProperty("code").GetInt32());
        Assert.Contains("X-Api-Key", withoutKey.GetProperty("message").GetString(), StringComparison.Ordinal);
        var wrongKey = output.GetProperty("wrongKey");
        Assert.Equal(401, wrongKey.GetProperty("code").GetInt32());
        Assert.Contains("not known", wrongKey.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(
            "search_database",
            output.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("name").GetString()));

        Assert.False(output.GetProperty("call").GetProperty("isError").GetBoolean());

        var naming = output.GetProperty("namingOther").GetProperty("structuredContent");
        Assert.Equal("invalid_arguments", naming.GetProperty("error").GetString());
        Assert.Equal("X-Project-Id", naming.GetProperty("details").GetProperty("argument").GetString());

        var otherBudget = output.GetProperty("otherBudget").GetProperty("structuredContent");
        Assert.Equal("invalid_arguments", otherBudget.GetProperty("error").GetString());
        Assert.Equal("project_id", otherBudget.GetProperty("details").GetProperty("argument").GetString());

        var own = output.GetProperty("ownBudget").GetProperty("structuredContent");
        Assert.Equal(
            SiloProcess.SearchDatabaseHourlyLimit - 1,
            own.GetProperty("hourly").GetProperty("remaining").GetInt32());
    }
}
