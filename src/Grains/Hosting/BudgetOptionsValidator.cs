using Microsoft.Extensions.Options;

namespace FluentMcp.Orleans.Grains.Hosting;

/// <summary>
/// Checks <see cref="BudgetOptions"/> at start and reports every problem at once, each with its configuration key.
/// </summary>
internal sealed class BudgetOptionsValidator : IValidateOptions<BudgetOptions>
{
    private const string Section = BudgetOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, BudgetOptions options)
    {
        var errors = new List<string>();

        RequirePositive(errors, $"{Section}:DefaultHourlyLimit", options.DefaultHourlyLimit);
        RequirePositive(errors, $"{Section}:DefaultDailyLimit", options.DefaultDailyLimit);

        if (ToolBudgetKey.DescribeInvalidId(options.DefaultProjectId, "project_id") is { } project)
        {
            errors.Add($"{Section}:DefaultProjectId: {project}");
        }

        foreach (var (tool, limits) in options.DefaultLimits)
        {
            var key = $"{Section}:DefaultLimits:{tool}";
            if (ToolBudgetKey.DescribeInvalidId(tool, "tool_name") is { } toolName)
            {
                errors.Add($"{key}: {toolName}");
            }

            if (limits is null)
            {
                errors.Add($"{key}: must set HourlyLimit, DailyLimit or both.");
                continue;
            }

            RequirePositive(errors, $"{key}:HourlyLimit", limits.HourlyLimit);
            RequirePositive(errors, $"{key}:DailyLimit", limits.DailyLimit);
        }

        RequireBucket(errors, $"{Section}:HourlyBucket", options.HourlyBucket, TimeSpan.FromHours(1));
        RequireBucket(errors, $"{Section}:DailyBucket", options.DailyBucket, TimeSpan.FromDays(1));

        if (options.CleanupInterval <= TimeSpan.Zero)
        {
            errors.Add($"{Section}:CleanupInterval: must be longer than zero, not {options.CleanupInterval}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void RequirePositive(List<string> errors, string key, int? value)
    {
        if (value is <= 0)
        {
            errors.Add($"{key}: must be a positive whole number, not {value}.");
        }
    }

    private static void RequireBucket(List<string> errors, string key, TimeSpan bucket, TimeSpan window)
    {
        if (bucket <= TimeSpan.Zero || bucket > window)
        {
            errors.Add($"{key}: must be longer than zero and at most {window}, not {bucket}.");
        }
    }
}
