namespace NewsExtract.Tests.Content;

/// <summary>What goes from inside the chosen region: furniture, and stories that are not the page's.</summary>
public sealed class FurnitureRemovalTests
{
    private static readonly string[] Story =
    [
        "The council voted on Thursday night to build a movable flood barrier along the riverside, ending ten years of argument about the cost.",
        "Engineers expect the first section, near the fish market, to be finished by the end of next year, officials said after the vote.",
        "Public meetings will be held in every affected district before the work begins in the spring, the mayor told reporters outside.",
        "The barrier is to rise from the riverbed only when the tide and the rain together threaten the lower town, as they did twice last winter.",
        "Shop owners along the quay, who lost their stock in both floods, welcomed the vote but asked the council to hurry with the first section.",
    ];

    private static readonly string[] NextStory =
    [
        "The city's two largest schools will merge next autumn, the education board decided after a long meeting on Tuesday evening.",
        "Parents had collected more than four thousand signatures against the plan, which they say will mean longer journeys for children.",
        "The board promised a new bus line and said that no teacher would lose a job because of the merger, a spokeswoman added.",
    ];

    /// <summary>The story told at more length, so that a box of a few sentences stays a small part of it.</summary>
    private static readonly string[] LongStory =
    [
        .. Story,
        "The cost, first put at forty million, has risen by a quarter since the plans were drawn, mostly because steel has become dearer.",
        "Half of it will come from the national flood fund, which approved the grant in the summer on condition that work starts within two years.",
        "The opposition, which had asked for a cheaper wall instead, said it would not try to stop the project now that the vote had been taken.",
        "Residents of the lower town will be asked to keep sandbags at home until the barrier is finished, as they were during the last two winters.",
    ];

    private static string Paragraphs(IEnumerable<string> texts) => string.Concat(texts.Select(t => $"<p>{t}</p>"));

    [Fact]
    public void Extract_NextStoryNestedInTheArticle_IsCut()
    {
        var html = $"""
            <html><body><main><article><h1>Council backs flood barrier</h1>{Paragraphs(Story)}
            <article class="next"><h1>Schools to merge</h1>{Paragraphs(NextStory)}</article></article></main></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(Story, article.Paragraphs);
    }

    [Fact]
    public void Extract_BodyInAnArticleOfItsOwnUnderTheHeadline_Stays()
    {
        var html = $"""
            <html><body><main><article><header><h1>Council backs flood barrier</h1></header>
            <article class="body">{Paragraphs(Story)}</article></article></main></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(Story, article.Paragraphs);
    }

    [Fact]
    public void Extract_RelatedStoriesMarkedAsContentToo_AreCut()
    {
        var html = $"""
            <html><body><article><h1>Council backs flood barrier</h1>{Paragraphs(Story)}
            <div class="teaser-list related-content"><h3>Schools to merge</h3><p>{NextStory[0]}</p></div></article></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(Story, article.Paragraphs);
    }

    [Fact]
    public void Extract_CommentsMarkedAsContent_Stay()
    {
        var comment = "I have lived by the river for forty years and I can tell you that the barrier is long overdue, whatever it costs.";
        var html = $"""
            <html><body><article><h1>Council backs flood barrier</h1>{Paragraphs(Story)}
            <div class="comments-body"><p>{comment}</p></div></article></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal([.. Story, comment], article.Paragraphs);
    }

    [Fact]
    public void Extract_TeaserCardsInTheArticle_GoWithTheirText()
    {
        var cards = string.Concat(NextStory.Select((text, i) => $"""<div class="card"><h3><a href="/story-{i}">Another story {i}</a></h3><p>{text}</p></div>"""));
        var html = $"""
            <html><body><article><h1>Council backs flood barrier</h1>{Paragraphs(Story)}<div class="more">{cards}</div></article></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(Story, article.Paragraphs);
    }

    [Fact]
    public void Extract_HeadlineLinkingToTheStoryItself_KeepsTheStory()
    {
        var html = $"""
            <html><body><div class="post"><h2><a href="/council-backs-flood-barrier">Council backs flood barrier</a></h2>{Paragraphs(Story)}</div></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(Story, article.Paragraphs);
    }

