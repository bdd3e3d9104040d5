using FluentMcp.Orleans.Mcp.Tests.Infrastructure;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace FluentMcp.Orleans.Mcp.Tests;

[Collection(McpSilo.Collection)]
public sealed class PromptTests(McpSilo silo)
{
    [Fact]
    public async Task ListPrompts_BundledPromptFolder_ShowsDataAnalysisPromptWithDescription()
    {
        await using var client = await silo.ConnectAsync();

        var prompts = await client.ListPromptsAsync();

        var prompt = Assert.Single(prompts, p => p.Name == "data_analysis_prompt");
        Assert.Equal("A prompt for analyzing data", prompt.Description);
    }

    [Fact]
    public async Task GetPrompt_BundledPrompt_ReturnsTheTemplateText()
    {
        await using var client = await silo.ConnectAsync();

        var result = await client.GetPromptAsync("data_analysis_prompt");

        var message = Assert.Single(result.Messages);
        Assert.Equal(Role.User, message.Role);
        var text = Assert.IsType<TextContentBlock>(message.Content).Text;
        Assert.StartsWith("You are a data analysis assistant", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hourly_limit", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPrompt_UnknownPrompt_FailsWithInvalidParams()
    {
        await using var client = await silo.ConnectAsync();

        var error = await Assert.ThrowsAsync<McpProtocolException>(() => client.GetPromptAsync("no_such_prompt").AsTask());

        Assert.Equal(McpErrorCode.InvalidParams, error.ErrorCode);
    }

    [Fact]
    public async Task ListPromptsAsync_ClientLibrary_ListsTheToolsThePromptUses()
    {
        var prompts = await silo.Tools.ListPromptsAsync();

        var prompt = Assert.Single(prompts, p => p.Name == "data_analysis_prompt");
        Assert.Equal(["search_database", "analyze_data", "generate_chart"], prompt.Tools);
    }
}
