namespace FluentMcp.Orleans.EndToEnd.Tests.Infrastructure;

[CollectionDefinition(ApiKeySiloProcess.Collection)]
public sealed class ApiKeySiloProcessDefinition : ICollectionFixture<ApiKeySiloProcess>;
