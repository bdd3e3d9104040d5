namespace FluentMcp.Orleans.Mcp.Tests.Infrastructure;

[CollectionDefinition(FailingStorageSilo.Collection)]
public sealed class FailingStorageSiloDefinition : ICollectionFixture<FailingStorageSilo>;
