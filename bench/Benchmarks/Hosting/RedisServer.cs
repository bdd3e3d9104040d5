using StackExchange.Redis;

namespace FluentMcp.Orleans.Benchmarks.Hosting;

/// <summary>
/// A redis-server on 127.0.0.1 and a free port, with no persistence, and one multiplexed connection to it.
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    private RedisServer(ChildProcess process, ConnectionMultiplexer connection)
    {
        Process = process;
        Connection = connection;
    }

    public ChildProcess Process { get; }

    public ConnectionMultiplexer Connection { get; }

    public static async Task<RedisServer> StartAsync(string redisServerPath, string logDirectory)
    {
        var port = FreePort.Next();
        var process = ChildProcess.Start(
            "redis",
            redisServerPath,
            ["--bind", "127.0.0.1", "--port", $"{port}", "--save", string.Empty, "--appendonly", "no",
                "--protected-mode", "yes", "--daemonize", "no"],
            environment: null,
            logDirectory);
        try
        {
            await FreePort.WaitForListenerAsync(port, TimeSpan.FromSeconds(30), process);
            var connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port}");
            return new RedisServer(process, connection);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        await Process.DisposeAsync();
    }
}
