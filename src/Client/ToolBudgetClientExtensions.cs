using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FluentMcp.Orleans.Client;

/// <summary>
/// Registers <see cref="IToolBudgetClient"/> and <see cref="IToolExecutionClient"/>.
/// </summary>
public static class ToolBudgetClientExtensions
{
    /// <summary>
    /// Adds <see cref="IToolBudgetClient"/>, which forwards to the cluster through the registered
    /// <see cref="IGrainFactory"/> (an Orleans client, or the silo itself). Calling it again changes nothing.
    /// </summary>
    /// <param name="services">The services of a process that has an Orleans client or is a silo.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddToolBudgetClient(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.TryAddSingleton<IToolBudgetClient, ToolBudgetClient>();
        return services;
    }

    /// <summary>
    /// Adds <see cref="IToolExecutionClient"/>, which forwards tool calls to the cluster through the registered
    /// <see cref="IGrainFactory"/> (an Orleans client, or the silo itself). Calling it again changes nothing.
    /// </summary>
    /// <param name="services">The services of a process that has an Orleans client or is a silo.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddToolExecutionClient(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.TryAddSingleton<IToolExecutionClient, ToolExecutionClient>();
        return services;
    }

    /// <summary>
    /// Adds <see cref="IToolBudgetClient"/> to an Orleans client. Calling it again changes nothing.
    /// </summary>
    /// <param name="builder">The Orleans client builder.</param>
    /// <returns>The builder.</returns>
    public static IClientBuilder AddToolBudgetClient(this IClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Services.AddToolBudgetClient();
        return builder;
    }
}
