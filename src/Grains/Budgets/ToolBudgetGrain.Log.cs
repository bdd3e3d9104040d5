using Microsoft.Extensions.Logging;

namespace FluentMcp.Orleans.Grains.Budgets;

internal sealed partial class ToolBudgetGrain
{
    [LoggerMessage(1, LogLevel.Debug, "Admitted a call of {ToolName} for {ProjectId} ({HourlyUsage} this hour, {DailyUsage} today)")]
    private partial void LogAdmitted(string projectId, string toolName, int hourlyUsage, int dailyUsage);

    [LoggerMessage(2, LogLevel.Debug, "Refused a call of {ToolName} for {ProjectId}: {LimitType} limit {Limit} reached ({Usage} used)")]
    private partial void LogRefused(string projectId, string toolName, BudgetWindow limitType, int usage, int limit);

    [LoggerMessage(3, LogLevel.Error, "Could not store the usage of {ToolName} for {ProjectId}; the calls it covered were refused")]
    private partial void LogWriteFailed(Exception exception, string projectId, string toolName);

    [LoggerMessage(4, LogLevel.Warning, "Could not register the cleanup reminder or index entry of {ToolName} for {ProjectId}; will try again")]
    private partial void LogHousekeepingFailed(Exception exception, string projectId, string toolName);

    [LoggerMessage(5, LogLevel.Debug, "All usage of {ToolName} for {ProjectId} has expired; cleared its state and reminder")]
    private partial void LogCleared(string projectId, string toolName);
}
