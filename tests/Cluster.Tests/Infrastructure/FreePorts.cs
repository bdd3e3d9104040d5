using System.Net;
using System.Net.Sockets;

namespace FluentMcp.Orleans.Cluster.Tests.Infrastructure;

/// <summary>Finds loopback ports that nothing listens on.</summary>
public static class FreePorts
{
    public static int[] Take(int count)
    {
        // All listeners stay open until every port is chosen, so no port is handed out twice.
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }

    public static async Task<bool> IsOpenAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
