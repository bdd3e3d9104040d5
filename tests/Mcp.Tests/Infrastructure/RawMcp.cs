using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace FluentMcp.Orleans.Mcp.Tests.Infrastructure;

/// <summary>Posts one JSON-RPC message to an MCP endpoint as raw text, for requests no SDK client would send.</summary>
public static class RawMcp
{
    /// <summary>Posts <paramref name="body"/> and returns the status, the JSON answer (from SSE or plain JSON) and
    /// the scheme of a <c>WWW-Authenticate</c> challenge.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body, string? Challenge)> PostAsync(
        Uri endpoint,
        string body,
        Action<HttpRequestHeaders>? headers = null)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json, text/event-stream");
        headers?.Invoke(request.Headers);

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Split('\n').FirstOrDefault(l => l.StartsWith("data: ", StringComparison.Ordinal)) is { } data
            ? data["data: ".Length..]
            : text;
        return (response.StatusCode, JsonSerializer.Deserialize<JsonElement>(json),
            response.Headers.WwwAuthenticate.FirstOrDefault()?.Scheme);
    }
}
