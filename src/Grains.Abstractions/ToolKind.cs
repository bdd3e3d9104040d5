namespace FluentMcp.Orleans;

/// <summary>
/// Who a tool is offered to.
/// </summary>
[GenerateSerializer]
[Alias("FluentMcp.ToolKind")]
public enum ToolKind
{
    /// <summary>Used by the server's own (embedded) LLM reasoning; not listed to MCP clients.</summary>
    Embedded = 0,

    /// <summary>Offered to consuming LLMs over MCP.</summary>
    External = 1,
}
