using System.ComponentModel;
using System.Text.Json.Nodes;

namespace FluentMcp.Orleans.Grains.Tools;

/// <summary>
/// The built-in budget tools. They are budget queries, so calling them is never counted: a spent budget must still
/// be readable.
/// </summary>
internal sealed class BudgetTools(IGrainFactory grains)
{
    public const string CheckToolBudgetName = "check_tool_budget";
    public const string GetBudgetStatusName = "get_budget_status";

    /// <summary>Gets a value indicating whether <paramref name="toolName"/> is one of the built-in budget tools.</summary>
    public static bool IsBudgetTool(string toolName) => toolName is CheckToolBudgetName or GetBudgetStatusName;

    [McpTool(CheckToolBudgetName, Kind = ToolKind.External, ChargesBudget = false)]
    [Description("Checks what is left of a tool's hourly and daily budget in a project before calling it. "
        + "status is ok, warning (a window has at most 10 % left), exhausted, or unknown (no such tool).")]
    public async Task<JsonObject> CheckToolBudgetAsync(
        [Description("The project whose budget is checked.")] string projectId,
        [Description("The tool whose budget is checked.")] string toolName,
        [Description("A prompt whose limits apply instead of the defaults.")] string? promptId = null)
    {
        var check = await Query().CheckToolBudgetAsync(projectId, toolName, promptId);
        return new JsonObject
        {
            ["tool_name"] = check.ToolName,
            ["status"] = check.Status.ToString().ToLowerInvariant(),
            ["hourly"] = Remaining(check.Hourly),
            ["daily"] = Remaining(check.Daily),
            ["warnings"] = new JsonArray([.. check.Warnings.Select(w => JsonValue.Create(w))]),
        };
    }

    [McpTool(GetBudgetStatusName, Kind = ToolKind.Embedded, ChargesBudget = false)]
    [Description("Gets the usage, limits and reset times of one tool, or of every tool of a project.")]
    public async Task<JsonObject> GetBudgetStatusAsync(
        [Description("The project whose budget is read.")] string projectId,
        [Description("One tool; leave out for every tool of the project.")] string? toolName = null,
        [Description("A prompt whose limits apply instead of the defaults.")] string? promptId = null)
    {
        var statuses = await Query().GetBudgetStatusAsync(projectId, toolName, promptId);
        return new JsonObject
        {
            ["project_id"] = projectId,
            ["prompt_id"] = promptId,
            ["tools"] = new JsonArray([.. statuses.Select(Status)]),
        };
    }

    private static JsonObject Status(ToolBudgetStatus status) => new()
    {
        ["tool_name"] = status.ToolName,
        ["hourly"] = Usage(status.Hourly),
        ["daily"] = Usage(status.Daily),
    };

    private static JsonObject Usage(WindowUsage usage) => new()
    {
        ["usage"] = usage.Usage,
        ["limit"] = usage.Limit,
        ["remaining"] = usage.Remaining,
        ["reset_at"] = WireFormat.Instant(usage.ResetAt),
        ["next_available_at"] = usage.NextAvailableAt is { } next ? WireFormat.Instant(next) : null,
    };

    private static JsonObject? Remaining(WindowRemaining? window) => window is null
        ? null
        : new JsonObject
        {
            ["remaining"] = window.Remaining,
            ["limit"] = window.Limit,
            ["reset_at"] = WireFormat.Instant(window.ResetAt),
        };

    private IBudgetQueryGrain Query() => grains.GetGrain<IBudgetQueryGrain>(0);
}
