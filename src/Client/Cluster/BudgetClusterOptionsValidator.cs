using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace FluentMcp.Orleans.Client.Cluster;

/// <summary>
/// Checks <see cref="BudgetClusterOptions"/> and reports every problem at once, each with its configuration key.
/// </summary>
public sealed class BudgetClusterOptionsValidator : IValidateOptions<BudgetClusterOptions>
{
    private const string Section = BudgetClusterOptions.SectionName;

    /// <summary>The longest start-up wait for table storage: a day, far beyond any useful value.</summary>
    private static readonly TimeSpan MaxConnectTimeout = TimeSpan.FromDays(1);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, BudgetClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var errors = new List<string>();
        if (!Enum.IsDefined(options.Storage))
        {
            errors.Add($"{Section}:Storage: must be Memory or AzureTable, not {options.Storage}.");
        }

        if (options.Storage == ClusterStorage.AzureTable)
        {
            CheckConnectionString(errors, options.ConnectionString);
        }

        if (options.StorageConnectTimeout <= TimeSpan.Zero || options.StorageConnectTimeout > MaxConnectTimeout)
        {
            errors.Add($"{Section}:StorageConnectTimeout: must be longer than zero and at most {MaxConnectTimeout}, "
                + $"not {options.StorageConnectTimeout}.");
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

    private static void CheckConnectionString(List<string> errors, string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            errors.Add($"{Section}:ConnectionString: is required when {Section}:Storage is AzureTable.");
            return;
        }

        try
        {
            _ = new TableServiceClient(connectionString);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
        {
            // The parser's message quotes part of the value, which may be the account key: it is not shown.
            errors.Add($"{Section}:ConnectionString: is not an Azure Storage connection string with a table "
                + "endpoint, such as 'UseDevelopmentStorage=true' or 'DefaultEndpointsProtocol=https;"
                + "AccountName=...;AccountKey=...;EndpointSuffix=core.windows.net' (the value is not shown).");
        }
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
