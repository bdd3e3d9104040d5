using System.Globalization;
using FluentMcp.Orleans.Grains.Projects;
using Orleans.Concurrency;

namespace FluentMcp.Orleans.Grains.Budgets;

/// <summary>
/// Budget views that need the silo's configuration. A stateless worker, so every silo answers its own callers.
/// </summary>
[StatelessWorker]
internal sealed class BudgetQueryGrain(
    BudgetLimitResolver limits,
    IEnumerable<IToolNameSource> toolNames)
    : Grain, IBudgetQueryGrain
{
    /// <summary>A window with at most this share of its limit left is low.</summary>
    private const double LowShare = 0.10;

    public async Task<IReadOnlyList<ToolBudgetStatus>> GetBudgetStatusAsync(
        string projectId,
        string? toolName,
        string? promptId)
    {
        ToolBudgetKey.ValidateId(projectId, "project_id");

        var tools = toolName is null
            ? await ListToolsAsync(projectId, promptId)
            : [toolName];
        var statuses = await Task.WhenAll(tools.Select(tool => Budget(projectId, tool).GetStatusAsync(promptId)));
        return statuses;
    }

    public async Task<ToolBudgetCheck> CheckToolBudgetAsync(string projectId, string toolName, string? promptId)
    {
        var key = ToolBudgetKey.Format(projectId, toolName);
        if (!await IsKnownAsync(projectId, toolName, promptId))
        {
            return new ToolBudgetCheck(
                toolName,
                BudgetCheckStatus.Unknown,
                null,
                null,
                [$"The server has no tool named '{toolName}'."]);
        }

        var status = await GrainFactory.GetGrain<IToolBudgetGrain>(key).GetStatusAsync(promptId);
        return Summarize(status);
    }

    public async Task<int> CleanupAsync(string? projectId)
    {
        IEnumerable<string> projects;
        if (projectId is null)
        {
            var shards = await Task.WhenAll(ProjectDirectory.Shards.Select(
                shard => GrainFactory.GetGrain<IProjectDirectoryGrain>(shard).GetProjectsAsync()));
            projects = shards.SelectMany(s => s);
        }
        else
        {
            ToolBudgetKey.ValidateId(projectId, "project_id");
            projects = [projectId];
        }

        var cleared = 0;
        foreach (var project in projects)
        {
            var tools = await GrainFactory.GetGrain<IProjectToolsGrain>(project).GetToolsAsync();
            var results = await Task.WhenAll(tools.Select(tool => Budget(project, tool).CleanupAsync()));
            cleared += results.Count(c => c);
        }

        return cleared;
    }

    internal static ToolBudgetCheck Summarize(ToolBudgetStatus status)
    {
        var warnings = new List<string>();
        var exhausted = Assess(status, BudgetWindow.Hourly, warnings) | Assess(status, BudgetWindow.Daily, warnings);
        var verdict = exhausted
            ? BudgetCheckStatus.Exhausted
            : warnings.Count > 0 ? BudgetCheckStatus.Warning : BudgetCheckStatus.Ok;

        return new ToolBudgetCheck(
            status.ToolName,
            verdict,
            Remaining(status.Hourly),
            Remaining(status.Daily),
            warnings);
    }

    /// <returns><see langword="true"/> when the window has nothing left.</returns>
    private static bool Assess(ToolBudgetStatus status, BudgetWindow window, List<string> warnings)
    {
        var usage = status.For(window);
        var name = window == BudgetWindow.Hourly ? "Hourly" : "Daily";
        if (usage.Remaining == 0)
        {
            var next = usage.NextAvailableAt ?? usage.ResetAt;
            warnings.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{name} budget of '{status.ToolName}' is exhausted: 0 of {usage.Limit} calls left; more are "
                + $"available from {next.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}."));
            return true;
        }

        if (usage.Remaining <= usage.Limit * LowShare)
        {
            warnings.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{name} budget of '{status.ToolName}' is low: {usage.Remaining} of {usage.Limit} calls left."));
        }

        return false;
    }

    private static WindowRemaining Remaining(WindowUsage usage) => new(usage.Remaining, usage.Limit, usage.ResetAt);

    private async Task<IReadOnlyList<string>> ListToolsAsync(string projectId, string? promptId)
    {
        var tools = new SortedSet<string>(StringComparer.Ordinal);
        tools.UnionWith(await GrainFactory.GetGrain<IProjectToolsGrain>(projectId).GetToolsAsync());
        tools.UnionWith(toolNames.SelectMany(source => source.ListedTools()));
        if (promptId is not null)
        {
            tools.UnionWith((await limits.GetPromptLimitsAsync(promptId)).Keys);
        }

        return [.. tools];
    }

    private async Task<bool> IsKnownAsync(string projectId, string toolName, string? promptId)
    {
        if (toolNames.Any(source => source.Contains(toolName)))
        {
            return true;
        }

        if (promptId is not null && (await limits.GetPromptLimitsAsync(promptId)).ContainsKey(toolName))
        {
            return true;
        }

        var used = await GrainFactory.GetGrain<IProjectToolsGrain>(projectId).GetToolsAsync();
        return used.Contains(toolName, StringComparer.Ordinal);
    }

    private IToolBudgetGrain Budget(string projectId, string toolName) =>
        GrainFactory.GetGrain<IToolBudgetGrain>(ToolBudgetKey.Format(projectId, toolName));
}
