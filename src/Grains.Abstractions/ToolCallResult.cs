using System.Text;
using System.Text.Json;

namespace FluentMcp.Orleans;

/// <summary>
/// The result of one tool call, in the shape an MCP <c>tools/call</c> returns it: a readable text, the structured
/// content as JSON text, and whether it is an error. The silo's MCP endpoint and the client library return the same.
/// </summary>
/// <param name="IsError">Whether the call failed.</param>
/// <param name="Text">The readable text: the tool's text, its JSON, or the error message.</param>
/// <param name="StructuredContent">
/// The structured content as a JSON object text, or <see langword="null"/> when the tool returned no object.
/// Errors always have it: <c>{ "error", "message", "details" }</c>.
/// </param>
/// <param name="ErrorCode">One of <see cref="ToolErrorCodes"/>, or <see langword="null"/> on success.</param>
[GenerateSerializer]
[Immutable]
[Alias("FluentMcp.ToolCallResult")]
public sealed record ToolCallResult(
    [property: Id(0)] bool IsError,
    [property: Id(1)] string Text,
    [property: Id(2)] string? StructuredContent,
    [property: Id(3)] string? ErrorCode)
{
    /// <summary>
    /// Creates the result of a call that ran and returned.
    /// </summary>
    /// <param name="text">The readable text.</param>
    /// <param name="structuredContent">The returned object as JSON text, or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    public static ToolCallResult Success(string text, string? structuredContent) =>
        new(false, text, structuredContent, null);

    /// <summary>
    /// Creates a failed result whose structured content is <c>{ "error", "message", "details" }</c>; the details
    /// hold <c>project_id</c>, <c>tool_name</c> and, when given, <c>argument</c>.
    /// </summary>
    /// <param name="errorCode">One of <see cref="ToolErrorCodes"/>.</param>
    /// <param name="message">The readable message.</param>
    /// <param name="projectId">The project of the call, if known.</param>
    /// <param name="toolName">The tool of the call, if known.</param>
    /// <param name="argument">The argument, header or id at fault, if any.</param>
    /// <returns>The result.</returns>
    public static ToolCallResult Failure(
        string errorCode,
        string message,
        string? projectId,
        string? toolName,
        string? argument = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(errorCode);
        ArgumentNullException.ThrowIfNull(message);

        var json = Write(errorCode, message, details =>
        {
            details.WriteString("project_id", projectId);
            details.WriteString("tool_name", toolName);
            if (argument is not null)
            {
                details.WriteString("argument", argument);
            }
        });
        return new ToolCallResult(true, message, json, errorCode);
    }

    /// <summary>
    /// Creates the <see cref="ToolErrorCodes.BudgetExceeded"/> result of a refused call.
    /// </summary>
    /// <param name="projectId">The project whose budget refused the call.</param>
    /// <param name="toolName">The tool whose budget refused the call.</param>
    /// <param name="refusal">Why the call was refused.</param>
    /// <returns>The result, with <c>limit_type</c>, <c>current_usage</c>, <c>limit</c>,
    /// <c>retry_after_seconds</c> (rounded up) and <c>reset_at</c> in its details.</returns>
    public static ToolCallResult BudgetExceeded(string projectId, string toolName, BudgetRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);

        var message = new BudgetExceededException(projectId, toolName, refusal).Message;
        var json = Write(ToolErrorCodes.BudgetExceeded, message, details =>
        {
            details.WriteString("project_id", projectId);
            details.WriteString("tool_name", toolName);
            details.WriteString("limit_type", refusal.LimitType == BudgetWindow.Hourly ? "hourly" : "daily");
            details.WriteNumber("current_usage", refusal.CurrentUsage);
            details.WriteNumber("limit", refusal.Limit);
            details.WriteNumber("retry_after_seconds", WireFormat.WholeSeconds(refusal.RetryAfter));
            details.WriteString("reset_at", WireFormat.Instant(refusal.ResetAt));
        });
        return new ToolCallResult(true, message, json, ToolErrorCodes.BudgetExceeded);
    }

    private static string Write(string errorCode, string message, Action<Utf8JsonWriter> writeDetails)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("error", errorCode);
            writer.WriteString("message", message);
            writer.WriteStartObject("details");
            writeDetails(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
