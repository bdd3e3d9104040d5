namespace FluentMcp.Orleans.Grains.Prompts;

/// <summary>
/// A prompt file: its frontmatter and its template text.
/// </summary>
/// <param name="Name">The prompt id (the frontmatter's <c>name</c>).</param>
/// <param name="Description">The frontmatter's <c>description</c>, if any.</param>
/// <param name="Tools">The tools the prompt uses (the frontmatter's <c>tools</c>).</param>
/// <param name="Budget">The limits the prompt sets, by tool name (the frontmatter's <c>budget</c>).</param>
/// <param name="Template">The text after the frontmatter.</param>
/// <param name="SourcePath">The file the prompt was read from.</param>
public sealed record PromptDefinition(
    string Name,
    string? Description,
    IReadOnlyList<string> Tools,
    IReadOnlyDictionary<string, ToolLimitOverride> Budget,
    string Template,
    string SourcePath);
