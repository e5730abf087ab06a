namespace NewsExtract.Orleans;

/// <summary>
/// Writes a grain's persistent state one write at a time, as a reentrant grain needs (two writes at once would clash
/// on the storage's version tag), coalescing requests: a write that starts after a request covers every change made
/// before it. Optionally behind: changes marked with <see cref="Changed"/> are written by a timer a little later.
/// Used only from its grain's turns, so it needs no lock.
/// </summary>
internal sealed class StateWriter<TState>(IPersistentState<TState> state, Grain grain, TimeSpan writeBehind)
{
    private long requested;
    private long written;
    private Task? writing;
    private IGrainTimer? timer;

    /// <summary>Whether changes wait to be written.</summary>
    public bool IsDirty => written < requested;

    /// <summary>Writes the state as it is now (or later: a write that is already running is followed by one more).</summary>
    public async Task WriteAsync()
    {
        var target = ++requested;
        while (written < target)
        {
            writing ??= WriteLoopAsync();
            await writing;
        }
    }

    /// <summary>Notes a change, written within the write-behind delay (at once when it is zero).</summary>
    public Task ChangedAsync()
    {
        if (writeBehind <= TimeSpan.Zero)
        {
            return WriteAsync();
        }

        Changed();
        return Task.CompletedTask;
    }

    /// <summary>Notes a change for the timer to write.</summary>
    public void Changed()
    {
        requested++;
        timer ??= grain.RegisterGrainTimer(
            static (writer, _) => writer.FlushFromTimerAsync(),
            this,
            new GrainTimerCreationOptions(writeBehind, Timeout.InfiniteTimeSpan) { Interleave = true });
    }

    /// <summary>Writes what is waiting, as a grain does when it is deactivated in order.</summary>
    public Task FlushAsync() => IsDirty ? WriteAsync() : Task.CompletedTask;

    private async Task FlushFromTimerAsync()
    {
        timer?.Dispose();
        timer = null;
        await FlushAsync();
    }

    private async Task WriteLoopAsync()
    {
        try
        {
            while (written < requested)
            {
                var covering = requested;
                await state.WriteStateAsync();
                written = covering;
            }
        }
        finally
        {
            writing = null;
        }
    }
}
