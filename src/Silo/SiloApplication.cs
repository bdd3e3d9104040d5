using FluentMcp.Orleans.Client;
using FluentMcp.Orleans.Client.Cluster;
using FluentMcp.Orleans.Grains.Hosting;

namespace FluentMcp.Orleans.Silo;

/// <summary>
/// Builds the silo host: Orleans with tool budgets, and the ASP.NET Core app around it.
/// </summary>
public static class SiloApplication
{
    /// <summary>
    /// Builds the silo from the command line, the environment and <c>appsettings.json</c> beside the program.
    /// </summary>
    /// <param name="args">The command line, in .NET configuration form (<c>--Budget:DefaultHourlyLimit=5</c>).</param>
    /// <param name="configure">Changes to the builder before it is built, for tests and embedding.</param>
    /// <returns>The app, not started.</returns>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A <c>Cluster</c> setting is not
    /// valid; the message names every bad key.</exception>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });

        var cluster = BudgetClusterConfiguration.Read(builder.Configuration);
        builder.UseOrleans(silo => silo
            .UseBudgetCluster(cluster)
            .AddToolBudgets());
        builder.Services.AddToolBudgetClient();

        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapGet("/", () => "FluentMcp.Orleans silo");
        return app;
    }
}
