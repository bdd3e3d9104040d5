using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace FluentMcp.Orleans.Samples.DataTools;

/// <summary>
/// The sample sales database: created from the bundled seed script in a temporary file of its own, opened read-only
/// for queries, and deleted when the silo stops.
/// </summary>
/// <param name="time">The clock that times queries.</param>
public sealed partial class SampleDatabase(TimeProvider time) : IDisposable
{
    /// <summary>How long one query may run before it is stopped, so that a runaway query cannot hold a core.</summary>
    public static readonly TimeSpan QueryTimeLimit = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private string? _path;

    /// <summary>
    /// Initializes a new instance that times queries by the system clock.
    /// </summary>
    public SampleDatabase()
        : this(TimeProvider.System)
    {
    }

    /// <summary>Gets the file of the database, once it is created.</summary>
    public string? FilePath => _path;

    /// <summary>
    /// Creates the database from the seed script, once.
    /// </summary>
    /// <returns>The file of the database.</returns>
    public string EnsureCreated()
    {
        lock (_gate)
        {
            if (_path is not null)
            {
                return _path;
            }

            var directory = Path.Combine(Path.GetTempPath(), "fluentmcp-datatools");
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, $"sales-{Guid.NewGuid():N}.db");

            using (var connection = new SqliteConnection(ConnectionString(path, SqliteOpenMode.ReadWriteCreate)))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = ReadSeed();
                command.ExecuteNonQuery();
            }

            _path = path;
            return path;
        }
    }

    /// <summary>
    /// Runs one read-only <c>SELECT</c> (or <c>WITH … SELECT</c>) statement.
    /// </summary>
    /// <param name="sql">The statement.</param>
    /// <param name="maxRows">The most rows to return.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentException">The statement is not a single SELECT.</exception>
    /// <exception cref="TimeoutException">The query ran longer than <see cref="QueryTimeLimit"/>.</exception>
    public async Task<QueryResult> QueryAsync(string sql, int maxRows, CancellationToken cancellationToken)
    {
        EnsureSelect(sql);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRows);

        await using var connection = new SqliteConnection(ConnectionString(EnsureCreated(), SqliteOpenMode.ReadOnly));
        await connection.OpenAsync(cancellationToken);

        // SQLite runs a statement step inside native code that no token reaches; interrupting the connection stops it.
        using var limit = new CancellationTokenSource(QueryTimeLimit, time);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(limit.Token, cancellationToken);
        await using var interrupt = stop.Token.Register(() => SQLitePCL.raw.sqlite3_interrupt(connection.Handle));
        try
        {
            return await ReadAsync(connection, sql, maxRows, cancellationToken);
        }
        catch (SqliteException) when (limit.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"The query ran longer than {QueryTimeLimit.TotalSeconds:0} s and was stopped.");
        }
    }

    private static async Task<QueryResult> ReadAsync(
        SqliteConnection connection,
        string sql,
        int maxRows,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        var truncated = false;
        while (await reader.ReadAsync(cancellationToken))
        {
            if (rows.Count == maxRows)
            {
                truncated = true;
                break;
            }

            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Count; i++)
            {
                row[columns[i]] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return new QueryResult(columns, rows, rows.Count, truncated);
    }

    /// <summary>
    /// Gets the names of the tables.
    /// </summary>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The table names.</returns>
    public async Task<IReadOnlyList<string>> ListTablesAsync(CancellationToken cancellationToken)
    {
        var result = await QueryAsync(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", 1000, cancellationToken);
        return [.. result.Rows.Select(r => Convert.ToString(r["name"], CultureInfo.InvariantCulture)!)];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            if (_path is not null && File.Exists(_path))
            {
                File.Delete(_path);
            }

            _path = null;
        }
    }

    private static void EnsureSelect(string sql)
    {
        if (string.IsNullOrWhiteSpace(sql))
        {
            throw new ArgumentException("The query is empty.", "query");
        }

        var statement = Comments().Replace(sql, " ").Trim().TrimEnd(';').Trim();
        var firstWord = statement.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (!firstWord.Equals("SELECT", StringComparison.OrdinalIgnoreCase)
            && !firstWord.Equals("WITH", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"Only read-only SELECT statements are allowed, but the query starts with '{firstWord}'.", "query");
        }

        if (statement.Contains(';', StringComparison.Ordinal))
        {
            throw new ArgumentException("Only one statement is allowed; remove the ';' inside the query.", "query");
        }
    }

    private static string ConnectionString(string path, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString();

    private static string ReadSeed()
    {
        using var stream = typeof(SampleDatabase).Assembly
            .GetManifestResourceStream("FluentMcp.Orleans.Samples.DataTools.seed.sql")
            ?? throw new InvalidOperationException("The seed script of the sample database is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"--[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();
}
