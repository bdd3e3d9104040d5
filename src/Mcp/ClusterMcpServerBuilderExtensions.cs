using FluentMcp.Orleans.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FluentMcp.Orleans.Mcp;

/// <summary>
/// Serves the cluster's external tools and prompt files from an MCP server.
/// </summary>
public static class ClusterMcpServerBuilderExtensions
{
    /// <summary>
    /// Lists the cluster's external tools on <c>tools/list</c>, forwards every <c>tools/call</c> to the cluster
    /// (which enforces the budgets), and serves the prompt files on <c>prompts/list</c> and <c>prompts/get</c>.
    /// The process needs an <see cref="IGrainFactory"/>: an Orleans client, or the silo itself.
    /// </summary>
    /// <param name="builder">The MCP server builder.</param>
    /// <param name="configure">Sets the default project and how headers are read, or <see langword="null"/>.</param>
    /// <returns>The MCP server builder.</returns>
    public static IMcpServerBuilder WithClusterTools(
        this IMcpServerBuilder builder,
        Action<ClusterMcpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);

        var services = builder.Services;
        if (configure is not null)
        {
            services.Configure(configure);
        }

        if (services.Any(d => d.ServiceType == typeof(ClusterMcpHandlers)))
        {
            return builder;
        }

        services.AddOptions<ClusterMcpOptions>()
            .Validate(
                o => IsValidId(o.DefaultProjectId),
                "The default project id is empty, too long or holds a control character.")
            .Validate(
                o => o.DefaultPromptId is null || IsValidId(o.DefaultPromptId),
                "The default prompt id is empty, too long or holds a control character.")
            .ValidateOnStart();
        services.AddToolExecutionClient();
        services.TryAddSingleton<ClusterMcpHandlers>();

        return builder
            .WithMessageFilters(filters => filters.AddIncomingFilter(CallParamsCheck.Filter))
            .WithListToolsHandler((context, ct) => Handlers(context.Services).ListToolsAsync(ct))
            .WithCallToolHandler((context, ct) => Handlers(context.Services).CallToolAsync(context, ct))
            .WithListPromptsHandler((context, ct) => Handlers(context.Services).ListPromptsAsync(ct))
            .WithGetPromptHandler((context, ct) => Handlers(context.Services).GetPromptAsync(context, ct));
    }

    private static ClusterMcpHandlers Handlers(IServiceProvider? services) =>
        (services ?? throw new InvalidOperationException("The MCP request has no services."))
            .GetRequiredService<ClusterMcpHandlers>();

    private static bool IsValidId(string? id) => ToolBudgetKey.DescribeInvalidId(id, "id") is null;
}
