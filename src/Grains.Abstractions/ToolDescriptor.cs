namespace FluentMcp.Orleans;

/// <summary>
/// A tool that the cluster can run, as MCP clients and client processes see it.
/// </summary>
/// <param name="Name">The tool name, which is also its budget's tool name.</param>
/// <param name="Description">What the tool does, for the LLM that chooses it.</param>
/// <param name="Kind">Whether the tool is embedded or external.</param>
/// <param name="InputSchema">The JSON schema of the tool's arguments, as JSON text.</param>
/// <param name="ChargesBudget">
/// Whether a call is counted against the tool's budget; <see langword="false"/> only for the budget queries.
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("FluentMcp.ToolDescriptor")]
public sealed record ToolDescriptor(
    [property: Id(0)] string Name,
    [property: Id(1)] string Description,
    [property: Id(2)] ToolKind Kind,
    [property: Id(3)] string InputSchema,
    [property: Id(4)] bool ChargesBudget);
