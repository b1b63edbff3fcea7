using System.Threading.Tasks;
using PuppeteerSharp;
using Verbatim.Cli.Infrastructure;
using Verbatim.Cli.Model;
using Verbatim.Corpus.Statements;

namespace Verbatim.Cli.Tests.Report;

/// <summary>
/// The report opened in a real browser, Debian's chromium (which <c>.ci/run</c> installs), on a
/// phone-sized screen with JavaScript off and every network request refused; the assertions
/// are on what the page shows. The screenshot stays in artifacts/screenshots.
/// </summary>
public sealed class ReportBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task The_sample_report_shows_every_quote_in_its_speakers_colour_with_a_legend_on_a_phone()
    {
        using var work = new TempFolder();
        var written = Cli.Run("report", RepositoryFiles.SampleCorpus, "--html", work["report.html"]);
        written.ExitCode.ShouldBe(0, written.ToString());

        await using var browser = await Launch();
        var (page, requests) = await OpenOnPhone(browser, work["report.html"]);
        await using var _ = page;

        (await page.EvaluateExpressionAsync<string>("document.querySelector('#diagnostics').innerText")).ShouldContain("No problems found.");
        (await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#articles article').length")).ShouldBe(5);
        (await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#articles .q').length")).ShouldBe(158);
        string legend = await page.EvaluateExpressionAsync<string>("document.querySelector('#speakers').innerText");
        legend.ShouldContain("Rex W. Tillerson, U.S. Secretary of State, U.S. Department of State");
        legend.ShouldContain("Sergey V. Lavrov");

        // A quote of Tillerson's is drawn in the colour of his swatch in the legend, and Lavrov's in another.
        string tillersonQuote = await Background("[title^='Rex W. Tillerson #low-trust']", page);
        string tillersonSwatch = await Background("#speakers li:has(b:first-child) .swatch", page, "Rex W. Tillerson");
        tillersonQuote.ShouldBe(tillersonSwatch);
        tillersonQuote.ShouldNotBe("rgba(0, 0, 0, 0)");
        (await Background("#speakers li .swatch", page, "Sergey V. Lavrov")).ShouldNotBe(tillersonSwatch);

        string article = await page.EvaluateExpressionAsync<string>("document.querySelector('#article-nyt-tillerson-putin').innerText");
        article.ShouldContain("REX W. TILLERSON“There is a low level of trust between our countries,”");

        (await page.EvaluateExpressionAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        requests.ShouldBeEmpty();

        Directory.CreateDirectory(Cli.ScreenshotDirectory);
        await page.ScreenshotAsync(Path.Combine(Cli.ScreenshotDirectory, "report-sample-phone.png"), new ScreenshotOptions { FullPage = false });
        await page.EvaluateExpressionAsync("document.querySelector('#article-nyt-tillerson-putin').scrollIntoView()");
        await page.ScreenshotAsync(Path.Combine(Cli.ScreenshotDirectory, "report-sample-article-phone.png"));
    }

    [Fact]
    public async Task The_sample_report_shows_each_statement_s_wordings_side_by_side_with_the_differing_words_marked()
    {
        using var work = new TempFolder();
        Cli.Run("report", RepositoryFiles.SampleCorpus, "--html", work["report.html"]).ExitCode.ShouldBe(0);
        var corpus = CorpusModel.Read(CorpusFolder.Read(RepositoryFiles.SampleCorpus, Terminal.Plain(TextWriter.Null, TextWriter.Null)));
        var linked = StatementLinker.Link(corpus.Articles.Select(Signatures.Of));

        await using var browser = await Launch();
        var (page, requests) = await OpenOnPhone(browser, work["report.html"]);
        await using var _ = page;

        (await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#statements article.statement').length")).ShouldBe(linked.Count);
        (await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#statements .wording').length")).ShouldBe(linked.Sum(s => s.Wordings.Count));
        string legend = await page.EvaluateExpressionAsync<string>("document.querySelector('#statements .keys').innerText");
        legend.ShouldContain("VQ0008 misquote");
        legend.ShouldContain("VQ0009 conflicting attribution");

        // Four outlets print Tillerson's words alike; the Atridim News Journal's "owners" is marked,
        // checked with !sic, so no misquote; the sample has no misquote and no conflict left.
        string powers = await page.EvaluateExpressionAsync<string>("document.querySelector('#statement-nuclear-powers').innerText");
        powers.ShouldContain("Rex W. Tillerson #nuclear-powers");
        powers.ShouldContain("5 outlets, 3 wordings");
        powers.ShouldContain("printed by 4 outlets, the most");
        (await page.EvaluateExpressionAsync<string>("document.querySelector('#statement-nuclear-powers .wording.most blockquote').innerText"))
            .ShouldBe("The world’s two foremost nuclear powers cannot have this kind of relationship.");
        powers.ShouldContain("Atridim News Journal Rex W. Tillerson, line 35 ✓ !sic");
        (await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#statement-nuclear-powers mark')].map(m => m.innerText)"))
            .ShouldBe(new[] { "owners", "sort" });
        (await page.EvaluateExpressionAsync<string>("getComputedStyle(document.querySelector('#statement-nuclear-powers mark')).backgroundColor")).ShouldBe("rgb(255, 224, 102)");
        (await page.EvaluateExpressionAsync<string>("getComputedStyle(document.querySelector('#statement-nuclear-powers del')).textDecorationLine")).ShouldBe("line-through");
        (await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#statements .outlets .flag.misquote, #statements .outlets .flag.conflict').length")).ShouldBe(0);

        // On a phone the wordings stand one under another; on a wide screen, side by side.
        const string Blocks = "[...document.querySelectorAll('#statement-nuclear-powers .wording')].map(w => w.getBoundingClientRect()).map(r => [r.left, r.top, r.bottom])";
        var phone = await page.EvaluateExpressionAsync<double[][]>(Blocks);
        phone[1][0].ShouldBe(phone[0][0]);
        phone[1][1].ShouldBeGreaterThan(phone[0][2]);
        (await page.EvaluateExpressionAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        Directory.CreateDirectory(Cli.ScreenshotDirectory);
        await page.EvaluateExpressionAsync("document.querySelector('#statement-nuclear-powers').scrollIntoView()");
        await page.ScreenshotAsync(Path.Combine(Cli.ScreenshotDirectory, "report-statements-phone.png"));

        await page.SetViewportAsync(new ViewPortOptions { Width = 1024, Height = 900 });
        var wide = await page.EvaluateExpressionAsync<double[][]>(Blocks);
        wide[1][1].ShouldBe(wide[0][1]);
        wide[1][0].ShouldBeGreaterThan(wide[0][0]);
        await page.EvaluateExpressionAsync("document.querySelector('#statement-nuclear-powers').scrollIntoView()");
        await page.ScreenshotAsync(Path.Combine(Cli.ScreenshotDirectory, "report-statements-wide.png"));
        requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_corpus_with_a_mistake_shows_the_diagnostic_as_check_prints_it()
    {
        using var work = new TempFolder().Write("corpus/people.speakers.yaml", Corpora.Registry).Write("corpus/articles/misspelt.article.md", Corpora.Misspelt);
        Cli.Run("report", work["corpus"], "--html", work["report.html"]).ExitCode.ShouldBe(0);

        await using var browser = await Launch();
        var (page, _) = await OpenOnPhone(browser, work["report.html"]);
        await using var closing = page;

        string diagnostics = await page.EvaluateExpressionAsync<string>("document.querySelector('#diagnostics').innerText");
        diagnostics.ShouldContain("articles/misspelt.article.md(4,11)\terror\tVQ0001\tSpeaker 'tilerson' is not defined; did you mean 'tillerson'?");
        (await page.EvaluateExpressionAsync<string>("document.querySelector('#summary').innerText")).ShouldContain("1 error,");
        // The undefined speaker's quote is still drawn, in the grey of unknown speakers.
        (await Background(".q.s-unknown", page)).ShouldBe("rgb(224, 224, 224)");
    }

    private static Task<IBrowser> Launch() => Puppeteer.LaunchAsync(new LaunchOptions
    {
        ExecutablePath = Chromium,
        Headless = true,
        // Containers run as root, where chromium's sandbox cannot start.
        Args = new[] { "--no-sandbox", "--disable-gpu" },
    });

    /// <returns>The page, and the addresses it tried to fetch beyond its own file (all refused).</returns>
    private static async Task<(IPage Page, List<string> Requests)> OpenOnPhone(IBrowser browser, string file)
    {
        var page = await browser.NewPageAsync();
        var refused = new List<string>();
        await page.SetJavaScriptEnabledAsync(false);
        await page.SetViewportAsync(new ViewPortOptions { Width = 390, Height = 844, DeviceScaleFactor = 2, IsMobile = true, HasTouch = true });
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            if (e.Request.Url.StartsWith("file:", StringComparison.Ordinal))
            {
                await e.Request.ContinueAsync();
            }
            else
            {
                lock (refused)
                {
                    refused.Add(e.Request.Url);
                }
                await e.Request.AbortAsync();
            }
        };
        await page.GoToAsync(new Uri(file).AbsoluteUri);
        return (page, refused);
    }

    /// <summary>The computed background colour of the first element matching <paramref name="selector"/> (whose item holds <paramref name="text"/>).</summary>
    private static Task<string> Background(string selector, IPage page, string? text = null) =>
        page.EvaluateFunctionAsync<string>(
            """
            (selector, text) => {
              const all = [...document.querySelectorAll(selector)];
              const found = text === null ? all[0] : all.find(e => e.closest('li').innerText.includes(text));
              return getComputedStyle(found).backgroundColor;
            }
            """,
            selector, text!);
}
