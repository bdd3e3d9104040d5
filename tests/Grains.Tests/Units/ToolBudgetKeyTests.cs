namespace FluentMcp.Orleans.Grains.Tests.Units;

public sealed class ToolBudgetKeyTests
{
    [Theory]
    [InlineData("project", "tool")]
    [InlineData("a/b", "c")]
    [InlineData("a", "b/c")]
    [InlineData("100%", "%2F/%25")]
    [InlineData("ünïcødé 项目", "tool with spaces")]
    public void Format_ThenParse_GivesBackBothIds(string projectId, string toolName)
    {
        var key = ToolBudgetKey.Format(projectId, toolName);

        Assert.Equal((projectId, toolName), ToolBudgetKey.Parse(key));
    }

    [Fact]
    public void Format_PairsThatConcatenateAlike_GetDifferentKeys()
    {
        var keys = new[]
        {
            ToolBudgetKey.Format("a/b", "c"),
            ToolBudgetKey.Format("a", "b/c"),
            ToolBudgetKey.Format("a%2Fb", "c"),
            ToolBudgetKey.Format("a", "b%2Fc"),
        };

        Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void ValidateId_LongestAllowed_IsAccepted()
    {
        ToolBudgetKey.ValidateId(new string('x', ToolBudgetKey.MaxIdLength), "project_id");
    }

    [Fact]
    public void ValidateId_UnpairedSurrogate_IsRejectedBecauseItCouldAliasAnotherId()
    {
        // Built in code: test-case data passes through UTF-8, which would replace the lone surrogates.
        string[] ids = [new(['p', '\uD800']), new(['\uDC00', 'p']), new(['a', '\uD800', 'b'])];

        foreach (var id in ids)
        {
            var error = Assert.Throws<ArgumentException>(() => ToolBudgetKey.ValidateId(id, "project_id"));
            Assert.Contains("unpaired surrogate", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("no-separator")]
    [InlineData("a/b/c")]
    public void Parse_NotAKey_Throws(string key)
    {
        Assert.Throws<FormatException>(() => ToolBudgetKey.Parse(key));
    }
}
