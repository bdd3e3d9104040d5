using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace FluentMcp.Orleans.Mcp.Tests.Infrastructure;

/// <summary>Reads the parts of MCP tool results that the tests assert on.</summary>
public static class ToolResults
{
    public static string Text(this CallToolResult result) =>
        Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;

    public static JsonElement Structured(this CallToolResult result) =>
        result.StructuredContent ?? throw new Xunit.Sdk.XunitException("The result has no structuredContent.");

    public static string ErrorCode(this CallToolResult result)
    {
        Assert.True(result.IsError, $"Expected an error, got: {result.Text()}");
        return result.Structured().GetProperty("error").GetString()!;
    }

    public static JsonElement Details(this CallToolResult result) => result.Structured().GetProperty("details");

    public static string[] PropertyNames(this JsonElement element) =>
        [.. element.EnumerateObject().Select(p => p.Name)];
}
