using FluentMcp.Orleans.Grains.Tools;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FluentMcp.Orleans.Samples.DataTools;

/// <summary>
/// Registers the sample data tools on a silo.
/// </summary>
public static class DataToolsSiloBuilderExtensions
{
    /// <summary>
    /// Adds <c>search_database</c>, <c>analyze_data</c>, <c>generate_chart</c> (external) and
    /// <c>summarize_table</c> (embedded) over the sample sales database, which is created when the silo starts.
    /// Calling it again changes nothing.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <returns>The silo builder.</returns>
    public static ISiloBuilder AddDataTools(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Services.TryAddSingleton<SampleDatabase>();
        builder.Services.TryAddEnumerable(
            ServiceDescriptor.Singleton<ILifecycleParticipant<ISiloLifecycle>, DataToolsStartup>());
        return builder.AddTools<DataTools>();
    }
}
