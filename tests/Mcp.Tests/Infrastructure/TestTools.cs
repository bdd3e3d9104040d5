using System.ComponentModel;

namespace FluentMcp.Orleans.Mcp.Tests.Infrastructure;

/// <summary>The tools that the test silo adds to the sample tools, registered through the public API.</summary>
public static class TestTools
{
    public const string Echo = "echo_tool";
    public const string Failing = "failing_tool";
    public const string EmbeddedEcho = "embedded_echo";
    public const string Limited = "limited_tool";
    public const string Ten = "ten_tool";
    public const string Twenty = "twenty_tool";
    public const string BothLow = "both_low_tool";

    public static EchoResult EchoText(
        [Description("The text to send back.")] string text,
        [Description("How many times to repeat it.")] int times = 1) =>
        new(string.Concat(Enumerable.Repeat(text, times)), times);

    public static string Fail() => throw new InvalidOperationException("the disk is on fire");

    public static string Ping() => "pong";

    public sealed record EchoResult(string Text, int Times);
}
