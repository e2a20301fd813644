using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using IOC.Analytics.Dossiers;
using IOC.Dashboard.Accounts;
using IOC.Dashboard.Tests.Accounts;
using IOC.Testing;

namespace IOC.Dashboard.Tests.Api;

/// <summary>
/// GET /api/v1/score766 on the real dashboard over a week of four dossiers, counted by hand (CONTRACT.md §6):
/// <list type="bullet">
/// <item>D1 birth registration at commune A, online, digitised components and result, resolved in time, rated satisfied;</item>
/// <item>D2 the same, direct, resolved late, rated satisfied (late: not counted satisfied);</item>
/// <item>D3 certification (fee) at commune B, online, paid online, in process and overdue at the week's end;</item>
/// <item>D4 criminal record (fee) at the Justice department, direct, paid at the desk, in process within its 10 days.</item>
/// </list>
/// Progress (1 + 1) / 4 → 10; online services 1 online of the 3 dossiers of full-online-eligible procedures → 4 (estimate);
/// online payment A = 1/2 → 3, B = 1/3 of the 3 fee-bearing procedures → 0.8333, C = 2/3 → 1.6667, → 5.5; results 1/2 → 3,
/// components 1/4 → 1; satisfaction 1/2 → 3.3333. Earned 26.8333 of 58 with data → 46.26 on 100, weak.
/// </summary>
public sealed class Score766EndpointTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    private const string Week = "from=2026-11-02&to=2026-11-08";
    private const string Password = "chỉ-số-766";
    private HttpClient _reader = null!;

    public async Task InitializeAsync()
    {
        var seeder = new ProvinceSeeder(app.Database.DataSource);
        await seeder.AppendAndProjectAsync(await seeder.LoadCatalogAsync(), Events());
        _reader = app.CreateClient();
        _reader.DefaultRequestHeaders.Add("X-Api-Key", DashboardApp.ReadKey);
        await Eventually.TrueAsync(async () => (await ScoreAsync(TestCatalog.Province)).GetProperty("earned").GetDouble() > 26,
            TimeSpan.FromSeconds(60), "the dashboard to follow the four dossiers");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Province_EveryIndicator_AsCountedByHand()
    {
        var score = await ScoreAsync(TestCatalog.Province);

        Assert.Equal((TestCatalog.Province, "2026-11-02", "2026-11-08"),
            (score.GetProperty("unit").GetString(), score.GetProperty("from").GetString(), score.GetProperty("to").GetString()));
        Assert.Equal(10.0, Points(score, "progress.onTime"));
        Assert.Equal(4.0, Points(score, "onlineServices.estimate"));
        Assert.True(Indicator(score, "onlineServices.estimate").GetProperty("estimate").GetBoolean());
        Assert.Equal((3.0, 0.8333, 1.6667), (Points(score, "onlinePayment.dossiers"), Points(score, "onlinePayment.procedures"),
            Points(score, "onlinePayment.coverage")));
        Assert.Equal(5.5, Group(score, "onlinePayment").GetProperty("score").GetDouble());
        Assert.Equal((3.0, 1.0), (Points(score, "digitisation.results"), Points(score, "digitisation.dossiers")));
        Assert.Equal(3.3333, Points(score, "satisfaction.dossiers"));
        Assert.Equal((1.0, 2.0, 0.5), (Indicator(score, "satisfaction.dossiers").GetProperty("numerator").GetDouble(),
            Indicator(score, "satisfaction.dossiers").GetProperty("denominator").GetDouble(), Indicator(score, "satisfaction.dossiers").GetProperty("ratio").GetDouble()));
        Assert.Equal((26.8333, 58.0, 0.58), (score.GetProperty("earned").GetDouble(), score.GetProperty("maxWithData").GetDouble(),
            score.GetProperty("coverage").GetDouble()));
        Assert.Equal(Math.Round(26.833333333 / 58 * 100, 4), score.GetProperty("total").GetDouble(), 3);
        Assert.Equal("weak", score.GetProperty("band").GetString());
    }

    [Fact]
    public async Task Province_WhatTheCentreHasNoDataFor_IsNull_NotZero()
    {
        var score = await ScoreAsync(TestCatalog.Province);

        Assert.Equal(JsonValueKind.Null, Group(score, "transparency").GetProperty("score").ValueKind);
        foreach (var code in new[] { "digitisation.certifiedCopies", "satisfaction.feedbackOnTime", "satisfaction.feedbackSatisfied" })
        {
            var indicator = Indicator(score, code);
            Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null), (indicator.GetProperty("score").ValueKind,
                indicator.GetProperty("ratio").ValueKind, indicator.GetProperty("numerator").ValueKind));
        }
        Assert.Equal(["transparency", "progress", "onlineServices", "onlinePayment", "digitisation", "satisfaction"],
            score.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("code").GetString()));
        Assert.Equal([18.0, 20, 12, 10, 22, 18], score.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("max").GetDouble()));
    }

    [Fact]
    public async Task CommuneB_OnlyItsCertification_OverdueAndPaidOnline()
    {
        var score = await ScoreAsync(TestCatalog.CommuneB);

        // Commune B offers birth registration and certification (its one fee-bearing procedure); its one dossier (D3) is in
        // process and overdue, not digitised: progress 0 of 20, payment 6 + 2 + 2, components 0 of 4; the rest has nothing to count.
        Assert.Equal(0.0, Points(score, "progress.onTime"));
        Assert.Equal((6.0, 2.0, 2.0), (Points(score, "onlinePayment.dossiers"), Points(score, "onlinePayment.procedures"), Points(score, "onlinePayment.coverage")));
        Assert.Equal(JsonValueKind.Null, Indicator(score, "satisfaction.dossiers").GetProperty("score").ValueKind);
        Assert.Equal(JsonValueKind.Null, Indicator(score, "onlineServices.estimate").GetProperty("score").ValueKind);
        Assert.Equal((10.0, 34.0), (score.GetProperty("earned").GetDouble(), score.GetProperty("maxWithData").GetDouble()));
    }

    [Fact]
    public async Task Scorecard_ShowsTheTotalItsCoverageTheAdvice_AndRanksTheChildUnits()
    {
        await People.EnsureAsync(app, "score-leader", AccountRole.Leader, TestCatalog.Province, Password);
        using var leader = await People.SignedInAsync(app, "score-leader", Password);

        var page = WebUtility.HtmlDecode(await leader.GetStringAsync($"/units/{TestCatalog.Province}/score766?{Week}"));
        var english = WebUtility.HtmlDecode(await leader.GetStringAsync($"/units/{TestCatalog.Province}/score766?{Week}&lang=en"));
        var unitPage = WebUtility.HtmlDecode(await leader.GetStringAsync($"/units/{TestCatalog.Province}?{Week}"));

        Assert.Matches(new Regex("data-testid=\"score-total\">\\s*<span[^>]*>Điểm \\(thang 100\\)</span>\\s*<span[^>]*>46,3</span>"), page);
        Assert.Contains(">Yếu</span>", page);
        Assert.Contains("tính trên 58/100 điểm có dữ liệu; đạt 26,8/58", page);
        // Progress misses the most (10 of its 20 points): D3 in process and overdue, D2 resolved late.
        Assert.Contains("1 hồ sơ quá hạn đang giải quyết và 1 hồ sơ đã giải quyết trễ hạn: −10 điểm tiến độ", page);
        Assert.Contains($"href=\"/units/{TestCatalog.Province}/dossiers?status=overdue&amp;from=2026-11-02&amp;to=2026-11-08\"".Replace("&amp;", "&"), page);
        Assert.Contains("chưa có dữ liệu (/18)", page);
        Assert.Equal([TestCatalog.Justice, TestCatalog.CommuneA, TestCatalog.CommuneB, TestCatalog.Construction],
            Regex.Matches(page, "data-testid=\"score-child\" data-unit=\"([^\"]+)\"").Select(m => m.Groups[1].Value));
        Assert.Contains("over the 58/100 points with data; 26.8/58 earned", english);
        Assert.Contains(">Weak</span>", english);
        Assert.Matches(new Regex("data-testid=\"unit-score766\">\\s*<span[^>]*>[^<]*</span>\\s*<span[^>]*>46,3</span>"), unitPage);
    }

    [Fact]
    public async Task BadRequests_AnswerAsTheKpiApi()
    {
        using var unknown = await _reader.GetAsync($"/api/v1/score766?unit=000.99.99.T01&{Week}");
        using var badPeriod = await _reader.GetAsync($"/api/v1/score766?unit={TestCatalog.Province}&from=2026-11-08&to=2026-11-02");
        using var anonymous = await app.CreateClient().GetAsync($"/api/v1/score766?unit={TestCatalog.Province}&{Week}");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized),
            (unknown.StatusCode, badPeriod.StatusCode, anonymous.StatusCode));
    }

    private async Task<JsonElement> ScoreAsync(string unit)
    {
        using var response = await _reader.GetAsync($"/api/v1/score766?unit={unit}&{Week}");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static JsonElement Group(JsonElement score, string code) =>
        score.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("code").GetString() == code);

    private static JsonElement Indicator(JsonElement score, string code) =>
        score.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("indicators").EnumerateArray())
            .Single(i => i.GetProperty("code").GetString() == code);

    private static double Points(JsonElement score, string code) => Indicator(score, code).GetProperty("score").GetDouble();

    private static IReadOnlyList<DossierEvent> Events() =>
    [
        Event("D1-in", "D1", DossierEventType.Received, "2026-11-02T08:00:00+07:00", TestCatalog.CommuneA, TestCatalog.BirthRegistration,
            Channel.Online, digitized: true),
        Event("D1-r", "D1", DossierEventType.Resolved, "2026-11-02T10:00:00+07:00", TestCatalog.CommuneA, TestCatalog.BirthRegistration,
            digitized: true),
        Event("D1-s", "D1", DossierEventType.Rating, "2026-11-02T11:00:00+07:00", TestCatalog.CommuneA, TestCatalog.BirthRegistration,
            rating: Rating.Satisfied),
        Event("D2-in", "D2", DossierEventType.Received, "2026-11-02T09:00:00+07:00", TestCatalog.CommuneA, TestCatalog.BirthRegistration,
            Channel.Direct),
        Event("D2-r", "D2", DossierEventType.Resolved, "2026-11-04T10:00:00+07:00", TestCatalog.CommuneA, TestCatalog.BirthRegistration,
            digitized: false),
        Event("D2-s", "D2", DossierEventType.Rating, "2026-11-04T11:00:00+07:00", TestCatalog.CommuneA, TestCatalog.BirthRegistration,
            rating: Rating.Satisfied),
        Event("D3-in", "D3", DossierEventType.Received, "2026-11-03T08:00:00+07:00", TestCatalog.CommuneB, TestCatalog.Certification,
            Channel.Online),
        Event("D3-p", "D3", DossierEventType.Payment, "2026-11-03T08:10:00+07:00", TestCatalog.CommuneB, TestCatalog.Certification,
            amount: 20000, paidOnline: true),
        Event("D4-in", "D4", DossierEventType.Received, "2026-11-05T08:00:00+07:00", TestCatalog.Justice, TestCatalog.CriminalRecord,
            Channel.Direct),
        Event("D4-p", "D4", DossierEventType.Payment, "2026-11-05T08:20:00+07:00", TestCatalog.Justice, TestCatalog.CriminalRecord,
            amount: 200000, paidOnline: false),
    ];

    private static DossierEvent Event(string id, string dossier, string type, string at, string unit, string procedure, string? channel = null,
        bool? digitized = null, decimal? amount = null, bool? paidOnline = null, string? rating = null) =>
        new(id, dossier, type, DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), unit, procedure, channel,
            Digitized: digitized, Amount: amount, PaidOnline: paidOnline, Rating: rating);
}
