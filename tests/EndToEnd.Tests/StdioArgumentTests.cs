using FluentMcp.Orleans.EndToEnd.Tests.Infrastructure;
using FluentMcp.Orleans.TestSupport;

namespace FluentMcp.Orleans.EndToEnd.Tests;

/// <summary>
/// The stdio server wrote its usage text for a bad argument to stdout, which must carry JSON-RPC only; an empty
/// --project threw with a stack trace; a negative --connect-timeout was accepted, and one that did not parse
/// (abc) aborted the process; an invalid FLUENTMCP_GATEWAY_PORT fell back to the default port.
/// </summary>
public sealed class StdioArgumentTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("--gateway-port", "abc")]
    [InlineData("--bogus", "1")]
    [InlineData("--connect-timeout", "-1")]
    [InlineData("--connect-timeout", "0")]
    [InlineData("--connect-timeout", "abc")]
    [InlineData("--connect-timeout", "2.5")]
    [InlineData("--connect-timeout", "99999999999")]
    [InlineData("--gateway-port", "70000")]
    [InlineData("--project", "")]
    public async Task Main_InvalidArgument_ExitsWithOneNamingItOnStderrAndNothingOnStdout(string option, string value)
    {
        await using var stdio = ChildProcess.Start("stdio", "dotnet", [Repository.StdioDll, option, value]);

        var exitCode = await stdio.WaitForExitAsync(ExitTimeout);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, stdio.StandardOutput);
        Assert.Contains(option, stdio.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdio.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", stdio.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    public async Task Main_InvalidGatewayPortVariable_ExitsWithOneNamingItInsteadOfUsingTheDefaultPort(string value)
    {
        await using var stdio = ChildProcess.Start(
            "stdio",
            "dotnet",
            [Repository.StdioDll],
            new Dictionary<string, string> { ["FLUENTMCP_GATEWAY_PORT"] = value });

        var exitCode = await stdio.WaitForExitAsync(ExitTimeout);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, stdio.StandardOutput);
        Assert.Contains($"FLUENTMCP_GATEWAY_PORT must be a port from 1 to 65535, not '{value}'.", stdio.StandardError,
            StringComparison.Ordinal);
    }
}
