namespace FluentMcp.Orleans.Samples.DataTools;

/// <summary>
/// One column of a table summary.
/// </summary>
/// <param name="Name">The column.</param>
/// <param name="Type">Its declared SQLite type.</param>
/// <param name="DistinctValues">How many distinct values it holds.</param>
/// <param name="Numbers">The statistics of its values, when the column is numeric.</param>
public sealed record ColumnSummary(string Name, string Type, long DistinctValues, DataSummary? Numbers);
