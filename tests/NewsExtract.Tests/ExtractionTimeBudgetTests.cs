namespace NewsExtract.Tests;

/// <summary>
/// The time budget (<see cref="ExtractionOptions.MaxExtractionTime"/>): its expiry stops the extraction with a typed
/// error; the caller's own cancellation stays a cancellation. The clock is a double whose timers have already run out,
/// so no test waits for real time.
/// </summary>
public sealed class ExtractionTimeBudgetTests
{
    private const string Page =
        "<html><body><article><h1>Council extends programme</h1><p>The council voted on Tuesday to extend the programme for another year, after a debate that ran late into the evening.</p></article></body></html>";

    [Fact]
    public void Extract_BudgetRunsOut_ThrowsExtractionTimeoutExceptionWithTheBudget()
    {
        var extractor = new ArticleExtractorBuilder().WithOptions(o => o with { MaxExtractionTime = TimeSpan.FromSeconds(2) }).WithTimeProvider(new ExpiredClock()).Build();

        var error = Assert.Throws<ExtractionTimeoutException>(() => extractor.Extract(Page));

        Assert.Equal(TimeSpan.FromSeconds(2), error.Budget);
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
    }

    [Fact]
    public void ExtractFromTextAndExplain_BudgetRunsOut_ThrowTheSameError()
    {
        var extractor = new ArticleExtractorBuilder().WithTimeProvider(new ExpiredClock()).Build();

        Assert.Throws<ExtractionTimeoutException>(() => extractor.ExtractFromText("A line of text.\n\nAnother line of text."));
        Assert.Throws<ExtractionTimeoutException>(() => extractor.Explain(Page));
    }

    [Fact]
    public void Extract_BudgetRunsOutWhileTheCallerCanCancel_ThrowsExtractionTimeoutException()
    {
        var extractor = new ArticleExtractorBuilder().WithTimeProvider(new ExpiredClock()).Build();
        using var caller = new CancellationTokenSource();

        Assert.Throws<ExtractionTimeoutException>(() => extractor.Extract(Page, cancellationToken: caller.Token));
    }

    [Fact]
    public void Extract_CallerCancels_ThrowsOperationCanceledNotTheTimeout()
    {
        using var caller = new CancellationTokenSource();
        caller.Cancel();

        var error = Assert.ThrowsAny<OperationCanceledException>(() => ArticleExtractor.Default.Extract(Page, cancellationToken: caller.Token));

        Assert.Equal(caller.Token, error.CancellationToken);
    }

    [Fact]
    public void Extract_InfiniteBudget_NeverLooksAtTheClock()
    {
        var extractor = new ArticleExtractorBuilder().WithOptions(o => o with { MaxExtractionTime = Timeout.InfiniteTimeSpan }).WithTimeProvider(new ExpiredClock()).Build();

        var article = extractor.Extract(Page);

        Assert.Equal("Council extends programme", article.Title);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(-2)]
    [InlineData(3_600_001)]
    public void Options_BudgetOutOfRange_Throws(int milliseconds)
    {
        var options = ExtractionOptions.Default with { MaxExtractionTime = TimeSpan.FromMilliseconds(milliseconds) };

        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleExtractor(options));
    }

    /// <summary>A clock whose every timer is already due: the budget has run out before the first stage.</summary>
    private sealed class ExpiredClock : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            callback(state);
            return new SpentTimer();
        }

        private sealed class SpentTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => false;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
