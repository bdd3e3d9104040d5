using FluentMcp.Orleans.Silo;
using Microsoft.Extensions.Options;

try
{
    var app = SiloApplication.Create(args);
    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException ex)
{
    // A configuration mistake is the operator's to fix: say which keys are wrong, without a stack trace.
    await Console.Error.WriteLineAsync($"The silo did not start: {string.Join(" ", ex.Failures)}");
    return 1;
}
