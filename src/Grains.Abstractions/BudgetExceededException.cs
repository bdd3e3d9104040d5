using System.Globalization;

namespace FluentMcp.Orleans;

/// <summary>
/// Thrown when a tool call would exceed the hourly or daily limit of its (project, tool) budget.
/// The refused call was not counted.
/// </summary>
[GenerateSerializer]
[Alias("FluentMcp.BudgetExceededException")]
public sealed class BudgetExceededException : Exception
{
    /// <summary>
    /// Initializes a new instance from a refusal.
    /// </summary>
    /// <param name="projectId">The project whose budget refused the call.</param>
    /// <param name="toolName">The tool whose budget refused the call.</param>
    /// <param name="refusal">Why the call was refused.</param>
    public BudgetExceededException(string projectId, string toolName, BudgetRefusal refusal)
        : base(Describe(projectId, toolName, refusal))
    {
        ArgumentNullException.ThrowIfNull(refusal);

        ProjectId = projectId;
        ToolName = toolName;
        LimitType = refusal.LimitType;
        CurrentUsage = refusal.CurrentUsage;
        Limit = refusal.Limit;
        RetryAfter = refusal.RetryAfter;
        ResetAt = refusal.ResetAt;
    }

    /// <summary>Gets the project whose budget refused the call.</summary>
    [Id(0)]
    public string ProjectId { get; private set; }

    /// <summary>Gets the tool whose budget refused the call.</summary>
    [Id(1)]
    public string ToolName { get; private set; }

    /// <summary>Gets the window that refused the call.</summary>
    [Id(2)]
    public BudgetWindow LimitType { get; private set; }

    /// <summary>Gets the usage of the refusing window.</summary>
    [Id(3)]
    public int CurrentUsage { get; private set; }

    /// <summary>Gets the limit of the refusing window.</summary>
    [Id(4)]
    public int Limit { get; private set; }

    /// <summary>Gets how long until every window would admit this call.</summary>
    [Id(5)]
    public TimeSpan RetryAfter { get; private set; }

    /// <summary>Gets the UTC instant from which every window would admit this call.</summary>
    [Id(6)]
    public DateTimeOffset ResetAt { get; private set; }

    private static string Describe(string projectId, string toolName, BudgetRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);

        var window = refusal.LimitType == BudgetWindow.Hourly ? "hourly" : "daily";
        var seconds = (long)Math.Ceiling(refusal.RetryAfter.TotalSeconds);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Budget exceeded for tool '{toolName}' in project '{projectId}': {window} limit of {refusal.Limit} " +
            $"reached ({refusal.CurrentUsage} used). Retry after {seconds} s, at " +
            $"{refusal.ResetAt.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}.");
    }
}
