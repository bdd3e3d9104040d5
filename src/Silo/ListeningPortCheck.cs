using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace FluentMcp.Orleans.Silo;

/// <summary>
/// Stops the start when the silo or gateway port is already bound, before Orleans binds them. Orleans' listeners set
/// <see cref="SocketOptionName.ReuseAddress"/>, which .NET on Linux and macOS turns into <c>SO_REUSEPORT</c> as well,
/// and Orleans has no setting to leave it off: so a second silo on the same ports would start, and the kernel would
/// spread connections across two silos with separate budgets.
/// </summary>
/// <remarks>
/// The check binds each endpoint itself without <c>SO_REUSEPORT</c>, and lets it go again: a port that another
/// process takes between that moment and Orleans' bind is not caught, and is then shared as before.
/// </remarks>
internal sealed class ListeningPortCheck(IOptions<EndpointOptions> endpoints) : ILifecycleParticipant<ISiloLifecycle>
{
    // SOL_SOCKET and SO_REUSEADDR, whose values differ between Linux and the BSDs (macOS).
    private const int LinuxSocketLevel = 1;
    private const int LinuxReuseAddress = 2;
    private const int BsdSocketLevel = 0xffff;
    private const int BsdReuseAddress = 4;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(ListeningPortCheck), ServiceLifecycleStage.First, Check);

    private Task Check(CancellationToken cancellationToken)
    {
        var options = endpoints.Value;
        if (options.AdvertisedIPAddress is null)
        {
            // Orleans picks an address of this host then; both ways of configuring the silo here set one.
            return Task.CompletedTask;
        }

        var taken = new List<string>();
        var silo = options.SiloListeningEndpoint ?? new IPEndPoint(options.AdvertisedIPAddress, options.SiloPort);
        if (IsTaken(silo))
        {
            taken.Add($"{silo} (Cluster:SiloPort)");
        }

        // Port 0 asks Orleans for no gateway.
        var gateway = options.GatewayListeningEndpoint
            ?? (options.GatewayPort == 0 ? null : new IPEndPoint(options.AdvertisedIPAddress, options.GatewayPort));
        if (gateway is not null && IsTaken(gateway))
        {
            taken.Add($"{gateway} (Cluster:GatewayPort)");
        }

        return taken.Count switch
        {
            0 => Task.CompletedTask,
            1 => throw new StartupCheckException($"{taken[0]} is taken by another process."),
            _ => throw new StartupCheckException($"{string.Join(" and ", taken)} are taken by another process."),
        };
    }

    private static bool IsTaken(IPEndPoint endpoint)
    {
        if (endpoint.Port == 0)
        {
            return false;
        }

        using var probe = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        ShareOnlyWithClosedConnections(probe);
        try
        {
            probe.Bind(endpoint);
            return false;
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return true;
        }
    }

    /// <summary>
    /// Lets the probe bind a port that only connections in TIME_WAIT still use, as after a restart, but not one that
    /// a socket listens on; <see cref="Socket.SetSocketOption(SocketOptionLevel, SocketOptionName, bool)"/> with
    /// ReuseAddress would also set <c>SO_REUSEPORT</c> and so share the port with Orleans' listeners.
    /// </summary>
    private static void ShareOnlyWithClosedConnections(Socket probe)
    {
        if (OperatingSystem.IsWindows())
        {
            probe.ExclusiveAddressUse = true;
            return;
        }

        var (level, name) = OperatingSystem.IsLinux()
            ? (LinuxSocketLevel, LinuxReuseAddress)
            : (BsdSocketLevel, BsdReuseAddress);
        probe.SetRawSocketOption(level, name, BitConverter.GetBytes(1));
    }
}
