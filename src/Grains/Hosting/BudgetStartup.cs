using System.Globalization;
using FluentMcp.Orleans.Grains.Prompts;
using FluentMcp.Orleans.Grains.Tools;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FluentMcp.Orleans.Grains.Hosting;

/// <summary>
/// Loads the prompts before the silo serves anything, so invalid prompt files stop the start, and logs the limits
/// and prompts in force.
/// </summary>
internal sealed partial class BudgetStartup(
    IServiceProvider services,
    IOptions<BudgetOptions> options,
    ILogger<BudgetStartup> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(BudgetStartup), ServiceLifecycleStage.RuntimeInitialize, Start);

    private Task Start(CancellationToken cancellationToken)
    {
        var budget = options.Value;
        var prompts = services.GetRequiredService<PromptCatalog>();

        LogDefaults(budget.DefaultHourlyLimit, budget.DefaultDailyLimit, budget.HourlyBucket, budget.DailyBucket);
        foreach (var (tool, limits) in budget.DefaultLimits.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var resolved = budget.LimitsFor(tool);
            LogToolDefault(tool, resolved.HourlyLimit, resolved.DailyLimit);
        }

        var tools = services.GetRequiredService<ToolRegistry>().Descriptors;
        var toolList = string.Join(", ", tools.Select(t => $"{t.Name} ({t.Kind.ToString().ToLowerInvariant()})"));
        LogTools(tools.Count, toolList);

        var folder = string.IsNullOrWhiteSpace(budget.PromptsDirectory) ? "(no folder)" : budget.PromptsDirectory;
        LogPrompts(prompts.Prompts.Count, folder);
        foreach (var warning in prompts.Warnings)
        {
            LogPromptWarning(warning);
        }

        foreach (var prompt in prompts.Prompts.Values.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var limits = string.Join(", ", prompt.Budget.Select(b => Describe(b.Key, b.Value)));
            LogPrompt(prompt.Name, prompt.SourcePath, limits.Length == 0 ? "none" : limits);
        }

        return Task.CompletedTask;
    }

    private static string Describe(string tool, ToolLimitOverride limits) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{tool} {limits.HourlyLimit?.ToString(CultureInfo.InvariantCulture) ?? "default"}/h "
            + $"{limits.DailyLimit?.ToString(CultureInfo.InvariantCulture) ?? "default"}/d");

    [LoggerMessage(1, LogLevel.Information, "Default limits: {HourlyLimit} per hour, {DailyLimit} per day (buckets {HourlyBucket} and {DailyBucket})")]
    private partial void LogDefaults(int hourlyLimit, int dailyLimit, TimeSpan hourlyBucket, TimeSpan dailyBucket);

    [LoggerMessage(2, LogLevel.Information, "Tool {ToolName}: {HourlyLimit} per hour, {DailyLimit} per day")]
    private partial void LogToolDefault(string toolName, int hourlyLimit, int dailyLimit);

    [LoggerMessage(6, LogLevel.Information, "Tools served: {Count}: {Tools}")]
    private partial void LogTools(int count, string tools);

    [LoggerMessage(3, LogLevel.Information, "Prompts loaded: {Count}, from {Directory}")]
    private partial void LogPrompts(int count, string directory);

    [LoggerMessage(4, LogLevel.Information, "Prompt {PromptId} from {Path}; limits: {Limits}")]
    private partial void LogPrompt(string promptId, string path, string limits);

    [LoggerMessage(5, LogLevel.Warning, "Prompt file: {Warning}")]
    private partial void LogPromptWarning(string warning);
}
