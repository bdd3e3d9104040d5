using System.Text.Json;
using FluentMcp.Orleans.TestSupport;

namespace FluentMcp.Orleans.EndToEnd.Tests.Infrastructure;

/// <summary>Runs a node script of <c>js/</c> with the repository's node_modules and reads the JSON it prints.</summary>
public static class NodeScript
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static async Task<JsonElement> RunAsync(string script, params string[] arguments)
    {
        Assert.True(
            Directory.Exists(Path.Combine(Repository.Root, "node_modules", "@modelcontextprotocol", "sdk")),
            "node_modules is missing: run npm ci at the repository root.");

        await using var node = ChildProcess.Start(
            $"node {script}",
            "node",
            [Repository.Script(script), .. arguments],
            workingDirectory: Repository.Root);
        var exitCode = await node.WaitForExitAsync(Timeout);

        Assert.True(
            exitCode == 0,
            $"node {script} exited with {exitCode}.\nstdout:\n{node.StandardOutput}\nstderr:\n{node.StandardError}");
        var json = node.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
