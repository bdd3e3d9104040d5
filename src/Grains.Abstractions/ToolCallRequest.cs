namespace FluentMcp.Orleans;

/// <summary>
/// One call of a tool, for one project and, optionally, under the limits of one prompt.
/// </summary>
/// <param name="ProjectId">The project whose budget the call is counted against.</param>
/// <param name="ToolName">The tool to run.</param>
/// <param name="Kind">
/// The kind of tool the caller may reach: an external call never runs an embedded tool, and the reverse.
/// </param>
/// <param name="Arguments">The arguments as a JSON object text, or <see langword="null"/> for none.</param>
/// <param name="PromptId">The prompt whose limits apply, or <see langword="null"/> for the defaults.</param>
/// <param name="ProjectIsBound">
/// <see langword="true"/> when the caller's credentials decide the project (an API key): then the budget tools
/// answer for <paramref name="ProjectId"/> only and refuse a <c>project_id</c> argument that names another.
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("FluentMcp.ToolCallRequest")]
public sealed record ToolCallRequest(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] string ToolName,
    [property: Id(2)] ToolKind Kind,
    [property: Id(3)] string? Arguments,
    [property: Id(4)] string? PromptId,
    [property: Id(5)] bool ProjectIsBound = false);
