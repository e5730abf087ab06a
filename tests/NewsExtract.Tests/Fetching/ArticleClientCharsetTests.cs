using System.Text;
using NewsExtract.Fetching;

namespace NewsExtract.Tests.Fetching;

/// <summary>Pages in legacy encodings, declared in the HTTP header, in a meta tag, or not at all.</summary>
public sealed class ArticleClientCharsetTests : FetchTestBase
{
    private const string RussianTitle = "Паром вернулся в гавань после ремонта";

    private static readonly string RussianBody = string.Join("\n", [
        "<p>Паром вернулся к работе в понедельник после трёх недель ремонта корпуса, сообщили в управлении порта.</p>",
        "<p>Инженеры заменили две повреждённые пластины и всю ночь проверяли двигатели перед первым рейсом на рассвете.</p>",
        "<p>Жители, которые ездили по длинной дороге вокруг залива, говорят, что теперь будут экономить час каждый день.</p>",
        "<p>Городской совет пообещал выделить деньги на новое судно, чтобы такие перерывы больше не повторялись.</p>",
    ]);

    private static byte[] Windows1251(string html) => Encoding.GetEncoding("windows-1251").GetBytes(html);

    private static string RussianPage(string head = "") =>
        $"<html><head>{head}<title>{RussianTitle}</title></head><body><article><h1>{RussianTitle}</h1>\n{RussianBody}\n</article></body></html>";

    [Fact]
    public async Task GetArticleAsync_Windows1251WithCharsetHeader_DecodesCyrillic()
    {
        Server.Map("/ru", Respond.Bytes(Windows1251(RussianPage()), "text/html; charset=windows-1251"));
        using var client = new ArticleClient(Options);

        var article = await Within(client.GetArticleAsync(Server.Url("/ru")));

        Assert.Equal(RussianTitle, article.Title);
        Assert.Contains(article.Paragraphs, p => p.StartsWith("Паром вернулся к работе", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FetchAsync_Windows1251WithoutAnyDeclaration_IsDetected()
    {
        Server.Map("/ru", Respond.Bytes(Windows1251(RussianPage()), "text/html"));
        using var client = new ArticleClient(Options);

        var page = await Within(client.FetchAsync(Server.Url("/ru")));

        Assert.Equal(1251, page.Encoding.CodePage);
        Assert.Equal(RussianPage(), page.Content);
    }

    [Fact]
    public async Task FetchAsync_Windows1251DeclaredInMetaOnly_IsDecoded()
    {
        var html = RussianPage("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">");
        Server.Map("/ru", Respond.Bytes(Windows1251(html), "text/html"));
        using var client = new ArticleClient(Options);

        var page = await Within(client.FetchAsync(Server.Url("/ru")));

        Assert.Equal(html, page.Content);
    }

    [Fact]
    public async Task FetchAsync_HeaderCharsetWinsOverMeta()
    {
        var html = RussianPage("<meta charset=\"utf-8\">");
        Server.Map("/ru", Respond.Bytes(Windows1251(html), "text/html; charset=windows-1251"));
        using var client = new ArticleClient(Options);

        Assert.Equal(html, (await Within(client.FetchAsync(Server.Url("/ru")))).Content);
    }

    [Theory]
    [InlineData("iso-8859-2", "Rząd ogłosił dziś nowe przepisy dotyczące żeglugi.")]
    [InlineData("iso-8859-7", "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για τα πλοία.")]
    [InlineData("shift_jis", "東京で新しい港湾政策が発表されました。")]
    [InlineData("gb2312", "北京今天发布了新的港口政策。")]
    [InlineData("euc-kr", "서울에서 새로운 항만 정책이 발표되었습니다.")]
    public async Task FetchAsync_LegacyEncodingInHeader_IsDecoded(string charset, string sentence)
    {
        var html = $"<html><head><title>{sentence}</title></head><body><p>{sentence}</p></body></html>";
        Server.Map("/legacy", Respond.Bytes(Encoding.GetEncoding(charset).GetBytes(html), $"text/html; charset={charset}"));
        using var client = new ArticleClient(Options);

        Assert.Equal(html, (await Within(client.FetchAsync(Server.Url("/legacy")))).Content);
    }
}
