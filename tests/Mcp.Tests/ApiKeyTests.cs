using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentMcp.Orleans.Mcp.Tests.Infrastructure;
using ModelContextProtocol;

namespace FluentMcp.Orleans.Mcp.Tests;

/// <summary>
/// With API keys configured, every MCP request needs a known key, and the key alone decides the project.
/// </summary>
[Collection(ApiKeySilo.Collection)]
public sealed class ApiKeyTests(ApiKeySilo silo)
{
    private static readonly Dictionary<string, object?> EchoArguments = new() { ["text"] = "hi" };

    [Fact]
    public async Task Request_WithoutKey_Is401NamingBothWaysToSendOne()
    {
        var (status, body, challenge) = await PostInitializeAsync(_ => { });

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("Bearer", challenge);
        Assert.Equal("unauthorized", body.GetProperty("error").GetString());
        var message = body.GetProperty("message").GetString();
        Assert.Contains("Authorization: Bearer", message, StringComparison.Ordinal);
        Assert.Contains("X-Api-Key", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_WithUnknownKey_Is401SayingTheKeyIsNotKnown()
    {
        var (status, body, _) = await PostInitializeAsync(
            h => h.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-configured-key-at-all"));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("not known", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_WithAnotherAuthorizationScheme_Is401AskingForBearer()
    {
        var (status, body, _) = await PostInitializeAsync(
            h => h.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("a:b"u8.ToArray())));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("'Bearer <key>'", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallTool_WithBearerKey_CountsAgainstTheKeysProjectOnly()
    {
        var before = (A: await silo.UsageAsync(silo.ProjectA, TestTools.Echo), B: await silo.UsageAsync(silo.ProjectB, TestTools.Echo));
        await using var client = await silo.ConnectWithKeyAsync(ApiKeySilo.KeyA);

        var result = await client.CallToolAsync(TestTools.Echo, EchoArguments);

        Assert.False(result.IsError, result.Text());
        Assert.Equal(before.A + 1, await silo.UsageAsync(silo.ProjectA, TestTools.Echo));
        Assert.Equal(before.B, await silo.UsageAsync(silo.ProjectB, TestTools.Echo));
        Assert.Equal(0, await silo.UsageAsync("default", TestTools.Echo));
    }

    [Fact]
    public async Task CallTool_WithXApiKeyHeader_CountsAgainstThatKeysProject()
    {
        var before = await silo.UsageAsync(silo.ProjectB, TestTools.Echo);
        await using var client = await silo.ConnectAsync(
            new Dictionary<string, string> { ["X-Api-Key"] = ApiKeySilo.KeyB });

        var result = await client.CallToolAsync(TestTools.Echo, EchoArguments);

        Assert.False(result.IsError, result.Text());
        Assert.Equal(before + 1, await silo.UsageAsync(silo.ProjectB, TestTools.Echo));
    }

    [Fact]
    public async Task CallTool_HeaderNamingAnotherProject_IsRefusedAndChargesNobody()
    {
        var other = Ids.New("other");
        var before = await silo.UsageAsync(silo.ProjectA, TestTools.Echo);
        await using var client = await silo.ConnectAsync(new Dictionary<string, string>
        {
            ["Authorization"] = $"Bearer {ApiKeySilo.KeyA}",
            ["X-Project-Id"] = other,
        });

        var result = await client.CallToolAsync(TestTools.Echo, EchoArguments);

        Assert.Equal("invalid_arguments", result.ErrorCode());
        Assert.Equal("X-Project-Id", result.Details().GetProperty("argument").GetString());
        Assert.Equal(silo.ProjectA, result.Details().GetProperty("project_id").GetString());
        Assert.Contains($"'{silo.ProjectA}'", result.Text(), StringComparison.Ordinal);
        Assert.Contains($"'{other}'", result.Text(), StringComparison.Ordinal);
        Assert.Equal(before, await silo.UsageAsync(silo.ProjectA, TestTools.Echo));
        Assert.Equal(0, await silo.UsageAsync(other, TestTools.Echo));
    }

    [Fact]
    public async Task CallTool_HeaderNamingTheKeysOwnProject_IsAdmitted()
    {
        var before = await silo.UsageAsync(silo.ProjectA, TestTools.Echo);
        await using var client = await silo.ConnectAsync(new Dictionary<string, string>
        {
            ["Authorization"] = $"Bearer {ApiKeySilo.KeyA}",
            ["X-Project-Id"] = silo.ProjectA,
        });

        var result = await client.CallToolAsync(TestTools.Echo, EchoArguments);

        Assert.False(result.IsError, result.Text());
        Assert.Equal(before + 1, await silo.UsageAsync(silo.ProjectA, TestTools.Echo));
    }

    [Fact]
    public async Task CallTool_MetaNamingAnotherProject_IsRefusedNamingMeta()
    {
        var other = Ids.New("other");
        await using var client = await silo.ConnectWithKeyAsync(ApiKeySilo.KeyB);

        var result = await client.CallToolAsync(
            TestTools.Echo,
            EchoArguments,
            options: new RequestOptions { Meta = new JsonObject { ["project_id"] = other } });

        Assert.Equal("invalid_arguments", result.ErrorCode());
        Assert.Equal("_meta.project_id", result.Details().GetProperty("argument").GetString());
        Assert.Equal(0, await silo.UsageAsync(other, TestTools.Echo));
    }

    [Fact]
    public async Task CheckToolBudget_ForAnotherProject_IsRefusedNamingProjectId()
    {
        await using var client = await silo.ConnectWithKeyAsync(ApiKeySilo.KeyA);

        var result = await client.CallToolAsync(
            "check_tool_budget",
            new Dictionary<string, object?> { ["project_id"] = silo.ProjectB, ["tool_name"] = TestTools.Echo });

        Assert.Equal("invalid_arguments", result.ErrorCode());
        Assert.Equal("project_id", result.Details().GetProperty("argument").GetString());
        Assert.Contains($"'{silo.ProjectB}'", result.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckToolBudget_ForTheKeysProject_AnswersWithItsUsage()
    {
        await using var client = await silo.ConnectWithKeyAsync(ApiKeySilo.KeyA);
        await client.CallToolAsync(TestTools.Echo, EchoArguments);
        var used = await silo.UsageAsync(silo.ProjectA, TestTools.Echo);

        var result = await client.CallToolAsync(
            "check_tool_budget",
            new Dictionary<string, object?> { ["project_id"] = silo.ProjectA, ["tool_name"] = TestTools.Echo });

        Assert.False(result.IsError, result.Text());
        var hourly = result.Structured().GetProperty("hourly");
        Assert.Equal(100 - used, hourly.GetProperty("remaining").GetInt32());
        Assert.True(used >= 1);
    }

    private Task<(HttpStatusCode Status, JsonElement Body, string? Challenge)> PostInitializeAsync(
        Action<HttpRequestHeaders> authorize) =>
        RawMcp.PostAsync(
            silo.Endpoint,
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""",
            authorize);
}
