using System.Net;
using FluentMcp.Orleans.Mcp.Tests.Infrastructure;

namespace FluentMcp.Orleans.Mcp.Tests;

/// <summary>
/// A <c>tools/call</c> whose params have the wrong shape is an invalid-params error that names the field, charges
/// nothing, and leaves the server serving.
/// </summary>
[Collection(McpSilo.Collection)]
public sealed class MalformedCallTests(McpSilo silo)
{
    [Theory]
    [InlineData("""{"name":"echo_tool","arguments":"text=hi"}""", "params.arguments", "a string")]
    [InlineData("""{"name":"echo_tool","arguments":[1,2]}""", "params.arguments", "an array")]
    [InlineData("""{"name":5}""", "params.name", "a number")]
    [InlineData("""{"arguments":{"text":"hi"}}""", "params.name", "missing")]
    [InlineData("""{"name":"echo_tool","arguments":{"text":"hi"},"_meta":"p"}""", "params._meta", "a string")]
    [InlineData("""[1]""", "params", "an array")]
    public async Task CallTool_MalformedParams_IsInvalidParamsNamingTheFieldAndChargesNothing(
        string parameters,
        string field,
        string problem)
    {
        var before = await silo.UsageAsync(McpSilo.DefaultProject, TestTools.Echo);

        var (status, body, _) = await RawMcp.PostAsync(
            silo.Endpoint,
            $$"""{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{{parameters}}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        var error = body.GetProperty("error");
        Assert.Equal(-32602, error.GetProperty("code").GetInt32());
        var message = error.GetProperty("message").GetString();
        Assert.Contains(field + " ", message, StringComparison.Ordinal);
        Assert.Contains(problem, message, StringComparison.Ordinal);
        Assert.Equal(7, body.GetProperty("id").GetInt32());
        Assert.Equal(before, await silo.UsageAsync(McpSilo.DefaultProject, TestTools.Echo));
    }

    /// <summary>prompts/get with params {} or a number for name was a bare -32603 "An error occurred.".</summary>
    [Theory]
    [InlineData("""{}""", "missing")]
    [InlineData("""{"name":5}""", "a number")]
    public async Task GetPrompt_MalformedParams_IsInvalidParamsNamingTheName(string parameters, string problem)
    {
        var (status, body, _) = await RawMcp.PostAsync(
            silo.Endpoint,
            $$"""{"jsonrpc":"2.0","id":8,"method":"prompts/get","params":{{parameters}}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        var error = body.GetProperty("error");
        Assert.Equal(-32602, error.GetProperty("code").GetInt32());
        var message = error.GetProperty("message").GetString();
        Assert.Contains("params.name ", message, StringComparison.Ordinal);
        Assert.Contains(problem, message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A 10 MB tools/call was read whole and held hundreds of megabytes of the silo's memory before it was refused.
    /// </summary>
    [Fact]
    public async Task CallTool_BodyOverOneMebibyte_IsRefusedWith413BeforeAnythingIsReadOrCharged()
    {
        var before = await silo.UsageAsync(McpSilo.DefaultProject, TestTools.Echo);
        var text = new string('x', 1024 * 1024);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, silo.Endpoint)
        {
            Content = new StringContent(
                System.Text.Json.JsonSerializer.Serialize(new
                {
                    jsonrpc = "2.0",
                    id = 9,
                    method = "tools/call",
                    @params = new { name = TestTools.Echo, arguments = new { text } },
                }),
                System.Text.Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json, text/event-stream");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, await silo.UsageAsync(McpSilo.DefaultProject, TestTools.Echo));
    }

    [Fact]
    public async Task CallTool_AfterAMalformedCall_StillServes()
    {
        await RawMcp.PostAsync(
            silo.Endpoint,
            """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo_tool","arguments":"x"}}""");
        await using var client = await silo.ConnectAsync(Ids.New("p"));

        var result = await client.CallToolAsync(TestTools.Echo, new Dictionary<string, object?> { ["text"] = "ok" });

        Assert.False(result.IsError, result.Text());
    }
}
