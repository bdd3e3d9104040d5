using Azure.Data.Tables;
using FluentMcp.Orleans;
using FluentMcp.Orleans.Benchmarks;
using FluentMcp.Orleans.Benchmarks.Silo;
using FluentMcp.Orleans.Client;
using FluentMcp.Orleans.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

// A silo for the benchmarks only: the budgets as the real silo registers them (limits come from Budget__*
// environment variables), plus the bare grain and the control grain. It stops when its standard input closes, so
// it never outlives the driver that started it.
var builder = Host.CreateApplicationBuilder(args);
var options = builder.Configuration.GetSection(BenchSiloOptions.SectionName).Get<BenchSiloOptions>() ?? new();
builder.Logging.SetMinimumLevel(LogLevel.Warning);

builder.UseOrleans(silo =>
{
    silo.UseLocalhostClustering(
            options.SiloPort,
            options.GatewayPort,
            serviceId: "fluentmcp-bench",
            clusterId: options.ClusterId)
        .UseInMemoryReminderService()
        .AddToolBudgets();

    if (options.Storage == BenchStorage.AzureTable)
    {
        silo.AddAzureTableGrainStorage(BudgetStorage.ProviderName, table =>
        {
            var connectionString = options.AzureTableConnectionString
                ?? throw new InvalidOperationException(
                    "BenchSilo:AzureTableConnectionString is required for Azure storage.");
            table.TableServiceClient = new TableServiceClient(connectionString);
            table.TableName = options.AzureTableName;
        });
    }
    else if (options.BinaryMemoryState)
    {
        silo.AddMemoryGrainStorage(BudgetStorage.ProviderName, (OptionsBuilder<MemoryGrainStorageOptions> memory) =>
            memory.Configure<Serializer>((storage, serializer) =>
                storage.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer)));
    }
    else
    {
        silo.AddMemoryGrainStorage(BudgetStorage.ProviderName);
    }

    if (options.CollectionAge is { } age)
    {
        silo.Configure<GrainCollectionOptions>(collection => collection.CollectionAge = age);
    }
});
builder.Services.AddToolBudgetClient();

using var host = builder.Build();
await host.StartAsync();
Console.WriteLine(BenchSiloReady.Line);

await Task.Run(() =>
{
    while (Console.In.ReadLine() is not null)
    {
        // The driver writes nothing; end of input is the signal to stop.
    }
});
await host.StopAsync();
