namespace FluentMcp.Orleans.Grains.Prompts;

[GenerateSerializer]
[Alias("FluentMcp.PromptLimitsState")]
internal sealed class PromptLimitsState
{
    [Id(0)]
    public Dictionary<string, ToolLimitOverride> Limits { get; set; } = new(StringComparer.Ordinal);
}
