using System.Net;
using System.Net.Sockets;

namespace FluentMcp.Orleans.Mcp.Tests.Infrastructure;

/// <summary>Finds loopback ports that nothing listens on, so test silos never clash with each other.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
