using System.Runtime.CompilerServices;
using System.Text;
using NewsExtract.Fetching;
using NewsExtract.Pipelines;
using NewsExtract.Tests.Fetching;

namespace NewsExtract.Tests.Pipelines;

public sealed class NewsPipelineTests
{
    private static readonly string SamplePage = File.ReadAllText(Path.Combine(TestPaths.Fixtures, "sample-article.html"));

    private static PageInput Html(string id, string html) => new() { Id = id, Content = Encoding.UTF8.GetBytes(html), Kind = PageContentKind.Html };

    private static PageInput Text(string id, string text) => new() { Id = id, Content = Encoding.UTF8.GetBytes(text), Kind = PageContentKind.PlainText };

    private static async IAsyncEnumerable<PageInput> Source(IEnumerable<PageInput> inputs, Action<int>? onRead = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var read = 0;
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            onRead?.Invoke(++read);
            yield return input;
        }
    }

    private static string Story(int i) =>
        $"Headline number {i}\n\n" + string.Join("\n\n", Enumerable.Range(0, 4).Select(p => $"Paragraph {p} of story {i} tells the council's plan for the harbour, the ferry and the river in plain words, as a reporter would write it."));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ExtractManyAsync_MixedInputs_GivesOneResultForEachAndIsolatesFailures(bool preserveOrder)
    {
        var inputs = new List<PageInput> { Html("page", SamplePage), new() { Id = "not a url" }, Text("text", Story(1)), PageInput.ForUrl(new Uri("https://news.example/2024/05/17/a-story")) };
        for (var i = 0; i < 20; i++)
        {
            inputs.Add(Text("story" + i, Story(i)));
        }

        var pipeline = new NewsPipeline(options: new NewsPipelineOptions { MaxConcurrency = 3, PreserveOrder = preserveOrder });
        var results = new List<PipelineResult>();
        await foreach (var result in pipeline.ExtractManyAsync(Source(inputs)))
        {
            results.Add(result);
        }

        Assert.Equal(inputs.Count, results.Count);
        if (preserveOrder)
        {
            Assert.Equal(inputs.Select(i => i.Id), results.Select(r => r.Input.Id));
        }
        else
        {
            Assert.Equal(inputs.Select(i => i.Id).Order(), results.Select(r => r.Input.Id).Order());
        }

        var byId = results.ToDictionary(r => r.Input.Id);
        Assert.Equal("City Council Approves Riverside Flood Barrier After Decade of Debate", byId["page"].Article!.Title);
        Assert.Equal(PipelineFailureKind.InvalidInput, byId["not a url"].Failure!.Kind);
        Assert.Equal(PipelineFailureKind.InvalidInput, byId["https://news.example/2024/05/17/a-story"].Failure!.Kind);
        Assert.All(results.Where(r => r.Input.Id.StartsWith("story", StringComparison.Ordinal)), r => Assert.True(r.Succeeded));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ExtractManyAsync_LongSource_IsReadOnlyAsFarAsResultsAreTaken(bool preserveOrder)
    {
        var read = 0;
        var inputs = Enumerable.Range(0, 1_000).Select(i => Text("story" + i, Story(i)));
        var pipeline = new NewsPipeline(options: new NewsPipelineOptions { MaxConcurrency = 2, PreserveOrder = preserveOrder });
        var taken = 0;
        var mostAhead = 0;
        await foreach (var result in pipeline.ExtractManyAsync(Source(inputs, r => read = r)))
        {
            taken++;
            mostAhead = Math.Max(mostAhead, Volatile.Read(ref read) - taken);
            if (taken == 50)
            {
                break;
            }
        }

        // Four times the concurrency in order (twice as completed) waiting, one being handed over: the source never
        // runs far ahead of the reader.
        var waiting = 2 * (preserveOrder ? 4 : 2);
        Assert.InRange(mostAhead, 0, waiting + 1);
        Assert.InRange(read, 50, 50 + waiting + 1);
    }

    [Fact]
    public async Task ExtractManyAsync_SourceFails_GivesTheResultsBeforeItThenThrows()
    {
        static async IAsyncEnumerable<PageInput> Broken()
        {
            yield return Text("a", Story(1));
            yield return Text("b", Story(2));
            await Task.Yield();
            throw new InvalidDataException("The archive ends inside a record.");
        }

        var results = new List<PipelineResult>();
        var pipeline = new NewsPipeline();

        await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var result in pipeline.ExtractManyAsync(Broken()))
            {
                results.Add(result);
            }
        });
        Assert.Equal(["a", "b"], results.Select(r => r.Input.Id));
    }

    [Fact]
    public async Task ExtractManyAsync_Progress_CountsEveryResultAndFailure()
    {
        var reports = new List<PipelineProgress>();
        var progress = new SynchronousProgress(reports.Add);
        var inputs = new[] { Text("a", Story(1)), new PageInput { Id = "bad" }, Text("c", Story(3)) };

        await foreach (var _ in new NewsPipeline().ExtractManyAsync(Source(inputs), progress))
        {
        }

        Assert.Equal(new PipelineProgress(3, 1), reports[^1]);
        Assert.Equal([1, 2, 3], reports.Select(r => r.Completed));
    }

    [Fact]
    public async Task ExtractManyAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        var inputs = Enumerable.Range(0, 1_000).Select(i => Text("story" + i, Story(i)));
        var taken = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in new NewsPipeline().ExtractManyAsync(Source(inputs), cancellationToken: cancellation.Token))
            {
                if (++taken == 5)
                {
                    await cancellation.CancelAsync();
                }
            }
        });
        Assert.InRange(taken, 5, 20);
    }

    [Fact]
    public async Task ExtractManyAsync_Addresses_AreFetchedThroughTheClientAndTakeTheSourcesDate()
    {
        await using var server = await LoopbackServer.StartAsync();
        var undated = "<html><head><title>Ferry plan</title></head><body><article><h1>Council backs the ferry plan</h1>"
            + string.Concat(Story(7).Split("\n\n").Skip(1).Select(p => $"<p>{p}</p>")) + "</article></body></html>";
        server.Map("/story", Respond.Html(undated));
        await using var client = new ArticleClient(new FetchOptions { RateLimit = new() { MinIntervalPerHost = TimeSpan.Zero } });
        var published = new DateTimeOffset(2024, 5, 17, 6, 0, 0, TimeSpan.Zero);
        var inputs = new[] { PageInput.ForUrl(server.Url("/story"), published), PageInput.ForUrl(server.Url("/missing")) };

        var results = new List<PipelineResult>();
        await foreach (var result in new NewsPipeline(client: client).ExtractManyAsync(Source(inputs)))
        {
            results.Add(result);
        }

        Assert.Equal("Council backs the ferry plan", results[0].Article!.Title);
        Assert.Equal(server.Url("/story"), results[0].Article!.Url);
        Assert.Equal(published, results[0].Article!.Published);
        Assert.Equal(FetchFailureReason.HttpStatus, results[1].Failure!.FetchReason);
        Assert.Equal("HttpStatus", results[1].Failure!.Reason);
    }

    [Fact]
    public void Constructor_ConcurrencyOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NewsPipeline(options: new NewsPipelineOptions { MaxConcurrency = 0 }));
    }

    /// <summary>Reports on the caller's thread, at once (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<PipelineProgress> report) : IProgress<PipelineProgress>
    {
        public void Report(PipelineProgress value) => report(value);
    }
}
