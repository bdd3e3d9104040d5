using FluentMcp.Orleans.Grains.Prompts;

namespace FluentMcp.Orleans.Grains.Tests.Units;

public sealed class PromptFileParserTests
{
    private const string Path = "prompts/sample.md";

    [Fact]
    public void Parse_UserGuideExample_ReadsEveryField()
    {
        var text = """
            ---
            name: data_analysis_prompt
            description: A prompt for analyzing data
            model: gpt-4
            temperature: 0.3
            tools:
              - search_database
              - analyze_data
            budget:
              search_database:
                hourly_limit: 20
                daily_limit: 200
              analyze_data:
                hourly_limit: 15
            ---
            You are a data analysis assistant.
            """;
        var errors = new List<string>();

        var prompt = PromptFileParser.Parse(Path, text, errors);

        Assert.Empty(errors);
        Assert.NotNull(prompt);
        Assert.Equal("data_analysis_prompt", prompt.Name);
        Assert.Equal("A prompt for analyzing data", prompt.Description);
        Assert.Equal(["search_database", "analyze_data"], prompt.Tools);
        Assert.Equal(new ToolLimitOverride(20, 200), prompt.Budget["search_database"]);
        Assert.Equal(new ToolLimitOverride(15, null), prompt.Budget["analyze_data"]);
        Assert.Equal("You are a data analysis assistant.", prompt.Template);
    }

    [Theory]
    [InlineData("-5", "-5")]
    [InlineData("0", "0")]
    [InlineData("true", "true")]
    [InlineData("\"10\"", "\"10\" (text)")]
    [InlineData("'10'", "\"10\" (text)")]
    [InlineData("2.5", "2.5")]
    [InlineData("99999999999", "99999999999")]
    [InlineData("[1, 2]", "a list")]
    [InlineData("!!str 10", "\"10\" (text)")]
    [InlineData("", "an empty value")]
    public void Parse_LimitNotAPositiveWholeNumber_NamesFileToolFieldAndValue(string value, string shown)
    {
        var errors = new List<string>();

        var prompt = PromptFileParser.Parse(Path, Prompt($"  search_database:\n    hourly_limit: {value}"), errors);

        Assert.Null(prompt);
        var error = Assert.Single(errors);
        Assert.Equal(
            $"{Path}: budget.search_database.hourly_limit: must be a whole number from 1 to 2147483647, not {shown}.",
            error);
    }

    [Fact]
    public void Parse_UnknownField_NamesTheFieldAndTheExpectedOnes()
    {
        var errors = new List<string>();

        PromptFileParser.Parse(Path, Prompt("  search_database:\n    hourly_limt: 5"), errors);

        var error = Assert.Single(errors);
        Assert.Contains("budget.search_database", error, StringComparison.Ordinal);
        Assert.Contains("unknown field 'hourly_limt'", error, StringComparison.Ordinal);
        Assert.StartsWith(Path, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("budget: 5", "budget: must be a mapping of tool names to limits, not a single value.")]
    [InlineData("budget:\n  - search_database", "budget: must be a mapping of tool names to limits, not a list.")]
    [InlineData("budget:", "budget: must be a mapping of tool names to limits, not an empty value.")]
    public void Parse_BudgetNotAMapping_IsRejected(string budget, string expected)
    {
        var errors = new List<string>();

        PromptFileParser.Parse(Path, $"---\nname: p\n{budget}\n---\nText", errors);

        Assert.Equal([$"{Path}: {expected}"], errors);
    }

    [Theory]
    [InlineData("  search_database: 20", "not a single value")]
    [InlineData("  search_database:\n    - 20", "not a list")]
    [InlineData("  search_database:", "not an empty value")]
    public void Parse_ToolEntryNotAMapping_NamesTheTool(string entry, string kind)
    {
        var errors = new List<string>();

        PromptFileParser.Parse(Path, Prompt(entry), errors);

        var error = Assert.Single(errors);
        Assert.StartsWith($"{Path}: budget.search_database: must be a mapping", error, StringComparison.Ordinal);
        Assert.Contains(kind, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOne()
    {
        var errors = new List<string>();

        PromptFileParser.Parse(
            Path,
            Prompt("  a:\n    hourly_limit: 0\n    daily_limit: -1\n  b:\n    weekly_limit: 3"),
            errors);

        Assert.Equal(3, errors.Count);
    }

    [Theory]
    [InlineData("No frontmatter here.", "has no YAML frontmatter")]
    [InlineData("---\nname: p\nText without a closing line", "has no YAML frontmatter")]
    [InlineData("---\n- a\n- b\n---\nText", "the frontmatter must be a mapping")]
    [InlineData("---\ndescription: no name\n---\nText", "name: is required")]
    [InlineData("---\nname: [a, b]\n---\nText", "name: must be text")]
    [InlineData("---\nname: p\nbudget: {a: {hourly_limit: 1}\n---\nText", "invalid YAML frontmatter at line")]
    public void Parse_MalformedFrontmatter_SaysWhatIsWrong(string text, string expected)
    {
        var errors = new List<string>();

        var prompt = PromptFileParser.Parse(Path, text, errors);

        Assert.Null(prompt);
        var error = Assert.Single(errors);
        Assert.StartsWith(Path, error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidToolName_EndsWithTheProblemNotTheArgumentExceptionParameterSuffix()
    {
        var errors = new List<string>();

        PromptFileParser.Parse(Path, "---\nname: p\ntools:\n  - \"a\\tb\"\n---\nText\n", errors);

        var error = Assert.Single(errors);
        Assert.Equal(
            $"{Path}: tools: tool_name 'a?b' holds the control character U+0009, which is not allowed.",
            error);
    }

    [Fact]
    public void Parse_UnclosedFlowCollectionsThatCrashTheYamlScanner_ReportsTheFileInsteadOfThrowing()
    {
        var errors = new List<string>();

        var prompt = PromptFileParser.Parse(Path, "---\nname: p1\nx: [a\nb: {\n---\nText\n", errors);

        Assert.Null(prompt);
        var error = Assert.Single(errors);
        Assert.StartsWith($"{Path}: invalid YAML frontmatter", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnreadFieldOrBudgetForAnUnlistedTool_LoadsWithAWarningForEach()
    {
        var errors = new List<string>();
        var warnings = new List<string>();
        var text = "---\nname: p\ntools:\n  - a\nbugdet:\n  a:\n    hourly_limit: 1\n"
            + "budget:\n  b:\n    hourly_limit: 2\n---\nText\n";

        var prompt = PromptFileParser.Parse(Path, text, errors, warnings);

        Assert.NotNull(prompt);
        Assert.Empty(errors);
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.StartsWith($"{Path}: bugdet:", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith($"{Path}: budget.b:", StringComparison.Ordinal));
    }

    private static string Prompt(string budgetEntries) =>
        $"---\nname: sample\ntools:\n  - search_database\nbudget:\n{budgetEntries}\n---\nTemplate text.\n";
}
