using System.Net;
using System.Text.RegularExpressions;
using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Dashboard.Accounts;
using IOC.Dashboard.Tests.Accounts;
using IOC.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IOC.Dashboard.Tests.Admin;

/// <summary>
/// An administrator edits the catalogue, the calendar and the targets on /admin, against the real dashboard and the real
/// Ingestion on one database: each edit is written by Ingestion (read back from its tables), shown by the dashboard at
/// once, and audited before → after; what Ingestion refuses is shown with its reasons and neither stored nor audited.
/// </summary>
public sealed partial class CatalogueAdminTests(DashboardWithIngestion app) : IClassFixture<DashboardWithIngestion>, IAsyncLifetime
{
    private const string Password = "danh-mục-thử";

    public async Task InitializeAsync() => await People.EnsureAsync(app, "catalogue-admin", AccountRole.Admin, TestCatalog.Province, Password);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Admin_RenamesACommune_IngestionStoresIt_ThePagesShowIt_Audited()
    {
        using var admin = await People.SignedInAsync(app, "catalogue-admin", Password);

        var page = WebUtility.HtmlDecode(await AdminForms.PostAsync(admin, "unit-rename",
            new() { ["Rename.Unit"] = TestCatalog.CommuneB, ["Rename.Name"] = "Phường Tân Lập Mới" }));
        var stored = (await new CatalogStore(app.Database.DataSource).UnitsAsync(CancellationToken.None)).Single(u => u.Code == TestCatalog.CommuneB);
        var unitPage = WebUtility.HtmlDecode(await admin.GetStringAsync($"/units/{TestCatalog.CommuneB}"));
        var audit = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/audit"));

        Assert.Contains($"Đã đổi tên đơn vị {TestCatalog.CommuneB} thành “Phường Tân Lập Mới”.", page);
        Assert.Equal("Phường Tân Lập Mới", stored.Name);
        Assert.Contains("<title>Phường Tân Lập Mới – IOC</title>", unitPage);
        Assert.Matches(new Regex($"catalogue-admin</td>\\s*<td[^>]*>catalog.unit</td>\\s*<td[^>]*>{Regex.Escape(TestCatalog.CommuneB)}</td>"), audit);
        Assert.Matches(new Regex("\"name\":\\s*\"Phường Tân Lập\"[^<]*</code></td>\\s*<td[^>]*><code>[^<]*\"name\":\\s*\"Phường Tân Lập Mới\""), audit);
    }

    [Fact]
    public async Task Admin_ChangesAProceduresDeadline_OnlyWhatWasTypedChanges()
    {
        using var admin = await People.SignedInAsync(app, "catalogue-admin", Password);

        var page = WebUtility.HtmlDecode(await AdminForms.PostAsync(admin, "procedure-edit", new()
        {
            ["Edit.Code"] = TestCatalog.Certification, ["Edit.DeadlineValue"] = "8", ["Edit.DeadlineUnit"] = DeadlineUnit.Hours,
            ["Edit.OnlineLevel"] = OnlineLevel.Full,
        }));
        var stored = (await new CatalogStore(app.Database.DataSource).ProceduresAsync(CancellationToken.None)).Single(p => p.Code == TestCatalog.Certification);
        var audit = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/audit"));

        Assert.Contains($"Đã lưu thủ tục {TestCatalog.Certification}: Chứng thực bản sao từ bản chính.", page);
        Assert.Equal((new Deadline(8, DeadlineUnit.Hours), OnlineLevel.Full, true, true, "Chứng thực bản sao từ bản chính"),
            (stored.Deadline, stored.OnlineLevel, stored.FullOnlineEligible, stored.HasFee, stored.Name));
        Assert.Equal(stored.Deadline, app.Services.GetRequiredService<CatalogCache>().Current.Procedure(TestCatalog.Certification)?.Deadline);
        Assert.Matches(new Regex($">catalog.procedure</td>\\s*<td[^>]*>{Regex.Escape(TestCatalog.Certification)}</td>"), audit);
    }

