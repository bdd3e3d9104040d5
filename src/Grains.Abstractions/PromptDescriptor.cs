namespace FluentMcp.Orleans;

/// <summary>
/// A prompt file served by the cluster, as MCP clients see it.
/// </summary>
/// <param name="Name">The prompt id.</param>
/// <param name="Description">The frontmatter's description, if any.</param>
/// <param name="Tools">The tools the prompt uses.</param>
/// <param name="Template">The template text after the frontmatter.</param>
[GenerateSerializer]
[Immutable]
[Alias("FluentMcp.PromptDescriptor")]
public sealed record PromptDescriptor(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Description,
    [property: Id(2)] IReadOnlyList<string> Tools,
    [property: Id(3)] string Template);
