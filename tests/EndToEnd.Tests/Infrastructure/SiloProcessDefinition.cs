namespace FluentMcp.Orleans.EndToEnd.Tests.Infrastructure;

[CollectionDefinition(SiloProcess.Collection)]
public sealed class SiloProcessDefinition : ICollectionFixture<SiloProcess>;
