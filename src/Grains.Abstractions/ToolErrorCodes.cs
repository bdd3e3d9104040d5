namespace FluentMcp.Orleans;

/// <summary>
/// The <c>error</c> codes of failed tool calls, the same over MCP and through the client library.
/// </summary>
public static class ToolErrorCodes
{
    /// <summary>A window of the tool's budget has nothing left; the call was not run and not counted.</summary>
    public const string BudgetExceeded = "budget_exceeded";

    /// <summary>The server has no tool of that name and kind; nothing was counted.</summary>
    public const string ToolNotFound = "tool_not_found";

    /// <summary>An argument, header or id is missing, of the wrong type or unknown; nothing was counted.</summary>
    public const string InvalidArguments = "invalid_arguments";

    /// <summary>The tool ran and threw; the call was admitted and counts.</summary>
    public const string ToolExecutionError = "tool_execution_error";

    /// <summary>The budget could not be read or stored; the call was not admitted and not run.</summary>
    public const string BudgetUnavailable = "budget_unavailable";

    /// <summary>
    /// The cluster could not be reached or did not answer in time, so no result came back. Set by the client library,
    /// never by the cluster; a call refused before it was sent did not run, one that timed out may have.
    /// </summary>
    public const string ClusterUnavailable = "cluster_unavailable";
}
