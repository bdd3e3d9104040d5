using System.Security.Claims;
using System.Text.Encodings.Web;
using FluentMcp.Orleans.Mcp;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace FluentMcp.Orleans.Silo.ApiKeys;

/// <summary>
/// Authenticates MCP requests by API key, sent as <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key</c>. The
/// principal carries the key's project in the <see cref="ClusterMcpOptions.ProjectClaim"/> claim. A refused request
/// gets a 401 whose JSON body says what was wrong.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The name of the authentication scheme.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>The header that can carry the key instead of <c>Authorization</c>.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    private const string BearerPrefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!keys.Enabled)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var (key, problem) = ReadKey(Request.Headers);
        if (problem is not null)
        {
            return Task.FromResult(AuthenticateResult.Fail(problem));
        }

        if (key is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!keys.TryFindProject(key, out var projectId))
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is not known to this server."));
        }

        var identity = new ClaimsIdentity([new Claim(ClusterMcpOptions.ProjectClaim, projectId)], SchemeName);
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName);
        return Task.FromResult(AuthenticateResult.Success(ticket));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        var message = result.Failure?.Message
            ?? $"This MCP endpoint needs an API key: send it as 'Authorization: Bearer <key>' or '{ApiKeyHeader}: <key>'.";
        await Response.WriteAsJsonAsync(new { error = "unauthorized", message });
    }

    private static (string? Key, string? Problem) ReadKey(IHeaderDictionary headers)
    {
        if (headers.TryGetValue(HeaderNames.Authorization, out var authorization))
        {
            var value = authorization.ToString();
            return value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
                && value[BearerPrefix.Length..].Trim() is { Length: > 0 } bearer
                    ? (bearer, null)
                    : (null, "The Authorization header must be 'Bearer <key>'.");
        }

        if (headers.TryGetValue(ApiKeyHeader, out var apiKey))
        {
            return apiKey.ToString().Trim() is { Length: > 0 } key
                ? (key, null)
                : (null, $"The {ApiKeyHeader} header is empty.");
        }

        return (null, null);
    }
}
