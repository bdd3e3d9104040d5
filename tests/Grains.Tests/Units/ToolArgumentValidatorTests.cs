using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using FluentMcp.Orleans.Grains.Tools;
using Microsoft.Extensions.AI;

namespace FluentMcp.Orleans.Grains.Tests.Units;

/// <summary>
/// The bounds that data annotations put into a tool's generated schema are checked before the tool is charged.
/// </summary>
public sealed class ToolArgumentValidatorTests
{
    private static readonly JsonElement Schema = AIFunctionFactory.Create(
        ([Range(1, 500)] int rows, [StringLength(5, MinimumLength = 2)] string code, [Length(1, 3)] double[] values) =>
            rows,
        new AIFunctionFactoryOptions { Name = "bounded" }).JsonSchema;

    [Theory]
    [InlineData("""{"rows":1,"code":"ab","values":[1]}""")]
    [InlineData("""{"rows":500,"code":"abcde","values":[1,2,3]}""")]
    [InlineData("""{"rows":7,"code":"ééé","values":[0.5]}""")]
    public void Check_WithinBounds_Passes(string arguments)
    {
        Assert.Null(ToolArgumentValidator.Check(Schema, Parse(arguments), string.Empty));
    }

    [Theory]
    [InlineData("""{"rows":0,"code":"ab","values":[1]}""", "rows", "at least 1, not 0")]
    [InlineData("""{"rows":501,"code":"ab","values":[1]}""", "rows", "at most 500, not 501")]
    [InlineData("""{"rows":2,"code":"a","values":[1]}""", "code", "at least 2 characters, not 1")]
    [InlineData("""{"rows":2,"code":"abcdef","values":[1]}""", "code", "at most 5 characters, not 6")]
    [InlineData("""{"rows":2,"code":"ab","values":[]}""", "values", "at least 1 items, not 0")]
    [InlineData("""{"rows":2,"code":"ab","values":[1,2,3,4]}""", "values", "at most 3 items, not 4")]
    public void Check_OutOfBounds_NamesTheArgumentAndTheBound(string arguments, string argument, string bound)
    {
        var problem = ToolArgumentValidator.Check(Schema, Parse(arguments), string.Empty);

        Assert.NotNull(problem);
        Assert.Equal(argument, problem.Value.Argument);
        Assert.Contains(bound, problem.Value.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExclusiveBounds_RefuseTheBoundItself()
    {
        var schema = Parse("""{"type":"object","properties":{"x":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1}}}""");

        Assert.Null(ToolArgumentValidator.Check(schema, Parse("""{"x":0.5}"""), string.Empty));
        Assert.Contains("greater than 0", ToolArgumentValidator.Check(schema, Parse("""{"x":0}"""), string.Empty)?.Message, StringComparison.Ordinal);
        Assert.Contains("less than 1", ToolArgumentValidator.Check(schema, Parse("""{"x":1}"""), string.Empty)?.Message, StringComparison.Ordinal);
    }

    private static JsonElement Parse(string json) => JsonSerializer.Deserialize<JsonElement>(json);
}
