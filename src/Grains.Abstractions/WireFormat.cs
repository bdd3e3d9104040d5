using System.Globalization;

namespace FluentMcp.Orleans;

/// <summary>
/// How instants and durations are written in tool results.
/// </summary>
public static class WireFormat
{
    /// <summary>
    /// Writes an instant as UTC ISO-8601 to the second, rounded up so that it is never earlier than the instant
    /// (<c>2026-12-03T14:30:00Z</c>).
    /// </summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The text.</returns>
    public static string Instant(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        var partial = utc.Ticks % TimeSpan.TicksPerSecond;
        if (partial != 0)
        {
            utc = utc.AddTicks(TimeSpan.TicksPerSecond - partial);
        }

        return utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Gets a duration in whole seconds, rounded up and never negative.
    /// </summary>
    /// <param name="duration">The duration.</param>
    /// <returns>The seconds.</returns>
    public static long WholeSeconds(TimeSpan duration) =>
        duration <= TimeSpan.Zero ? 0 : (long)Math.Ceiling(duration.TotalSeconds);
}