    [Fact]
    public void Extract_SignUpBoxWithAFieldAndAButton_IsCut()
    {
        var html = $"""
            <html><body><article><h1>Council backs flood barrier</h1>{Paragraphs(Story)}
            <div class="box"><h3>Stay informed</h3><p>Get the morning briefing in your inbox every weekday.</p>
            <input type="email" name="address"><button>Go</button></div></article></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(Story, article.Paragraphs);
    }

    [Fact]
    public void Extract_ConsentPlaceholderOfAFewSentencesAroundItsToggle_IsCut()
    {
        var html = $"""
            <html><body><article><h1>Council backs flood barrier</h1>{Paragraphs(LongStory.Take(4))}
            <div class="embed"><h3>Recommended content from elsewhere</h3>
            <p>At this point you will find content from another provider that completes the article. You can show it with one click and hide it again whenever you like.</p>
            <label><input type="checkbox"> Show content from elsewhere</label>
            <p>I agree that content from other providers is shown to me. Personal data may then be passed on to those providers; our privacy notice tells more about it.</p></div>
            {Paragraphs(LongStory.Skip(4))}</article></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(LongStory, article.Paragraphs);
    }

    [Fact]
    public void Extract_ArticleHeaderWithAShareButton_KeepsItsStandfirst()
    {
        const string standfirst = "After ten years of argument about its cost, the lower town is to get a barrier that rises from the riverbed when the tide and the rain threaten the quay together.";
        var html = $"""
            <html><body><article><header><h1>Council backs flood barrier</h1><p>{standfirst}</p><button>Share</button><button>Save</button></header>
            {Paragraphs(Story)}</article></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal([standfirst, .. Story], article.Paragraphs);
    }

    [Fact]
    public void Extract_SameBoxWithoutControls_Stays()
    {
        var html = $"""
            <html><body><article><h1>Council backs flood barrier</h1>{Paragraphs(Story)}
            <div class="box"><p>Get the morning briefing in your inbox every weekday.</p>
            <input type="hidden" name="state"></div></article></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Contains("Get the morning briefing in your inbox every weekday.", article.Paragraphs);
    }

    [Fact]
    public void Extract_PostsEachWithAReplyButton_Stay()
    {
        var posts = string.Concat(Story.Select(t => $"<div class=\"post\"><p>{t}</p><button>Reply</button></div>"));
        var html = $"""
            <html><body><div class="thread"><h1>Flood barrier</h1>{posts}</div></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(Story, article.Paragraphs);
    }

    [Fact]
    public void Extract_AuthorCardAfterTheStory_IsCut()
    {
        var html = $"""
            <html><body><article><h1>Council backs flood barrier</h1>{Paragraphs(Story)}
            <div class="post-author"><p>About the author</p><p>Jane Roe has covered the city council for the paper since 2015.</p></div></article></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(Story, article.Paragraphs);
    }

    [Fact]
    public void Extract_StoryInAnElementNamedForItsAuthor_Stays()
    {
        var html = $"""
            <html><body><article class="author-jane-roe"><h1>Council backs flood barrier</h1>{Paragraphs(Story)}</article>
            <div class="sidebar"><p>Most read</p></div></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(Story, article.Paragraphs);
    }

    [Fact]
    public void Extract_PictureBoxWithACreditLine_IsCut()
    {
        var html = $"""
            <html><body><article><h1>Council backs flood barrier</h1>{Paragraphs(Story.Take(2))}
            <div class="media"><img src="quay.jpg"><div>The quay after the flood. Photo: City Archive</div></div>{Paragraphs(Story.Skip(2))}</article></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Equal(Story, article.Paragraphs);
    }

    [Fact]
    public void Extract_PictureInsideAShortParagraph_KeepsTheParagraph()
    {
        var html = $"""
            <html><body><article><h1>Council backs flood barrier</h1>{Paragraphs(Story)}
            <div class="note"><p>The barrier <img src="icon.png"> rises in an hour.</p></div></article></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(html);

        Assert.Contains("The barrier rises in an hour.", article.Paragraphs);
    }
}
