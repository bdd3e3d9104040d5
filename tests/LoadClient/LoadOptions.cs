namespace FluentMcp.Orleans.LoadClient;

/// <summary>
/// What the load client sends, bound from the <c>Load</c> section (for example <c>--Load:Calls=2500</c>).
/// </summary>
public sealed class LoadOptions
{
    public const string SectionName = "Load";

    /// <summary>Gets or sets the project of every call. Required.</summary>
    public string ProjectId { get; set; } = string.Empty;

    /// <summary>Gets or sets the tool of every call. Required.</summary>
    public string ToolName { get; set; } = string.Empty;

    /// <summary>Gets or sets the prompt whose limits apply. Default: none.</summary>
    public string? PromptId { get; set; }

    /// <summary>Gets or sets how many calls to send. Default: 100.</summary>
    public int Calls { get; set; } = 100;

    /// <summary>Gets or sets how many calls may be under way at once; 0 sends them all at once. Default: 0.</summary>
    public int Concurrency { get; set; }

    /// <summary>Gets or sets how long each sender waits between two of its calls. Default: 0.</summary>
    public TimeSpan Pause { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// Gets or sets whether to write <c>ready</c> to standard error once connected and wait for a line on standard
    /// input before sending, so that several clients start together; a second line stops sending early (calls under
    /// way still finish). Default: <see langword="false"/>.
    /// </summary>
    public bool WaitForGo { get; set; }

    /// <summary>Gets or sets how often a progress line is written to standard error. Default: 200 ms.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromMilliseconds(200);
}
