using System.Net;
using System.Net.Sockets;

namespace FluentMcp.Orleans.Benchmarks.Hosting;

/// <summary>
/// Finds TCP ports on 127.0.0.1 that nothing listens on, so that runs beside other engineers' silos never collide.
/// </summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until something accepts connections on the port, or the timeout passes.</summary>
    public static async Task WaitForListenerAsync(int port, TimeSpan timeout, ChildProcess owner)
    {
        var clock = TimeProvider.System;
        var deadline = clock.GetTimestamp() + (long)(timeout.TotalSeconds * clock.TimestampFrequency);
        while (true)
        {
            owner.ThrowIfExited();
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (clock.GetTimestamp() < deadline)
            {
                await Task.Delay(100);
            }
        }
    }
}
