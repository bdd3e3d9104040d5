using System.Net.Sockets;
using FluentMcp.Orleans.Grains.Prompts;
using Microsoft.Extensions.Options;

namespace FluentMcp.Orleans.Silo;

/// <summary>
/// Recognizes the start-up failures that come from the user's configuration, prompt files or a taken port.
/// </summary>
internal static class StartupFailure
{
    /// <summary>
    /// Gets the message of a configuration or prompt error found anywhere in <paramref name="error"/>, or
    /// <see langword="null"/> when the failure is of another kind.
    /// </summary>
    public static string? Describe(Exception error)
    {
        var pending = new Stack<Exception>([error]);
        while (pending.TryPop(out var current))
        {
            switch (current)
            {
                case PromptValidationException prompts:
                    return prompts.Message;
                case StartupCheckException check:
                    return check.Message;
                case OptionsValidationException options:
                    return "invalid configuration:" + Environment.NewLine
                        + string.Join(Environment.NewLine, options.Failures.Select(f => "  " + f));
                case SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse }:
                case IOException when current.Message.Contains(
                    "address already in use",
                    StringComparison.OrdinalIgnoreCase):
                    return "a port it needs is taken by another process (change --urls, Cluster:SiloPort or "
                        + "Cluster:GatewayPort): " + current.Message;
                case AggregateException aggregate:
                    aggregate.InnerExceptions.ToList().ForEach(pending.Push);
                    break;
                case { InnerException: { } inner }:
                    pending.Push(inner);
                    break;
            }
        }

        return null;
    }
}
