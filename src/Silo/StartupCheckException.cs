namespace FluentMcp.Orleans.Silo;

/// <summary>
/// Thrown by a check the silo makes as it starts, when something outside it is not as its settings need: its
/// message is written for the operator, names the setting, and is printed as it is.
/// </summary>
internal sealed class StartupCheckException : Exception
{
    public StartupCheckException(string message)
        : base(message)
    {
    }

    public StartupCheckException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
