using System.Net;
using Microsoft.Extensions.Options;

namespace FluentMcp.Orleans.Client.Cluster;

/// <summary>
/// Checks <see cref="BudgetClusterOptions"/> and reports every problem at once, each with its configuration key.
/// </summary>
public sealed class BudgetClusterOptionsValidator : IValidateOptions<BudgetClusterOptions>
{
    private const string Section = BudgetClusterOptions.SectionName;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, BudgetClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var errors = new List<string>();
        if (!Enum.IsDefined(options.Storage))
        {
            errors.Add($"{Section}:Storage: must be Memory or AzureTable, not {options.Storage}.");
        }

        if (options.Storage == ClusterStorage.AzureTable && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            errors.Add($"{Section}:ConnectionString: is required when {Section}:Storage is AzureTable.");
        }

        RequireId(errors, "ClusterId", options.ClusterId);
        RequireId(errors, "ServiceId", options.ServiceId);
        RequirePort(errors, "SiloPort", options.SiloPort);
        RequirePort(errors, "GatewayPort", options.GatewayPort);
        if (options.SiloPort == options.GatewayPort)
        {
            errors.Add($"{Section}:GatewayPort: must differ from {Section}:SiloPort ({options.SiloPort}).");
        }

        if (!IPAddress.TryParse(options.AdvertisedAddress, out _))
        {
            errors.Add($"{Section}:AdvertisedAddress: must be an IP address, not '{options.AdvertisedAddress}'.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void RequireId(List<string> errors, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{Section}:{key}: must not be empty.");
        }
    }

    private static void RequirePort(List<string> errors, string key, int port)
    {
        if (port is < IPEndPoint.MinPort + 1 or > IPEndPoint.MaxPort)
        {
            errors.Add($"{Section}:{key}: must be a port from 1 to {IPEndPoint.MaxPort}, not {port}.");
        }
    }
}
