using System.ComponentModel;
using FluentMcp.Orleans.Grains.Tools;

namespace FluentMcp.Orleans.Benchmarks.McpHost;

/// <summary>
/// Two trivial external tools registered the same way; the only difference is whether a call goes through the
/// budget gate.
/// </summary>
public sealed class BenchTools
{
    /// <summary>The tool whose calls are counted against its budget.</summary>
    public const string Charged = "bench_echo";

    /// <summary>The same tool, never counted: the budget gate is skipped.</summary>
    public const string Free = "bench_echo_free";

    /// <summary>Sends the text back, behind the budget gate.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The same text.</returns>
    [McpTool(Charged, Kind = ToolKind.External)]
    [Description("Sends the text back.")]
    public static string Echo([Description("The text to send back.")] string text) => text;

    /// <summary>Sends the text back, without the budget gate.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The same text.</returns>
    [McpTool(Free, Kind = ToolKind.External, ChargesBudget = false)]
    [Description("Sends the text back.")]
    public static string EchoFree([Description("The text to send back.")] string text) => text;
}
