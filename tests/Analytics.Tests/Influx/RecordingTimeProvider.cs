using Microsoft.Extensions.Time.Testing;

namespace IOC.Analytics.Tests.Influx;

/// <summary>Fake time that also remembers every timer's due time, so a test can see how long the writer chose to wait.</summary>
internal sealed class RecordingTimeProvider : FakeTimeProvider
{
    private readonly List<TimeSpan> _dueTimes = [];

    public IReadOnlyList<TimeSpan> DueTimes
    {
        get
        {
            lock (_dueTimes)
            {
                return [.. _dueTimes];
            }
        }
    }

    // Recorded once the timer exists: a test that sees the due time and then advances the clock must fire it.
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (_dueTimes)
        {
            _dueTimes.Add(dueTime);
        }
        return timer;
    }

    /// <summary>Waits (in real time) until a timer of the given due time has been created.</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!DueTimes.Contains(dueTime))
        {
            Assert.True(DateTime.UtcNow < deadline, $"No timer of {dueTime} was created; due times: {string.Join(", ", DueTimes)}");
            await Task.Delay(10);
        }
    }
}
