using StackExchange.Redis;

namespace FluentMcp.Orleans.Benchmarks.Redis;

/// <summary>
/// The limiter a user would write instead of the grain: per (project, tool), an hourly and a daily sliding window
/// kept in time buckets in two Redis hashes, both checked and incremented atomically by one Lua script, with the same
/// bucket sizes and the same rules as the budget grain (a bucket counts while any part of it is in the window; hourly
/// is checked first; a refused call is not counted). The clock is the Redis server's.
/// </summary>
internal sealed class RedisToolLimiter
{
    // KEYS: hourly buckets, daily buckets (hash: bucket end in ms -> calls).
    // ARGV: hourly limit, daily limit, hourly bucket ms, daily bucket ms.
    // Returns {admitted (1 or 0), refusing window (0 none, 1 hourly, 2 daily), hourly usage, daily usage}.
    private const string Script = """
        local time = redis.call('TIME')
        local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)

        local function usage(key, length)
          local buckets = redis.call('HGETALL', key)
          local total = 0
          for i = 1, #buckets, 2 do
            if tonumber(buckets[i]) + length <= now then
              redis.call('HDEL', key, buckets[i])
            else
              total = total + tonumber(buckets[i + 1])
            end
          end
          return total
        end

        local function count(key, length, bucket)
          local ends = math.floor(now / bucket) * bucket + bucket
          redis.call('HINCRBY', key, string.format('%d', ends), 1)
          redis.call('PEXPIRE', key, length + bucket)
        end

        local hourly = usage(KEYS[1], 3600000)
        local daily = usage(KEYS[2], 86400000)
        if hourly >= tonumber(ARGV[1]) then
          return {0, 1, hourly, daily}
        end
        if daily >= tonumber(ARGV[2]) then
          return {0, 2, hourly, daily}
        end

        count(KEYS[1], 3600000, tonumber(ARGV[3]))
        count(KEYS[2], 86400000, tonumber(ARGV[4]))
        return {1, 0, hourly + 1, daily + 1}
        """;

    private static readonly TimeSpan HourlyBucket = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan DailyBucket = TimeSpan.FromMinutes(15);

    private readonly IDatabase _database;
    private readonly byte[] _scriptHash;
    private readonly RedisValue[] _arguments;

    private RedisToolLimiter(IDatabase database, byte[] scriptHash, int hourlyLimit, int dailyLimit)
    {
        _database = database;
        _scriptHash = scriptHash;
        _arguments =
        [
            hourlyLimit,
            dailyLimit,
            (long)HourlyBucket.TotalMilliseconds,
            (long)DailyBucket.TotalMilliseconds,
        ];
    }

    /// <summary>Loads the script into the server, so that every call sends only its hash.</summary>
    public static async Task<RedisToolLimiter> CreateAsync(
        ConnectionMultiplexer connection,
        int hourlyLimit,
        int dailyLimit)
    {
        var server = connection.GetServers().Single();
        var hash = await server.ScriptLoadAsync(Script);
        return new RedisToolLimiter(connection.GetDatabase(), hash, hourlyLimit, dailyLimit);
    }

    /// <summary>Gets the two keys of a (project, tool) pair, to be made once and used for every call.</summary>
    public static RedisKey[] KeysOf(string projectId, string toolName)
    {
        var pair = ToolBudgetKey.Format(projectId, toolName);
        return [$"budget:{{{pair}}}:hourly", $"budget:{{{pair}}}:daily"];
    }

    /// <summary>Admits and counts one call, or refuses it without counting it.</summary>
    /// <returns><see langword="true"/> when the call was admitted.</returns>
    public async Task<bool> TryAdmitAsync(RedisKey[] keys)
    {
        var result = await _database.ScriptEvaluateAsync(_scriptHash, keys, _arguments);
        return (long)result[0] == 1;
    }
}
