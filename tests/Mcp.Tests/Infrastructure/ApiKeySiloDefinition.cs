namespace FluentMcp.Orleans.Mcp.Tests.Infrastructure;

[CollectionDefinition(ApiKeySilo.Collection)]
public sealed class ApiKeySiloDefinition : ICollectionFixture<ApiKeySilo>;
