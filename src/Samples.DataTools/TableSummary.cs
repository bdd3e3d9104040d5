namespace FluentMcp.Orleans.Samples.DataTools;

/// <summary>
/// What a table of the sample database holds.
/// </summary>
/// <param name="Table">The table.</param>
/// <param name="RowCount">How many rows it has.</param>
/// <param name="Columns">Its columns, each with its type, its distinct values and, when numeric, its summary.</param>
public sealed record TableSummary(string Table, long RowCount, IReadOnlyList<ColumnSummary> Columns);
