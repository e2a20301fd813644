using System.Net;
using IOC.Dashboard.Accounts;
using IOC.Dashboard.Kiosk;
using IOC.Testing;
using IOC.Dashboard.Tests.Kiosk;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace IOC.Dashboard.Tests.Access;

/// <summary>
/// Every route of the dashboard against every credential a caller may bring (the environment's keys, a read key made
/// with <c>./ioc key add</c> for one commune, a kiosk cookie, and the sign-in cookies of a leader, an admin and two heads
/// of sibling communes), on the real host with the wall closed
/// (<c>IOC_WALL_REQUIRE_TOKEN</c> on): what each one opens, and nothing more.
/// </summary>
public sealed class AccessMatrixTests(KioskApp app) : IClassFixture<KioskApp>
{
    public enum Caller { Anonymous, IngestKey, ReadKey, ServiceKey, KioskCookie, ReadKeyAsBearer, WrongKey, Leader, HeadOfA, HeadOfB, Admin, UnitReadKeyOfA }

    private const string Password = "ma-tran-quyen";

    private const string Period = "from=2026-11-01&to=2026-11-02";
    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode Unauthorized = HttpStatusCode.Unauthorized;
    private const HttpStatusCode Forbidden = HttpStatusCode.Forbidden;
    private const HttpStatusCode SignIn = HttpStatusCode.Redirect;

