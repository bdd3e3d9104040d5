using System.Net;
using System.Net.Sockets;

namespace FluentMcp.Orleans.TestSupport;

/// <summary>Finds loopback ports that nothing listens on, so that test silos and processes never clash.</summary>
public static class FreePorts
{
    // Linux's ephemeral range starts at 32768.
    private const int BelowEphemeralFirst = 20000;
    private const int BelowEphemeralEnd = 32000;

    private static readonly HashSet<int> HandedOut = [];

    /// <summary>Gets a port the operating system picks from its ephemeral range.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Gets <paramref name="count"/> distinct ports below the ephemeral range, none handed out before in this process,
    /// so that the outgoing connections of the processes under test do not take them between the choice and the bind.
    /// </summary>
    public static int[] TakeBelowEphemeralRange(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        var chosen = new List<int>(count);
        lock (HandedOut)
        {
            while (chosen.Count < count)
            {
                var port = Random.Shared.Next(BelowEphemeralFirst, BelowEphemeralEnd);
                if (!HandedOut.Contains(port) && CanBind(port))
                {
                    HandedOut.Add(port);
                    chosen.Add(port);
                }
            }
        }

        return [.. chosen];
    }

    private static bool CanBind(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }
}
