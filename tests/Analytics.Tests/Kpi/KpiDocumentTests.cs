using System.Text.Json;
using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Time;

namespace IOC.Analytics.Tests.Kpi;

public sealed class KpiDocumentTests
{
    private static readonly JsonSerializerOptions Hub = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    [Fact]
    public void ToKpi_DocumentSentAsHubJson_GivesBackEveryFigureItWasMadeFrom()
    {
        var unit = new Unit("000.01.01.H56", "Xã Hòa Bình", "000.00.00.H56", UnitLevel.Commune, null);
        var kpi = new UnitKpi(unit, new Period(new DateOnly(2026, 11, 26), new DateOnly(2026, 11, 26)),
            DateTimeOffset.Parse("2026-11-26T10:15:02+07:00", System.Globalization.CultureInfo.InvariantCulture),
            new KpiFigures
            {
                ReceivedDirect = 1, ReceivedOnline = 2, ReceivedPostal = 3, CarriedOver = 4, ResolvedEarly = 5, ResolvedOnTime = 6,
                ResolvedLate = 7, InProcessWithinDeadline = 8, InProcessOverdue = 9, Withdrawn = 10, Refused = 11, Progress766OnTime = 12,
                ReceivedFeeBearing = 13, ReceivedFeeBearingPaidOnline = 14, ReceivedDigitized = 15, ResolvedDigitized = 16, ResolvedRated = 17,
                ResolvedRatedSatisfied = 18,
            },
            new ServiceCounts(19, 20, 21, 22));

        var json = JsonSerializer.Serialize(KpiDocument.Of(kpi), Hub);
        var back = JsonSerializer.Deserialize<KpiDocument>(json, Hub)!.ToKpi(unit);

        Assert.Equal(kpi, back);
        Assert.Equal(12, JsonDocument.Parse(json).RootElement.GetProperty("details").GetProperty("progress766OnTime").GetInt32());
    }
}