    public static TheoryData<string, string, Caller, HttpStatusCode> Matrix()
    {
        var data = new TheoryData<string, string, Caller, HttpStatusCode>();
        void Row(string method, string path, params (Caller Caller, HttpStatusCode Status)[] answers)
        {
            foreach (var (caller, status) in answers)
            {
                data.Add(method, path, caller, status);
            }
        }
        foreach (var api in new[]
        {
            $"/api/v1/kpi?unit={TestCatalog.Province}&{Period}",
            $"/api/v1/kpi/units?parent={TestCatalog.Province}&{Period}",
            $"/api/v1/kpi/fields?unit={TestCatalog.Province}&{Period}",
            $"/api/v1/dossiers?unit={TestCatalog.Province}&status=overdue&{Period}",
            $"/api/v1/dossiers.csv?unit={TestCatalog.Province}&status=overdue&{Period}",
            $"/api/v1/dossiers.xlsx?unit={TestCatalog.Province}&status=in-process&{Period}",
            $"/api/v1/kpi/units.csv?parent={TestCatalog.Province}&{Period}",
            $"/api/v1/kpi/units.xlsx?parent={TestCatalog.Province}&{Period}",
            $"/api/v1/reports/2026-W45.xlsx?unit={TestCatalog.Province}",
            $"/api/v1/reports/2026-11c.html?unit={TestCatalog.Province}",
            $"/api/v1/score766?unit={TestCatalog.Province}&{Period}",
        })
        {
            // A kiosk token opens the wall only; the service key publishes into the hub and reads nothing; a head reads
            // only their own unit.
            Row("GET", api, (Caller.Anonymous, Unauthorized), (Caller.IngestKey, Unauthorized), (Caller.ReadKey, Ok),
                (Caller.ServiceKey, Forbidden), (Caller.KioskCookie, Unauthorized), (Caller.ReadKeyAsBearer, Ok), (Caller.WrongKey, Unauthorized),
                (Caller.Leader, Ok), (Caller.HeadOfA, Forbidden), (Caller.HeadOfB, Forbidden), (Caller.Admin, Ok), (Caller.UnitReadKeyOfA, Forbidden));
        }
        foreach (var api in new[]
        {
            $"/api/v1/kpi?unit={TestCatalog.CommuneA}&{Period}",
            $"/api/v1/kpi/units?parent={TestCatalog.CommuneA}&{Period}",
            $"/api/v1/kpi/fields?unit={TestCatalog.CommuneA}&{Period}",
            $"/api/v1/dossiers?unit={TestCatalog.CommuneA}&status=overdue&{Period}",
            $"/api/v1/dossiers.csv?unit={TestCatalog.CommuneA}&status=overdue&{Period}",
            $"/api/v1/kpi/units.xlsx?parent={TestCatalog.CommuneA}&{Period}",
            $"/api/v1/reports/2026-W45.html?unit={TestCatalog.CommuneA}",
            $"/api/v1/score766?unit={TestCatalog.CommuneA}&{Period}",
        })
        {
            Row("GET", api, (Caller.Anonymous, Unauthorized), (Caller.ReadKey, Ok), (Caller.ServiceKey, Forbidden),
                (Caller.KioskCookie, Unauthorized), (Caller.Leader, Ok), (Caller.HeadOfA, Ok), (Caller.HeadOfB, Forbidden), (Caller.Admin, Ok),
                (Caller.UnitReadKeyOfA, Ok));
        }
        // The pages are for people: any other credential is sent to sign in; a head sees their own unit's pages only.
        foreach (var page in new[]
        {
            $"/units/{TestCatalog.Province}", $"/units/{TestCatalog.Province}/dossiers?status=overdue", $"/units/{TestCatalog.Province}/score766",
        })
        {
            Row("GET", page, (Caller.Anonymous, SignIn), (Caller.IngestKey, SignIn), (Caller.ReadKey, SignIn), (Caller.ServiceKey, SignIn),
                (Caller.KioskCookie, SignIn), (Caller.ReadKeyAsBearer, SignIn), (Caller.WrongKey, SignIn), (Caller.UnitReadKeyOfA, SignIn),
                (Caller.Leader, Ok), (Caller.HeadOfA, Forbidden), (Caller.HeadOfB, Forbidden), (Caller.Admin, Ok));
        }
        foreach (var page in new[]
        {
            $"/units/{TestCatalog.CommuneA}", $"/units/{TestCatalog.CommuneA}/dossiers?status=in-process&period=year",
            $"/units/{TestCatalog.CommuneA}/procedures/{TestCatalog.BirthRegistration}", $"/units/{TestCatalog.CommuneA}/score766?period=year",
        })
        {
            Row("GET", page, (Caller.Anonymous, SignIn), (Caller.ReadKey, SignIn), (Caller.KioskCookie, SignIn), (Caller.UnitReadKeyOfA, SignIn),
                (Caller.Leader, Ok), (Caller.HeadOfA, Ok), (Caller.HeadOfB, Forbidden), (Caller.Admin, Ok));
        }
        // The Reports page is a person's, of their own unit and below.
        Row("GET", $"/reports?unit={TestCatalog.Province}", (Caller.Anonymous, SignIn), (Caller.ReadKey, SignIn), (Caller.KioskCookie, SignIn),
            (Caller.Leader, Ok), (Caller.Admin, Ok), (Caller.HeadOfA, Forbidden), (Caller.HeadOfB, Forbidden));
        Row("GET", $"/reports?unit={TestCatalog.CommuneA}", (Caller.Anonymous, SignIn), (Caller.Leader, Ok), (Caller.HeadOfA, Ok),
            (Caller.HeadOfB, Forbidden));
        Row("GET", "/reports", (Caller.Anonymous, SignIn), (Caller.Leader, Ok), (Caller.HeadOfA, Ok), (Caller.HeadOfB, Ok));
        foreach (var page in new[] { "/admin", "/admin/audit" })
        {
            // The admin pages are an administrator's: other people are refused, anyone else is sent to sign in.
            Row("GET", page, (Caller.Anonymous, SignIn), (Caller.ReadKey, SignIn), (Caller.KioskCookie, SignIn), (Caller.UnitReadKeyOfA, SignIn),
                (Caller.Leader, Forbidden), (Caller.HeadOfA, Forbidden), (Caller.Admin, Ok));
        }
        Row("GET", "/dossiers/NO-SUCH-DOSSIER", (Caller.Anonymous, SignIn), (Caller.ReadKey, SignIn), (Caller.KioskCookie, SignIn),
            (Caller.Leader, HttpStatusCode.NotFound), (Caller.HeadOfA, HttpStatusCode.NotFound));
        Row("POST", "/hubs/kpi/negotiate?negotiateVersion=1", (Caller.Anonymous, Unauthorized), (Caller.IngestKey, Unauthorized),
            (Caller.ReadKey, Ok), (Caller.ServiceKey, Ok), (Caller.KioskCookie, Unauthorized), (Caller.ReadKeyAsBearer, Ok),
            (Caller.WrongKey, Unauthorized), (Caller.Leader, Unauthorized), (Caller.HeadOfA, Unauthorized), (Caller.UnitReadKeyOfA, Ok));
        foreach (var wall in new[] { "/", "/wall", $"/wall?unit={TestCatalog.Province}" })
        {
            Row("GET", wall, (Caller.Anonymous, Forbidden), (Caller.IngestKey, Forbidden), (Caller.ReadKey, Ok),
                (Caller.ServiceKey, Forbidden), (Caller.KioskCookie, Ok), (Caller.ReadKeyAsBearer, Ok), (Caller.WrongKey, Forbidden),
                (Caller.Leader, Ok), (Caller.HeadOfA, Forbidden), (Caller.HeadOfB, Forbidden), (Caller.Admin, Ok), (Caller.UnitReadKeyOfA, Forbidden));
        }
        Row("GET", $"/wall?unit={TestCatalog.CommuneA}", (Caller.Anonymous, Forbidden), (Caller.ReadKey, Ok), (Caller.KioskCookie, Ok),
            (Caller.Leader, Ok), (Caller.HeadOfA, Ok), (Caller.HeadOfB, Forbidden), (Caller.UnitReadKeyOfA, Ok));
        foreach (var caller in Enum.GetValues<Caller>())
        {
            // Open to all: the kiosk link itself (its token is the credential), health, metrics and the API description.
            Row("GET", $"/kiosk/{KioskApp.Token}", (caller, HttpStatusCode.Redirect));
            Row("GET", "/kiosk/not-a-token", (caller, HttpStatusCode.NotFound));
            Row("GET", "/healthz", (caller, Ok));
            Row("GET", "/metrics", (caller, Ok));
            Row("GET", "/openapi/v1.json", (caller, Ok));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Route_Caller_GetsItsAnswer(string method, string path, Caller caller, HttpStatusCode expected)
    {
        using var client = app.Browser();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        await PresentAsync(request, caller);

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Hub_ServiceKeyConnectsButCannotSubscribe_ReadKeySubscribesButCannotPublish()
    {
        await using var service = Hub(KioskApp.ServiceKey);
        await using var reader = Hub(DashboardApp.ReadKey);
        await service.StartAsync();
        await reader.StartAsync();

        var refused = await Assert.ThrowsAsync<HubException>(() => service.InvokeAsync("Subscribe", TestCatalog.Province));
        await reader.InvokeAsync("Subscribe", TestCatalog.Province);
        await Assert.ThrowsAsync<HubException>(() => reader.InvokeAsync("Publish", Array.Empty<object>()));

        Assert.Contains("may not read", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hub_AUnitReadKey_SubscribesToItsUnitButNotToTheProvince()
    {
        await using var reader = Hub(await app.UnitReadKeyAsync(TestCatalog.CommuneA));
        await reader.StartAsync();

        await reader.InvokeAsync("Subscribe", TestCatalog.CommuneA);
        var refused = await Assert.ThrowsAsync<HubException>(() => reader.InvokeAsync("Subscribe", TestCatalog.Province));

        Assert.Contains("may not read", refused.Message, StringComparison.Ordinal);
    }

    private HubConnection Hub(string key) => new HubConnectionBuilder()
        .WithUrl(new Uri(app.Server.BaseAddress, "/hubs/kpi"), options =>
        {
            options.Transports = HttpTransportType.LongPolling;
            options.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
            options.Headers["X-Api-Key"] = key;
        })
        .Build();

    private async Task PresentAsync(HttpRequestMessage request, Caller caller)
    {
        switch (caller)
        {
            case Caller.Leader:
                request.Headers.Add("Cookie", await app.SessionAsync("matrix-leader", AccountRole.Leader, TestCatalog.Province, Password));
                break;
            case Caller.HeadOfA:
                request.Headers.Add("Cookie", await app.SessionAsync("matrix-head-a", AccountRole.Head, TestCatalog.CommuneA, Password));
                break;
            case Caller.HeadOfB:
                request.Headers.Add("Cookie", await app.SessionAsync("matrix-head-b", AccountRole.Head, TestCatalog.CommuneB, Password));
                break;
            case Caller.Admin:
                request.Headers.Add("Cookie", await app.SessionAsync("matrix-admin", AccountRole.Admin, TestCatalog.Province, Password));
                break;
            case Caller.UnitReadKeyOfA:
                request.Headers.Add("X-Api-Key", await app.UnitReadKeyAsync(TestCatalog.CommuneA));
                break;
            case Caller.IngestKey:
                request.Headers.Add("X-Api-Key", "an-ingest-key");
                break;
            case Caller.ReadKey:
                request.Headers.Add("X-Api-Key", DashboardApp.ReadKey);
                break;
            case Caller.ServiceKey:
                request.Headers.Add("X-Api-Key", KioskApp.ServiceKey);
                break;
            case Caller.KioskCookie:
                request.Headers.Add("Cookie", $"{KioskCookie.Name}={KioskApp.Token}");
                break;
            case Caller.ReadKeyAsBearer:
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", DashboardApp.ReadKey);
                break;
            case Caller.WrongKey:
                request.Headers.Add("X-Api-Key", "not-a-key");
                break;
            case Caller.Anonymous:
                break;
        }
    }
}
