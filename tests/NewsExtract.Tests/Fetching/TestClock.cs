using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace NewsExtract.Tests.Fetching;

/// <summary>
/// A fake clock that also records every timer the client starts (retry delays, timeouts, rate-limit waits), so a test
/// can wait until the client is waiting for a given delay and then advance exactly past it: no sleeping, and no
/// guessing how long real work takes. Real time is used only as a safety net against a hang.
/// </summary>
internal sealed class TestClock : FakeTimeProvider
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(60);

    private readonly ConcurrentQueue<TimeSpan> started = new();

    /// <summary>The due times of the timers started so far, in order.</summary>
    public IReadOnlyList<TimeSpan> Started => [.. started];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Record(dueTime);
        return new RecordingTimer(base.CreateTimer(callback, state, dueTime, period), this);
    }

    /// <summary>Waits until the <paramref name="count"/>-th timer matching <paramref name="match"/> has started, or <paramref name="orUntil"/> ends; returns its due time, or <see langword="null"/> if the task ended first.</summary>
    public async Task<TimeSpan?> WaitForTimerAsync(Func<TimeSpan, bool> match, int count = 1, Task? orUntil = null)
    {
        var deadline = DateTime.UtcNow + SafetyNet;
        while (true)
        {
            var matching = started.Where(match).ToList();
            if (matching.Count >= count)
            {
                return matching[count - 1];
            }

            if (orUntil is { IsCompleted: true })
            {
                return null;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No timer #{count} of the kind expected; timers started: {string.Join(", ", started)}.");
            }

            await Task.Delay(5);
        }
    }

    /// <summary>Waits for a timer of exactly <paramref name="due"/>, then advances the clock past it.</summary>
    public async Task AdvancePastTimerAsync(TimeSpan due, int count = 1)
    {
        await WaitForTimerAsync(d => d == due, count);
        Advance(due);
    }

    /// <summary>
    /// Lets a task run through its retry delays, advancing past each as it starts, until the task ends or
    /// <paramref name="maxDelays"/> delays have passed. Delays are counted from the clock's creation, not from this
    /// call: the task's first delay may well have started before it.
    /// </summary>
    /// <returns>The delays waited.</returns>
    public async Task<IReadOnlyList<TimeSpan>> AdvanceThroughDelaysAsync(Task task, Func<TimeSpan, bool> isDelay, int maxDelays)
    {
        var delays = new List<TimeSpan>();
        for (var n = 1; n <= maxDelays && !task.IsCompleted; n++)
        {
            if (await WaitForTimerAsync(isDelay, n, task) is not { } delay)
            {
                break;
            }

            delays.Add(delay);
            Advance(delay);
        }

        return delays;
    }

    private void Record(TimeSpan dueTime)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            started.Enqueue(dueTime);
        }
    }

    /// <summary>Timers started with no due time and set later (as a CancellationTokenSource's CancelAfter does) are recorded when set.</summary>
    private sealed class RecordingTimer(ITimer inner, TestClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            clock.Record(dueTime);
            return inner.Change(dueTime, period);
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
