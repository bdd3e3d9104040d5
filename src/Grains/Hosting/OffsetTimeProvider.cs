namespace FluentMcp.Orleans.Grains.Hosting;

/// <summary>
/// A clock that reads another one moved by a fixed offset; see <see cref="BudgetOptions.ClockOffset"/>.
/// </summary>
internal sealed class OffsetTimeProvider(TimeProvider inner, TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + offset;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override long GetTimestamp() => inner.GetTimestamp();
}
