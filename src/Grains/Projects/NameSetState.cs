namespace FluentMcp.Orleans.Grains.Projects;

[GenerateSerializer]
[Alias("FluentMcp.NameSetState")]
internal sealed class NameSetState
{
    [Id(0)]
    public SortedSet<string> Names { get; set; } = new(StringComparer.Ordinal);
}
