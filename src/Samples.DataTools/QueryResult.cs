namespace FluentMcp.Orleans.Samples.DataTools;

/// <summary>
/// The rows a query returned.
/// </summary>
/// <param name="Columns">The column names, in query order.</param>
/// <param name="Rows">The rows, each by column name.</param>
/// <param name="RowCount">How many rows are returned.</param>
/// <param name="Truncated">Whether the query had more rows than were returned.</param>
public sealed record QueryResult(
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows,
    int RowCount,
    bool Truncated);
