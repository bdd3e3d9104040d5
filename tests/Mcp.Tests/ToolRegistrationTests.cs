using System.ComponentModel;
using FluentMcp.Orleans.Grains.Tools;
using Microsoft.Extensions.DependencyInjection;

namespace FluentMcp.Orleans.Mcp.Tests;

public sealed class ToolRegistrationTests
{
    [Fact]
    public void AddMcpTools_SameClassTwice_RegistersItsToolsOnce()
    {
        var services = new ServiceCollection();

        services.AddMcpTools<SampleTools>().AddMcpTools<SampleTools>();

        var registry = CreateRegistry(services);
        Assert.Single(registry.Descriptors, d => d.Name == "sample_tool");
    }

    [Fact]
    public void AddMcpTool_NameAlreadyRegistered_Throws()
    {
        var services = new ServiceCollection().AddMcpTools<SampleTools>();

        var error = Assert.Throws<InvalidOperationException>(
            () => services.AddMcpTool("sample_tool", ToolKind.External, "Again.", () => 1));

        Assert.Contains("sample_tool", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMcpTools_AnyTool_AlsoRegistersTheBudgetToolsUncharged()
    {
        var services = new ServiceCollection().AddMcpTools<SampleTools>();

        var descriptors = CreateRegistry(services).Descriptors;

        var check = Assert.Single(descriptors, d => d.Name == "check_tool_budget");
        var status = Assert.Single(descriptors, d => d.Name == "get_budget_status");
        Assert.Equal(ToolKind.External, check.Kind);
        Assert.Equal(ToolKind.Embedded, status.Kind);
        Assert.False(check.ChargesBudget);
        Assert.False(status.ChargesBudget);
    }

    [Fact]
    public void AddMcpTools_MethodWithDescriptions_MakesSnakeCaseSchemaWithDescriptions()
    {
        var services = new ServiceCollection().AddMcpTools<SampleTools>();

        var tool = CreateRegistry(services).Descriptors.Single(d => d.Name == "sample_tool");

        Assert.Equal(ToolKind.Embedded, tool.Kind);
        Assert.Equal("Adds two numbers.", tool.Description);
        Assert.Contains("\"first_number\":{\"description\":\"The first.\"", tool.InputSchema, StringComparison.Ordinal);
        Assert.Contains("\"required\":[\"first_number\"]", tool.InputSchema, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMcpTools_ClassWithoutTools_Throws()
    {
        var services = new ServiceCollection();

        Assert.Throws<InvalidOperationException>(() => services.AddMcpTools<ToolRegistrationTests>());
    }

    private static ToolRegistry CreateRegistry(IServiceCollection services) =>
        services.BuildServiceProvider().GetRequiredService<ToolRegistry>();

    public sealed class SampleTools
    {
        [McpTool("sample_tool", Kind = ToolKind.Embedded)]
        [Description("Adds two numbers.")]
        public static int Add([Description("The first.")] int firstNumber, int secondNumber = 2) =>
            firstNumber + secondNumber;
    }
}
