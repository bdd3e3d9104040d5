using System.Net;
using System.Net.Sockets;

namespace FluentMcp.Orleans.EndToEnd.Tests.Infrastructure;

/// <summary>Finds loopback ports that nothing listens on, so the silo process never clashes with other tests.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
