using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace FluentMcp.Orleans.Silo.ApiKeys;

/// <summary>
/// Registers API-key access to the MCP endpoint.
/// </summary>
internal static class ApiKeyServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates the <c>Mcp</c> section and adds the API-key authentication scheme and the
    /// <see cref="ApiKeyRequirement.PolicyName"/> policy.
    /// </summary>
    public static IServiceCollection AddMcpApiKeys(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<McpAccessOptions>()
            .Configure(o => o.Bind(configuration.GetSection(McpAccessOptions.Section)))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<McpAccessOptions>, McpAccessOptionsValidator>();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<IAuthorizationHandler, ApiKeyAuthorizationHandler>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(
                ApiKeyAuthenticationHandler.SchemeName,
                configureOptions: null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyRequirement.PolicyName, policy => policy.AddRequirements(new ApiKeyRequirement()));
        return services;
    }
}
