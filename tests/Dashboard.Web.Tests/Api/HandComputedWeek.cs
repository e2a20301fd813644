using System.Text.Json;
using IOC.Analytics.Dossiers;
using IOC.Testing;

namespace IOC.Dashboard.Tests.Api;

/// <summary>
/// A week of one small province, 2–8 November 2026, computed by hand (times in province time):
/// D1 received Fri 30/10 09:00 online (khai sinh, due computed Mon 02/11 09:00), resolved Tue 03/11 → carried over, late;
/// D2 received Mon 02/11 direct, due 04/11, resolved 03/11 → early;
/// D3 received Tue 03/11 10:00 postal (chứng thực, 4 working hours → due 16:00), resolved 16:30 → on time (same date);
/// D4 received Wed 04/11 online, due Thu 05/11 09:00, still open → overdue at 00:00 09/11;
/// D5 received Fri 06/11 15:00 online, due Mon 09/11 15:00, open → within;
/// D6 received Thu 05/11 online, withdrawn Fri 06/11;
/// D7 refused at reception Thu 05/11 (never received);
/// D8 received Sun 08/11 online (clock starts Mon 09/11 07:00, due Tue 10/11), open → within;
/// D9 received Tue 10/11, after the period;
/// D10 at the justice department, received Tue 03/11 direct, resolved Wed 04/11 → early.
/// </summary>
public static class HandComputedWeek
{
    /// <summary>The week's period in the API's query form.</summary>
    public const string Period = "from=2026-11-02&to=2026-11-08";

    /// <summary>
    /// Waits until the dashboard holds the whole week (the nine dossiers the province's figures of the week see: D1–D8
    /// and D10), then returns that answer.
    /// </summary>
    public static async Task<JsonElement> FollowedAsync(HttpClient client) =>
        (await Eventually.ValueAsync<JsonElement?>(async () =>
        {
            using var response = await client.GetAsync($"/api/v1/kpi?unit={TestCatalog.Province}&{Period}");
            response.EnsureSuccessStatusCode();
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            return Seen(body) < 9 ? null : body;
        }, TimeSpan.FromSeconds(60), "the dashboard to follow the projected dossiers")) ?? throw new InvalidOperationException();

    private static int Seen(JsonElement kpi) =>
        kpi.GetProperty("carriedOver").GetInt32() + kpi.GetProperty("received").GetProperty("total").GetInt32() + kpi.GetProperty("refused").GetInt32();

    /// <summary>Stores the week in the app's database and returns a client with the read key once the dashboard follows it.</summary>
    public static async Task<HttpClient> ReaderAsync(DashboardApp app)
    {
        var seeder = new ProvinceSeeder(app.Database.DataSource);
        await seeder.AppendAndProjectAsync(await seeder.LoadCatalogAsync(), Events());
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DashboardApp.ReadKey);
        await FollowedAsync(client);
        return client;
    }

    /// <summary>The week's events, D1 to D10.</summary>
    public static IReadOnlyList<DossierEvent> Events()
    {
        const string commune = TestCatalog.CommuneA;
        const string birth = TestCatalog.BirthRegistration;
        return
        [
            Received("D1", "2026-10-30T09:00:00+07:00", Channel.Online),
            Event("D1-r", "D1", DossierEventType.Resolved, "2026-11-03T10:00:00+07:00"),
            Received("D2", "2026-11-02T08:00:00+07:00", Channel.Direct, due: "2026-11-04T17:00:00+07:00"),
            Event("D2-r", "D2", DossierEventType.Resolved, "2026-11-03T09:00:00+07:00"),
            Received("D3", "2026-11-03T10:00:00+07:00", Channel.Postal, procedure: TestCatalog.Certification),
            Event("D3-r", "D3", DossierEventType.Resolved, "2026-11-03T16:30:00+07:00", procedure: TestCatalog.Certification),
            Received("D4", "2026-11-04T09:00:00+07:00", Channel.Online),
            Received("D5", "2026-11-06T15:00:00+07:00", Channel.Online),
            Received("D6", "2026-11-05T09:00:00+07:00", Channel.Online),
            Event("D6-w", "D6", DossierEventType.Withdrawn, "2026-11-06T09:00:00+07:00"),
            Event("D7-x", "D7", DossierEventType.Refused, "2026-11-05T10:00:00+07:00"),
            Received("D8", "2026-11-08T10:00:00+07:00", Channel.Online),
            Received("D9", "2026-11-10T10:00:00+07:00", Channel.Online),
            Received("D10", "2026-11-03T09:00:00+07:00", Channel.Direct, unit: TestCatalog.Justice, procedure: TestCatalog.CriminalRecord),
            Event("D10-r", "D10", DossierEventType.Resolved, "2026-11-04T09:00:00+07:00", unit: TestCatalog.Justice,
                procedure: TestCatalog.CriminalRecord),
        ];

        DossierEvent Received(string code, string at, string channel, string? due = null, string unit = commune, string procedure = birth) =>
            new(code + "-in", code, DossierEventType.Received, DateTimeOffset.Parse(at), unit, procedure, channel,
                due is null ? null : DateTimeOffset.Parse(due));

        DossierEvent Event(string id, string code, string type, string at, string unit = commune, string procedure = birth) =>
            new(id, code, type, DateTimeOffset.Parse(at), unit, procedure);
    }
}
