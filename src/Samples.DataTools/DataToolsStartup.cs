using Microsoft.Extensions.Logging;

namespace FluentMcp.Orleans.Samples.DataTools;

/// <summary>
/// Creates the sample database when the silo starts, so a broken seed script stops the start.
/// </summary>
internal sealed partial class DataToolsStartup(SampleDatabase database, ILogger<DataToolsStartup> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(DataToolsStartup), ServiceLifecycleStage.ApplicationServices, Start);

    private Task Start(CancellationToken cancellationToken)
    {
        LogCreated(database.EnsureCreated());
        return Task.CompletedTask;
    }

    [LoggerMessage(1, LogLevel.Information, "Created the sample sales database at {Path}")]
    private partial void LogCreated(string path);
}
