using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace FluentMcp.Orleans.Cluster.Tests.Infrastructure;

/// <summary>
/// Reads what the cluster stored straight from Azurite's tables, past every silo: grain state and reminders.
/// </summary>
public sealed class StoredTables(string connectionString)
{
    private const string GrainStateTable = "OrleansGrainState";
    private const string RemindersTable = "OrleansReminders";

    private readonly TableServiceClient _tables = new(connectionString);

    /// <summary>
    /// Gets the calls stored in the hourly window of a (project, tool) budget, or <see langword="null"/> when the
    /// budget has no stored row.
    /// </summary>
    public async Task<int?> ReadHourlyUsageAsync(string projectId, string toolName)
    {
        var row = await FindGrainStateAsync($"_toolbudget_{projectId}_{toolName}", "usage");
        if (row is null)
        {
            return null;
        }

        using var state = JsonDocument.Parse(Encoding.UTF8.GetString(row.GetBinary("Data")));
        return Buckets(state.RootElement.GetProperty("Hourly")).Sum(b => b.GetProperty("Count").GetInt32());
    }

    /// <summary>Gets whether a grain state row exists whose partition key ends with the given grain key.</summary>
    public async Task<bool> HasGrainStateAsync(string grainKeySuffix, string stateName) =>
        await FindGrainStateAsync(grainKeySuffix, stateName) is not null;

    /// <summary>Gets the names of the reminders stored for a grain, such as <c>toolbudget/p/t</c>.</summary>
    public async Task<IReadOnlyList<string>> ReadRemindersAsync(string grainReference)
    {
        var names = new List<string>();
        try
        {
            await foreach (var row in _tables.GetTableClient(RemindersTable).QueryAsync<TableEntity>())
            {
                if (row.GetString("GrainReference") == grainReference)
                {
                    names.Add(row.GetString("ReminderName"));
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No reminder was ever stored.
        }

        return names;
    }

    private async Task<TableEntity?> FindGrainStateAsync(string grainKeySuffix, string stateName)
    {
        try
        {
            await foreach (var row in _tables.GetTableClient(GrainStateTable).QueryAsync<TableEntity>(
                r => r.RowKey == stateName))
            {
                if (row.PartitionKey.EndsWith(grainKeySuffix, StringComparison.Ordinal))
                {
                    return row;
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No grain state was ever stored.
        }

        return null;
    }

    /// <summary>Gets the buckets of a stored window, written as a bare array or as a typed list.</summary>
    private static JsonElement.ArrayEnumerator Buckets(JsonElement window) =>
        window.ValueKind == JsonValueKind.Array
            ? window.EnumerateArray()
            : window.GetProperty("$values").EnumerateArray();
}
