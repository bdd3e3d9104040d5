using FluentMcp.Orleans.Benchmarks;
using FluentMcp.Orleans.Benchmarks.McpHost;
using FluentMcp.Orleans.Grains.Tools;
using FluentMcp.Orleans.Silo;

// The product silo as SiloApplication builds it (embedded cluster, binary memory state, MCP at /mcp), plus the two
// bench tools. Ports, limits and logging come from the command line the driver gives. It stops when its standard
// input closes, so it never outlives the driver that started it.
var app = SiloApplication.Create(args, builder => builder.Services.AddMcpTools<BenchTools>());
await app.StartAsync();
Console.WriteLine(BenchSiloReady.Line);

await Task.Run(() =>
{
    while (Console.In.ReadLine() is not null)
    {
        // The driver writes nothing; end of input is the signal to stop.
    }
});
await app.StopAsync();
await app.DisposeAsync();
