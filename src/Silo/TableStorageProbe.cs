using Azure;
using Azure.Data.Tables;
using FluentMcp.Orleans.Client.Cluster;

namespace FluentMcp.Orleans.Silo;

/// <summary>
/// Waits, before the silo starts, for table storage to answer one request, for at most
/// <see cref="BudgetClusterOptions.StorageConnectTimeout"/>; then stops the start naming the table endpoint. Without
/// it, Orleans' membership retries an unreachable storage account without end and the silo neither starts nor exits.
/// Any answer counts, even an error status: the check is only that the endpoint is reachable.
/// </summary>
internal sealed partial class TableStorageProbe(
    BudgetClusterOptions options,
    TimeProvider time,
    ILogger<TableStorageProbe> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(TableStorageProbe), ServiceLifecycleStage.First, WaitForStorageAsync);

    private async Task WaitForStorageAsync(CancellationToken cancellationToken)
    {
        var timeout = options.StorageConnectTimeout;
        var tables = new TableServiceClient(
            options.ConnectionString,
            new TableClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = timeout } });

        // The endpoint without its query, which holds the signature when the connection string has a SAS token.
        var endpoint = tables.Uri.GetLeftPart(UriPartial.Path);
        using var deadline = new CancellationTokenSource(timeout, time);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var reason = "no answer";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await tables.GetPropertiesAsync(wait.Token);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status != 0)
            {
                return;
            }
            catch (RequestFailedException ex)
            {
                reason = ex.Message;
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                break;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                reason = "the request timed out";
            }

            if (attempt == 1)
            {
                LogUnreachable(endpoint, reason, timeout);
            }

            try
            {
                await Task.Delay(RetryDelay, time, wait.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                break;
            }
        }

        throw new StartupCheckException(
            $"table storage at {endpoint} (Cluster:ConnectionString) did not answer within {timeout} "
            + $"(Cluster:StorageConnectTimeout): {reason}");
    }

    [LoggerMessage(1, LogLevel.Warning,
        "Table storage at {Endpoint} does not answer ({Reason}); trying again until {Timeout} has passed")]
    private partial void LogUnreachable(string endpoint, string reason, TimeSpan timeout);
}
