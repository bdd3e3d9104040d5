using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace FluentMcp.Orleans.Samples.DataTools;

/// <summary>
/// The sample sales database: created from the bundled seed script in a temporary file of its own, opened read-only
/// for queries, and deleted when the silo stops.
/// </summary>
/// <remarks>
/// SQLite runs a query synchronously, so each query runs on a thread of its own rather than on a thread-pool worker
/// that the Orleans scheduler needs, and at most <see cref="DefaultMaxConcurrentQueries"/> run at once; the others
/// wait, asynchronously, for up to <see cref="QueueTimeLimit"/>.
/// </remarks>
/// <param name="time">The clock that times queries.</param>
/// <param name="maxConcurrentQueries">The most queries that run at once.</param>
public sealed partial class SampleDatabase(TimeProvider time, int maxConcurrentQueries) : IDisposable
{
    /// <summary>How long one query may run before it is stopped, so that a runaway query cannot hold a core.</summary>
    public static readonly TimeSpan QueryTimeLimit = TimeSpan.FromSeconds(5);

    /// <summary>How long a query waits for one of the running queries to end before the call fails as busy.</summary>
    public static readonly TimeSpan QueueTimeLimit = TimeSpan.FromSeconds(2);

    // How many SQLite virtual machine instructions run between two looks at the cancellation token.
    private const int ProgressInterval = 10_000;

    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _slots = new(Positive(maxConcurrentQueries), maxConcurrentQueries);

    private string? _path;

    /// <summary>
    /// Initializes a new instance that times queries by the system clock.
    /// </summary>
    public SampleDatabase()
        : this(TimeProvider.System)
    {
    }

    /// <summary>
    /// Initializes a new instance that runs at most <see cref="DefaultMaxConcurrentQueries"/> queries at once.
    /// </summary>
    /// <param name="time">The clock that times queries.</param>
    public SampleDatabase(TimeProvider time)
        : this(time, DefaultMaxConcurrentQueries)
    {
    }

    /// <summary>Gets how many queries run at once by default: half the processors, at least one.</summary>
    public static int DefaultMaxConcurrentQueries { get; } = Math.Max(1, Environment.ProcessorCount / 2);

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
    /// <exception cref="InvalidOperationException">
    /// The database is busy: no running query ended within <see cref="QueueTimeLimit"/>.
    /// </exception>
    public async Task<QueryResult> QueryAsync(string sql, int maxRows, CancellationToken cancellationToken)
    {
        EnsureSelect(sql);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRows);
        var path = EnsureCreated();

        await WaitForSlotAsync(cancellationToken);
        try
        {
            // A thread of its own: the synchronous SQLite work must not hold a thread-pool worker.
            return await Task.Factory.StartNew(
                () => Query(path, sql, maxRows, cancellationToken),
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }
        finally
        {
            _slots.Release();
        }
    }

    private static int Positive(int maxConcurrentQueries)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxConcurrentQueries);
        return maxConcurrentQueries;
    }

    private async Task WaitForSlotAsync(CancellationToken cancellationToken)
    {
        using var limit = new CancellationTokenSource(QueueTimeLimit, time);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(limit.Token, cancellationToken);
        try
        {
            await _slots.WaitAsync(stop.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException(
                $"The database is busy: all {maxConcurrentQueries} query slots stayed taken for "
                + $"{QueueTimeLimit.TotalSeconds:0} s. Try again shortly.");
        }
    }

    private QueryResult Query(string path, string sql, int maxRows, CancellationToken cancellationToken)
    {
        using var connection = new SqliteConnection(ConnectionString(path, SqliteOpenMode.ReadOnly));
        connection.Open();

        // SQLite runs a statement step inside native code that no token reaches, so a progress handler asks the token
        // every few thousand instructions and stops the statement once it is canceled. (sqlite3_interrupt is not
        // enough: an interrupt that comes before the statement starts is forgotten, and the query then runs on.)
        using var limit = new CancellationTokenSource(QueryTimeLimit, time);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(limit.Token, cancellationToken);
        SQLitePCL.raw.sqlite3_progress_handler(connection.Handle, ProgressInterval, StopWhenCanceled, stop);
        try
        {
            return Read(connection, sql, maxRows);
        }
        catch (SqliteException) when (limit.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"The query ran longer than {QueryTimeLimit.TotalSeconds:0} s and was stopped.");
        }
        catch (SqliteException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The query was canceled.", cancellationToken);
        }
    }

    /// <summary>A non-zero answer makes SQLite stop the running statement with <c>SQLITE_INTERRUPT</c>.</summary>
    private static int StopWhenCanceled(object state) =>
        ((CancellationTokenSource)state).IsCancellationRequested ? 1 : 0;

    private static QueryResult Read(SqliteConnection connection, string sql, int maxRows)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;

        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        var truncated = false;
        while (reader.Read())
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
