using FluentMcp.Orleans.EndToEnd.Tests.Infrastructure;
using FluentMcp.Orleans.TestSupport;

namespace FluentMcp.Orleans.EndToEnd.Tests;

/// <summary>
/// The stdio server wrote its usage text for a bad argument to stdout, which must carry JSON-RPC only; an empty
/// --project threw with a stack trace; a negative --connect-timeout was accepted.
/// </summary>
public sealed class StdioArgumentTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("--gateway-port", "abc")]
    [InlineData("--bogus", "1")]
    [InlineData("--connect-timeout", "-1")]
    [InlineData("--connect-timeout", "0")]
    [InlineData("--project", "")]
    public async Task Main_InvalidArgument_ExitsWithOneNamingItOnStderrAndNothingOnStdout(string option, string value)
    {
        await using var stdio = ChildProcess.Start("stdio", "dotnet", [Repository.StdioDll, option, value]);

        var exitCode = await stdio.WaitForExitAsync(ExitTimeout);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, stdio.StandardOutput);
        Assert.Contains(option, stdio.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdio.StandardError, StringComparison.Ordinal);
    }
}
