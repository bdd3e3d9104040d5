using FluentMcp.Orleans.Grains.Budgets;
using FluentMcp.Orleans.Grains.Prompts;
using FluentMcp.Orleans.Grains.Tools;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FluentMcp.Orleans.Grains.Hosting;

/// <summary>
/// Registers tool budgets on a silo.
/// </summary>
public static class BudgetSiloBuilderExtensions
{
    /// <summary>
    /// Adds tool budget grains, limits bound from the silo configuration's <c>Budget</c> section (unknown keys and
    /// values of the wrong type are errors, all reported at once), and prompt loading; both are checked when the silo
    /// starts. The silo must also configure a grain storage named <see cref="BudgetStorage.ProviderName"/> and a
    /// reminder service.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configure">Changes applied after binding, or <see langword="null"/>.</param>
    /// <returns>The silo builder.</returns>
    public static ISiloBuilder AddToolBudgets(this ISiloBuilder builder, Action<BudgetOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);

        var services = builder.Services;
        if (configure is not null)
        {
            services.PostConfigure(configure);
        }

        if (services.Any(d => d.ServiceType == typeof(BudgetLimitResolver)))
        {
            return builder;
        }

        var section = builder.Configuration.GetSection(BudgetOptions.SectionName);
        services.AddOptions<BudgetOptions>()
            .Configure(options => BudgetConfigurationReader.Bind(section, options))
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<BudgetOptions>, BudgetOptionsValidator>());
        services.TryAddKeyedSingleton(
            BudgetServiceKeys.TimeProvider,
            (provider, _) => CreateBudgetClock(provider));
        services.TryAddSingleton(LoadPrompts);
        services.TryAddSingleton<BudgetLimitResolver>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IToolNameSource, ConfiguredToolNames>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILifecycleParticipant<ISiloLifecycle>, BudgetStartup>());
        ToolRegistrationExtensions.AddToolExecution(services);
        return builder;
    }

    private static TimeProvider CreateBudgetClock(IServiceProvider services)
    {
        var offset = services.GetRequiredService<IOptions<BudgetOptions>>().Value.ClockOffset;
        return offset == TimeSpan.Zero ? TimeProvider.System : new OffsetTimeProvider(TimeProvider.System, offset);
    }

    private static PromptCatalog LoadPrompts(IServiceProvider services)
    {
        var directory = services.GetRequiredService<IOptions<BudgetOptions>>().Value.PromptsDirectory;
        if (string.IsNullOrWhiteSpace(directory))
        {
            return PromptCatalog.Empty;
        }

        var root = services.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
        return PromptCatalog.Load(Path.GetFullPath(directory, root));
    }
}