    [Fact]
    public async Task Admin_AnEmptyName_IsRefusedWithIngestionsReason_AndNothingIsStoredOrAudited()
    {
        using var admin = await People.SignedInAsync(app, "catalogue-admin", Password);

        var page = WebUtility.HtmlDecode(await AdminForms.PostAsync(admin, "unit-rename",
            new() { ["Rename.Unit"] = TestCatalog.Justice, ["Rename.Name"] = "" }));
        var unknown = WebUtility.HtmlDecode(await AdminForms.PostAsync(admin, "procedure-edit", new() { ["Edit.Code"] = "9.999999" }));
        var stored = (await new CatalogStore(app.Database.DataSource).UnitsAsync(CancellationToken.None)).Single(u => u.Code == TestCatalog.Justice);
        var audit = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/audit"));

        Assert.Contains("Không lưu được: name must not be empty", page);
        Assert.Contains("Không lưu được: Thủ tục 9.999999 không có trong danh mục.", unknown);
        Assert.Equal("Sở Tư pháp", stored.Name);
        Assert.DoesNotMatch(new Regex($">catalog.unit</td>\\s*<td[^>]*>{Regex.Escape(TestCatalog.Justice)}</td>"), audit);
    }

    [Fact]
    public async Task Admin_MakesADayAHoliday_ThenGivesItBack_IngestionsCalendarFollows_Audited()
    {
        using var admin = await People.SignedInAsync(app, "catalogue-admin", Password);
        var store = new CalendarStore(app.Database.DataSource);

        var made = WebUtility.HtmlDecode(await AdminForms.PostAsync(admin, "calendar-day",
            new() { ["Day.Date"] = "2027-05-04", ["Day.Kind"] = CalendarDayKind.Holiday, ["Day.Name"] = "Nghỉ theo quyết định của tỉnh" }));
        var holiday = (await store.LoadAsync()).IsWorkingDay(new DateOnly(2027, 5, 4));
        var undone = WebUtility.HtmlDecode(await AdminForms.PostAsync(admin, "calendar-day", new() { ["Day.Date"] = "2027-05-04", ["Day.Kind"] = "" }));
        var audit = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/audit"));

        Assert.False(holiday);
        Assert.Matches(new Regex("data-day=\"2027-05-04\">\\s*<td[^>]*>[^<]*04/05/2027</td>\\s*<td[^>]*>Nghỉ lễ, Tết</td>\\s*<td[^>]*>Nghỉ theo quyết định của tỉnh</td>"), made);
        Assert.Contains("Đã lưu ngày 04/05/2027: Ngày thường (theo lịch tuần).", undone);
        Assert.DoesNotContain("data-day=\"2027-05-04\"", undone);
        Assert.True((await store.LoadAsync()).IsWorkingDay(new DateOnly(2027, 5, 4)));
        Assert.Equal(2, new Regex(">calendar.day</td>\\s*<td[^>]*>2027-05-04</td>").Matches(audit).Count);
    }

    [Fact]
    public async Task Admin_SetsTheTargets_WhichTheDashboardUsesAtOnce_AndOutOfRangeIsRefused()
    {
        using var admin = await People.SignedInAsync(app, "catalogue-admin", Password);

        var refused = WebUtility.HtmlDecode(await AdminForms.PostAsync(admin, "targets", new() { ["Set.OnlinePercent"] = "150", ["Set.OverduePercent"] = "3" }));
        var page = WebUtility.HtmlDecode(await AdminForms.PostAsync(admin, "targets", new() { ["Set.OnlinePercent"] = "55", ["Set.OverduePercent"] = "3,5" }));
        var stored = await new KpiTargetStore(app.Database.DataSource).LoadAsync(KpiTargets.Default, CancellationToken.None);
        var audit = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/audit"));

        Assert.Contains("Không lưu được: Chỉ tiêu là một tỷ lệ phần trăm từ 0 đến 100.", refused);
        Assert.Equal(new KpiTargets(0.55, 0.035), stored);
        Assert.Equal(stored, app.Services.GetRequiredService<KpiTargetBoard>().Current);
        Assert.Contains("Hiện nay: tỷ lệ hồ sơ trực tuyến ≥ 55%, tỷ lệ trễ hạn ≤ 3,5%.", page);
        Assert.Matches(new Regex(">targets</td>\\s*<td[^>]*>province</td>"), audit);
    }
}
