namespace FluentMcp.Orleans.Mcp.Tests.Infrastructure;

[CollectionDefinition(McpSilo.Collection)]
public sealed class McpSiloDefinition : ICollectionFixture<McpSilo>;
