namespace FluentMcp.Orleans.McpStdio;

/// <summary>
/// The settings of one stdio server process, from its command line and environment.
/// </summary>
/// <param name="GatewayPort">The cluster gateway port on the loopback address.</param>
/// <param name="ServiceId">The Orleans service id of the cluster.</param>
/// <param name="ClusterId">The Orleans cluster id.</param>
/// <param name="ProjectId">The project of a call that names none in <c>_meta.project_id</c>.</param>
/// <param name="PromptId">The prompt of a call that names none in <c>_meta.prompt_id</c>, if any.</param>
/// <param name="ConnectTimeout">How long to keep trying to reach the cluster at start.</param>
internal sealed record StdioSettings(
    int GatewayPort,
    string ServiceId,
    string ClusterId,
    string ProjectId,
    string? PromptId,
    TimeSpan ConnectTimeout);
