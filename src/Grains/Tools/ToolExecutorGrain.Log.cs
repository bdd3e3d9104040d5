using Microsoft.Extensions.Logging;

namespace FluentMcp.Orleans.Grains.Tools;

internal sealed partial class ToolExecutorGrain
{
    [LoggerMessage(1, LogLevel.Debug, "Ran tool {ToolName} for {ProjectId}")]
    private partial void LogRan(string toolName, string projectId);

    [LoggerMessage(2, LogLevel.Debug, "No {Kind} tool named {ToolName}")]
    private partial void LogNotFound(string toolName, ToolKind kind);

    [LoggerMessage(3, LogLevel.Warning, "Tool {ToolName} failed for {ProjectId}; the call was admitted and counts")]
    private partial void LogToolFailed(Exception exception, string toolName, string projectId);

    [LoggerMessage(4, LogLevel.Error, "The budget of {ToolName} for {ProjectId} could not be read or stored; the call was not run")]
    private partial void LogBudgetUnavailable(Exception exception, string toolName, string projectId);
}
