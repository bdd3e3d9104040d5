using System.Net;
using System.Net.Sockets;

namespace FluentMcp.Orleans.Cluster.Tests.Infrastructure;

/// <summary>
/// Finds loopback ports that nothing listens on, below Linux's ephemeral range (32768 and up), so that the outgoing
/// connections of the processes under test do not take them between the choice and the bind.
/// </summary>
public static class FreePorts
{
    private const int First = 20000;
    private const int End = 32000;

    private static readonly HashSet<int> HandedOut = [];

    public static int[] Take(int count)
    {
        var chosen = new List<int>(count);
        lock (HandedOut)
        {
            while (chosen.Count < count)
            {
                var port = Random.Shared.Next(First, End);
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
