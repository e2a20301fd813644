using System.Globalization;
using IOC.Analytics.Storage;
using IOC.Dashboard.Tests.Wall;

namespace IOC.Dashboard.Tests.Notable;

/// <summary>Hand-made dossier rows, as the dossier projection stores them, for the notable-event rules.</summary>
internal static class NotableRows
{
    public const string Procedure = "1.000001";
    public const string OtherProcedure = "2.000815";

    public static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    public static DossierRow Received(string code, DateTimeOffset receivedAt, string procedure = Procedure, string unit = WallFixture.CommuneOne) =>
        new(code, DossierRow.Received, unit, procedure, "online", receivedAt, receivedAt.AddDays(3), true, 1, receivedAt.AddDays(3),
            null, null, null, 0, null, [], false, false, false, null, [], []);

    public static DossierRow Resolved(string code, string dueAt, string resolvedAt, string timeliness, string? effectiveDueAt = null,
        string? rating = null) =>
        new(code, DossierRow.Received, WallFixture.CommuneOne, Procedure, "direct", At(dueAt).AddDays(-3), At(dueAt), true, 1,
            At(effectiveDueAt ?? dueAt), At(resolvedAt), "Resolved", timeliness, effectiveDueAt is null ? 0 : 1, null, [], false, false,
            false, rating, [], []);
}
