using System.Globalization;
using System.Text.Json;
using FluentMcp.Orleans.Benchmarks.Hosting;
using FluentMcp.Orleans.Benchmarks.Measuring;
using FluentMcp.Orleans.Benchmarks.Reporting;
using ModelContextProtocol.Client;

namespace FluentMcp.Orleans.Benchmarks.Scenarios;

/// <summary>
/// Scenario 6: <c>tools/call</c> of a trivial external tool over MCP streamable HTTP, with and without the budget
/// gate. Both contenders use the same host, endpoint and clients (one <see cref="McpClient"/> per worker, each with
/// a project of its own in <c>X-Project-Id</c>); they differ only in the tool they call: <c>bench_echo</c> is charged,
/// <c>bench_echo_free</c> is registered the same way with <c>ChargesBudget = false</c>.
/// </summary>
internal sealed class McpScenario(McpHostProcess host)
{
    public const string Id = "6 mcp";

    private static readonly Dictionary<string, object?> Arguments = new() { ["text"] = "ping" };

    public async Task<ScenarioReport> RunAsync(
        IReadOnlyList<int> inFlights,
        RoundPlan plan,
        CancellationToken cancellationToken)
    {
        var report = new ScenarioReport(
            Id,
            "tools/call of a trivial external tool over MCP streamable HTTP, with and without the budget gate",
            "measured");

        foreach (var inFlight in inFlights)
        {
            var clients = new List<McpClient>();
            try
            {
                for (var worker = 0; worker < inFlight; worker++)
                {
                    clients.Add(await ConnectAsync($"mcp-{inFlight}-{worker}", cancellationToken));
                }

                Contender[] contenders =
                [
                    Call(ContenderNames.McpGated, McpHostProcess.ChargedTool, clients, cancellationToken),
                    Call(ContenderNames.McpUngated, McpHostProcess.FreeTool, clients, cancellationToken),
                ];
                report.Comparisons.Add(await ComparisonRunner.RunAsync(
                    $"tools/call over streamable HTTP, {PairSpread.OnePerCall.Describe(inFlight)}",
                    inFlight,
                    contenders,
                    plan,
                    cancellationToken));
                report.Notes.Add(await UsageNoteAsync(clients[0], $"mcp-{inFlight}-0", cancellationToken));
            }
            finally
            {
                foreach (var client in clients)
                {
                    await client.DisposeAsync();
                }
            }
        }

        return report;
    }

    /// <summary>
    /// Reads, through <c>check_tool_budget</c>, how much of each tool's hourly budget one worker's project used: the
    /// charged tool must have counted every admitted call, the free one none.
    /// </summary>
    private static async Task<string> UsageNoteAsync(
        McpClient client,
        string projectId,
        CancellationToken cancellationToken)
    {
        var charged = await HourlyUsageAsync(client, projectId, McpHostProcess.ChargedTool, cancellationToken);
        var free = await HourlyUsageAsync(client, projectId, McpHostProcess.FreeTool, cancellationToken);
        return $"Hourly usage after the rounds, project {projectId}: {McpHostProcess.ChargedTool} {charged}, "
            + $"{McpHostProcess.FreeTool} {free}.";
    }

    private static async Task<string> HourlyUsageAsync(
        McpClient client,
        string projectId,
        string tool,
        CancellationToken cancellationToken)
    {
        var result = await client.CallToolAsync(
            "check_tool_budget",
            new Dictionary<string, object?> { ["project_id"] = projectId, ["tool_name"] = tool },
            cancellationToken: cancellationToken);
        if (result.IsError == true || result.StructuredContent is not { } content)
        {
            return "unreadable";
        }

        if (!content.TryGetProperty("hourly", out var hourly) || hourly.ValueKind != JsonValueKind.Object)
        {
            return content.TryGetProperty("status", out var status) ? $"none ({status})" : "none";
        }

        var used = hourly.GetProperty("limit").GetInt64() - hourly.GetProperty("remaining").GetInt64();
        return used.ToString("N0", CultureInfo.InvariantCulture);
    }

    private Task<McpClient> ConnectAsync(string projectId, CancellationToken cancellationToken)
    {
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = host.Endpoint,
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["X-Project-Id"] = projectId },
        });
        return McpClient.CreateAsync(
            transport,
            new McpClientOptions { ClientInfo = new() { Name = "fluentmcp-bench", Version = "1.0.0" } },
            cancellationToken: cancellationToken);
    }

    private Contender Call(string name, string tool, List<McpClient> clients, CancellationToken cancellationToken) =>
        Contender.Local(
            name,
            _ => async worker =>
            {
                var result = await clients[worker].CallToolAsync(
                    tool,
                    Arguments,
                    cancellationToken: cancellationToken);
                Refused.ThrowIf(result.IsError == true);
            },
            host.Host);
}
