using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using FluentMcp.Orleans.TestSupport;

namespace FluentMcp.Orleans.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The built silo started the way the README starts it, on its own ports, with <c>search_database</c> limited to
/// 3 calls an hour through the environment. One per test collection.
/// </summary>
public class SiloProcess : IAsyncLifetime
{
    public const string Collection = "silo process";
    public const int SearchDatabaseHourlyLimit = 3;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly string? _apiKey;
    private ChildProcess? _silo;

    public SiloProcess()
        : this(new Dictionary<string, string>(), apiKey: null)
    {
    }

    /// <summary>A silo with more settings in its environment; <paramref name="apiKey"/> is sent while waiting for it.</summary>
    protected SiloProcess(IReadOnlyDictionary<string, string> settings, string? apiKey)
    {
        _settings = settings;
        _apiKey = apiKey;
    }

    public int HttpPort { get; } = FreePorts.Next();

    public int GatewayPort { get; } = FreePorts.Next();

    public string McpUrl => $"http://127.0.0.1:{HttpPort}/mcp";

    public string Log => _silo is null ? string.Empty : _silo.StandardOutput + _silo.StandardError;

    public async Task InitializeAsync()
    {
        _silo = ChildProcess.Start(
            "silo",
            "dotnet",
            [Repository.SiloDll],
            new Dictionary<string, string>
            {
                ["Urls"] = $"http://127.0.0.1:{HttpPort}",
                ["Cluster__SiloPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
                ["Cluster__GatewayPort"] = GatewayPort.ToString(CultureInfo.InvariantCulture),
                ["Budget__DefaultLimits__search_database__HourlyLimit"] =
                    SearchDatabaseHourlyLimit.ToString(CultureInfo.InvariantCulture),
            }.Concat(_settings).ToDictionary(),
            workingDirectory: Repository.Root);

        await WaitUntilServingAsync();
    }

    public async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }

    /// <summary>Polls <c>tools/list</c> until the silo answers it, the silo exits, or the timeout passes.</summary>
    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        using var deadline = new CancellationTokenSource(StartTimeout);
        while (!deadline.IsCancellationRequested)
        {
            if (_silo!.HasExited)
            {
                throw new InvalidOperationException($"The silo exited while starting.\n{Log}");
            }

            if (await ListsToolsAsync(http))
            {
                return;
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), deadline.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        throw new TimeoutException($"The silo did not serve MCP at {McpUrl} within {StartTimeout}.\n{Log}");
    }

    private async Task<bool> ListsToolsAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, McpUrl)
        {
            Content = new StringContent(
                """{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (_apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _apiKey);
        }

        try
        {
            using var response = await http.SendAsync(request);
            return response.IsSuccessStatusCode
                && (await response.Content.ReadAsStringAsync()).Contains("search_database", StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }
}
