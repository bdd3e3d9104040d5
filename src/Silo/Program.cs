using FluentMcp.Orleans.Silo;

try
{
    var app = SiloApplication.Create(args);
    await app.RunAsync();
    return 0;
}
catch (Exception error) when (StartupFailure.Describe(error) is { } reason)
{
    // Configuration and prompt errors are the user's to fix: say what is wrong, without a stack trace.
    await Console.Error.WriteLineAsync($"The silo did not start: {reason}");
    return 1;
}
