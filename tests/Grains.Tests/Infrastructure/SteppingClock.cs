using Microsoft.Extensions.Time.Testing;

namespace FluentMcp.Orleans.Grains.Tests.Infrastructure;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that can also be stepped backwards, as a wall clock corrected by NTP can be.
/// </summary>
public sealed class SteppingClock(FakeTimeProvider time) : TimeProvider
{
    public FakeTimeProvider Time { get; } = time;

    /// <summary>Gets or sets how far the reported time is from <see cref="Time"/>; negative steps it back.</summary>
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => Time.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>Moves the clock forward to the next instant with the given UTC time of day.</summary>
    public DateTimeOffset AdvanceToNext(int hour, int minute, int second = 0)
    {
        var now = Time.GetUtcNow();
        var target = new DateTimeOffset(now.Date, TimeSpan.Zero) + new TimeSpan(hour, minute, second);
        if (target <= now)
        {
            target = target.AddDays(1);
        }

        Time.SetUtcNow(target);
        return target;
    }

    public void Advance(TimeSpan by) => Time.Advance(by);

    /// <summary>Gets the current fake time, without the offset.</summary>
    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>Moves the clock to <paramref name="instant"/>, which must not be in the past.</summary>
    public void SetTo(DateTimeOffset instant) => Time.SetUtcNow(instant);
}
