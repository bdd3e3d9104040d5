using System.Globalization;
using FluentMcp.Orleans.Client;
using FluentMcp.Orleans.Client.Cluster;
using FluentMcp.Orleans.Grains.Hosting;
using FluentMcp.Orleans.Mcp;
using FluentMcp.Orleans.Samples.DataTools;
using FluentMcp.Orleans.Silo.ApiKeys;
using Microsoft.Extensions.Options;
using ModelContextProtocol.AspNetCore;
using Orleans.Dashboard;

namespace FluentMcp.Orleans.Silo;

/// <summary>
/// Builds the silo host: Orleans with tool budgets and the sample tools, and the ASP.NET Core app around it that
/// serves MCP at <see cref="McpPath"/>.
/// </summary>
public static class SiloApplication
{
    /// <summary>The path of the MCP endpoint.</summary>
    public const string McpPath = "/mcp";

    /// <summary>The largest request body the silo reads unless configured otherwise: 1 MiB.</summary>
    public const long DefaultMaxRequestBodySize = 1024 * 1024;

    /// <summary>
    /// Builds the silo from the command line, the environment and <c>appsettings.json</c> beside the program.
    /// The <c>Cluster</c> section chooses the embedded default or Azure Table storage, and the ports, so that several
    /// silos can run on one machine.
    /// </summary>
    /// <param name="args">The command line, in .NET configuration form (<c>--Budget:DefaultHourlyLimit=5</c>).</param>
    /// <param name="configure">Changes to the builder before it is built, for tests and embedding.</param>
    /// <returns>The app, not started.</returns>
    /// <exception cref="OptionsValidationException">A <c>Cluster</c> setting is not valid; the message names every
    /// bad key.</exception>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });

        LimitRequestBodies(builder);
        var cluster = BudgetClusterConfiguration.Read(builder.Configuration);
        var dashboard = DashboardSettings.IsEnabled(builder.Configuration);
        builder.UseOrleans(silo =>
        {
            silo.UseBudgetCluster(cluster)
                .AddToolBudgets()
                .AddDataTools();
            if (dashboard)
            {
                silo.AddDashboard();
            }
        });
        builder.Services.AddToolBudgetClient();
        builder.Services.AddMcpApiKeys(builder.Configuration);
        AddMcp(builder.Services);

        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/", () => "FluentMcp.Orleans silo");
        app.MapMcp(McpPath).RequireAuthorization(ApiKeyRequirement.PolicyName);
        if (dashboard)
        {
            app.MapOrleansDashboard(DashboardSettings.Path);
        }

        app.Lifetime.ApplicationStarted.Register(() => LogEndpoints(app, dashboard));
        return app;
    }

    private static void AddMcp(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddOptions<ClusterMcpOptions>()
            .Configure<IOptions<BudgetOptions>>((mcp, budget) => mcp.DefaultProjectId = budget.Value.DefaultProjectId);
        services.AddMcpServer(o => o.ServerInfo = new() { Name = "FluentMcp.Orleans", Version = "1.0.0" })
            .WithHttpTransport(o => o.SessionMode = HttpServerSessionMode.Stateless)
            .WithClusterTools(o => o.ReadHeader = ReadHeader);
    }

    private static string? ReadHeader(IServiceProvider services, string name)
    {
        var request = services.GetService<IHttpContextAccessor>()?.HttpContext?.Request;
        return request is not null && request.Headers.TryGetValue(name, out var value) ? value.ToString() : null;
    }

    /// <summary>
    /// Caps request bodies at <c>Kestrel:Limits:MaxRequestBodySize</c> bytes, by default
    /// <see cref="DefaultMaxRequestBodySize"/>: Kestrel's own default of 30 MB let a handful of oversized tool
    /// calls hold gigabytes of the silo's memory while they were parsed, only to be refused.
    /// </summary>
    private static void LimitRequestBodies(WebApplicationBuilder builder)
    {
        const string Key = "Kestrel:Limits:MaxRequestBodySize";
        var configured = builder.Configuration[Key];
        long limit = DefaultMaxRequestBodySize;
        if (configured is not null
            && (!long.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit <= 0))
        {
            throw new OptionsValidationException(
                Key,
                typeof(long),
                [$"{Key}: must be a positive whole number of bytes, not '{configured}'."]);
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limit);
    }

    private static void LogEndpoints(WebApplication app, bool dashboard)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SiloApplication));
        foreach (var url in app.Urls)
        {
            SiloLog.McpEndpoint(logger, url.TrimEnd('/') + McpPath);
            if (dashboard)
            {
                SiloLog.Dashboard(logger, url.TrimEnd('/') + DashboardSettings.Path);
            }
        }

        var keys = app.Services.GetRequiredService<ApiKeyStore>();
        if (keys.Enabled)
        {
            SiloLog.ApiKeysRequired(logger, string.Join(", ", keys.Projects));
        }
        else
        {
            SiloLog.NoApiKeys(logger);
        }
    }
}
