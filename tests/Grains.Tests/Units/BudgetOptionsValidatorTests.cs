using FluentMcp.Orleans.Grains.Hosting;

namespace FluentMcp.Orleans.Grains.Tests.Units;

public sealed class BudgetOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        var result = new BudgetOptionsValidator().Validate(null, new BudgetOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_SeveralBadValues_ReportsEveryOneWithItsKey()
    {
        var options = new BudgetOptions { DefaultHourlyLimit = 0, DailyBucket = TimeSpan.FromDays(2) };
        options.DefaultLimits["search_database"] = new ToolLimitOptions { HourlyLimit = -5 };
        options.DefaultLimits["bad\ttool"] = new ToolLimitOptions { DailyLimit = 3 };

        var result = new BudgetOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Equal(4, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("Budget:DefaultHourlyLimit:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Budget:DefaultLimits:search_database:HourlyLimit:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Budget:DefaultLimits:bad\ttool:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Budget:DailyBucket:", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_InvalidToolNameAndProjectId_EndWithTheProblemNotTheArgumentExceptionParameterSuffix()
    {
        var options = new BudgetOptions { DefaultProjectId = " " };
        options.DefaultLimits["bad\ttool"] = new ToolLimitOptions { DailyLimit = 3 };

        var result = new BudgetOptionsValidator().Validate(null, options);

        Assert.Equal(
            [
                "Budget:DefaultLimits:bad\ttool: tool_name 'bad?tool' holds the control character U+0009, "
                    + "which is not allowed.",
                "Budget:DefaultProjectId: project_id must not be empty.",
            ],
            result.Failures!.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LimitsFor_ToolWithOneField_TakesTheOtherFromTheGlobalDefault()
    {
        var options = new BudgetOptions { DefaultHourlyLimit = 30, DefaultDailyLimit = 300 };
        options.DefaultLimits["tool"] = new ToolLimitOptions { DailyLimit = 40 };

        Assert.Equal(new BudgetLimits(30, 40), options.LimitsFor("tool"));
        Assert.Equal(new BudgetLimits(30, 300), options.LimitsFor("other"));
    }
}
