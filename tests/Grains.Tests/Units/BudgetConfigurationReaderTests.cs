using FluentMcp.Orleans.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FluentMcp.Orleans.Grains.Tests.Units;

public sealed class BudgetConfigurationReaderTests
{
    [Fact]
    public void Bind_UnknownKeyBesideInvalidValues_ReportsTheKeyAndEveryInvalidValue()
    {
        var section = Section(
            ("Budget:DefaultHourlyLimit", "0"),
            ("Budget:DefaultDailyLimit", "-1"),
            ("Budget:HourlyBukket", "1"));

        var error = Assert.Throws<OptionsValidationException>(() => BudgetConfigurationReader.Bind(section, new()));

        Assert.Equal(
            ["Budget:DefaultDailyLimit:", "Budget:DefaultHourlyLimit:", "Budget:HourlyBukket:"],
            KeysOf(error));
    }

    [Fact]
    public void Bind_UnparsableValueBesideAnInvalidOne_ReportsBoth()
    {
        var section = Section(("Budget:DefaultDailyLimit", "abc"), ("Budget:DefaultHourlyLimit", "0"));

        var error = Assert.Throws<OptionsValidationException>(() => BudgetConfigurationReader.Bind(section, new()));

        Assert.Equal(["Budget:DefaultDailyLimit:", "Budget:DefaultHourlyLimit:"], KeysOf(error));
        Assert.Contains("Budget:DefaultHourlyLimit: must be a positive whole number, not 0.", error.Failures);
    }

    [Fact]
    public void Bind_UnparsableToolLimitBesideAnInvalidToolName_ReportsBoth()
    {
        var section = Section(
            ("Budget:DefaultLimits:x:DailyLimit", "abc"),
            ("Budget:DefaultLimits:bad\ttool:HourlyLimit", "5"));

        var error = Assert.Throws<OptionsValidationException>(() => BudgetConfigurationReader.Bind(section, new()));

        Assert.Equal(["Budget:DefaultLimits:bad\ttool:", "Budget:DefaultLimits:x:DailyLimit:"], KeysOf(error));
    }

    [Fact]
    public void Bind_LimitBeyondTheRangeOfAWholeNumber_SaysTheRange()
    {
        var section = Section(("Budget:DefaultHourlyLimit", "99999999999"));

        var error = Assert.Throws<OptionsValidationException>(() => BudgetConfigurationReader.Bind(section, new()));

        Assert.Equal(
            ["Budget:DefaultHourlyLimit: must be a whole number from 1 to 2147483647, not '99999999999'."],
            error.Failures);
    }

    [Fact]
    public void Bind_ValidSection_BindsEveryValue()
    {
        var section = Section(("Budget:DefaultHourlyLimit", "7"), ("Budget:DefaultLimits:x:DailyLimit", "9"));
        var options = new BudgetOptions();

        BudgetConfigurationReader.Bind(section, options);

        Assert.Equal(new BudgetLimits(7, 9), options.LimitsFor("x"));
    }

    private static IConfigurationSection Section(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build()
            .GetSection(BudgetOptions.SectionName);

    private static IEnumerable<string> KeysOf(OptionsValidationException error) =>
        error.Failures
            .Select(f => f[..(f.IndexOf(": ", StringComparison.Ordinal) + 1)])
            .Order(StringComparer.Ordinal);
}
