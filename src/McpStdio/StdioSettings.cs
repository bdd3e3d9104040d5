namespace FluentMcp.Orleans.McpStdio;

/// <summary>
/// The settings of one stdio server process, from its command line and environment.
/// </summary>
/// <param name="ClusterOverrides">
/// <c>Cluster</c> settings given on the command line; they go over those of the environment.
/// </param>
/// <param name="ProjectId">The project of a call that names none in <c>_meta.project_id</c>.</param>
/// <param name="PromptId">The prompt of a call that names none in <c>_meta.prompt_id</c>, if any.</param>
/// <param name="ConnectTimeout">How long to keep trying to reach the cluster at start.</param>
internal sealed record StdioSettings(
    IReadOnlyDictionary<string, string?> ClusterOverrides,
    string ProjectId,
    string? PromptId,
    TimeSpan ConnectTimeout)
{
    /// <summary>
    /// Gets what is wrong with the project or prompt id, naming its option, or <see langword="null"/> when both are
    /// valid.
    /// </summary>
    public static string? Problem(StdioSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        return ToolBudgetKey.DescribeInvalidId(settings.ProjectId, "--project")
            ?? (settings.PromptId is null ? null : ToolBudgetKey.DescribeInvalidId(settings.PromptId, "--prompt"));
    }
}
