using FluentMcp.Orleans.Mcp;
using Microsoft.AspNetCore.Authorization;

namespace FluentMcp.Orleans.Silo.ApiKeys;

/// <summary>
/// The MCP endpoint's access rule: anyone while no API key is configured, otherwise only a caller whose key was
/// recognized.
/// </summary>
internal sealed class ApiKeyRequirement : IAuthorizationRequirement
{
    /// <summary>The name of the policy that holds the requirement.</summary>
    public const string PolicyName = "McpApiKey";
}

/// <summary>Decides <see cref="ApiKeyRequirement"/>.</summary>
internal sealed class ApiKeyAuthorizationHandler(ApiKeyStore keys) : AuthorizationHandler<ApiKeyRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiKeyRequirement requirement)
    {
        if (!keys.Enabled || context.User.HasClaim(c => c.Type == ClusterMcpOptions.ProjectClaim))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
