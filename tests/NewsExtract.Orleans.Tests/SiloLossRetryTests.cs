using System.Reflection;
using Orleans.Runtime;

namespace NewsExtract.Orleans.Tests;

/// <summary>A grain call cut by the loss of its silo is made again; any other failure is the caller's at once.</summary>
public sealed class SiloLossRetryTests
{
    [Fact]
    public async Task ExecuteAsync_SiloLostTwice_CallsAgainUntilTheGrainAnswers()
    {
        var pipeline = SiloLossRetry.Build(TimeProvider.System);
        var calls = 0;

        var answer = await pipeline.ExecuteAsync(_ =>
        {
            calls++;
            return calls <= 2 ? throw new SiloUnavailableException("silo stopped") : ValueTask.FromResult(42);
        });

        Assert.Equal(42, answer);
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task ExecuteAsync_RejectedByAStoppingSilo_CallsAgainUntilTheGrainAnswers()
    {
        var pipeline = SiloLossRetry.Build(TimeProvider.System);
        var calls = 0;

        var answer = await pipeline.ExecuteAsync(_ =>
        {
            calls++;
            return calls == 1 ? throw RejectionBySilo("Silo stopping") : ValueTask.FromResult(42);
        });

        Assert.Equal(42, answer);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task ExecuteAsync_OtherFailure_ThrowsAtTheFirstCall()
    {
        var pipeline = SiloLossRetry.Build(TimeProvider.System);
        var calls = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await pipeline.ExecuteAsync<int>(_ =>
        {
            calls++;
            throw new InvalidOperationException("grain failed");
        }));

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task ExecuteAsync_Cancelled_StopsWaitingBetweenTries()
    {
        var pipeline = SiloLossRetry.Build(TimeProvider.System);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await pipeline.ExecuteAsync<int>(
            _ => throw new SiloUnavailableException("silo stopped"),
            cancellation.Token));
    }

    // Orleans makes this exception itself, when a gateway refuses a message; its constructors are internal.
    private static OrleansMessageRejectionException RejectionBySilo(string message) =>
        (OrleansMessageRejectionException)Activator.CreateInstance(
            typeof(OrleansMessageRejectionException), BindingFlags.Instance | BindingFlags.NonPublic, null, [message], null)!;
}
