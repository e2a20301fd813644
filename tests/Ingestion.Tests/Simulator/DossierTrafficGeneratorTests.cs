using System.Text.Json;
using System.Text.RegularExpressions;
using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Storage;
using IOC.Analytics.Time;
using IOC.Ingestion.Simulator;
using IOC.Ingestion.Validation;
using IOC.Testing;

namespace IOC.Ingestion.Tests.Simulator;

public sealed partial class DossierTrafficGeneratorTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);

    [Fact]
    public void Day_SameSeed_SameEventsAndIds()
    {
        var first = Generator(seed: 7).Day(Monday).SelectMany(d => d.Events).Select(EventJson.Serialize);
        var second = Generator(seed: 7).Day(Monday).SelectMany(d => d.Events).Select(EventJson.Serialize);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Day_OtherSeed_OtherTraffic()
    {
        var first = Generator(seed: 7).Day(Monday).SelectMany(d => d.Events).Select(EventJson.Serialize);
        var second = Generator(seed: 8).Day(Monday).SelectMany(d => d.Events).Select(EventJson.Serialize);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void History_RerunLaterOverAnOverlappingRange_RepeatsEveryEventItAlreadyGave()
    {
        var earlier = Generator().History(Monday, Now(Monday.AddDays(10), 10)).SelectMany(d => d).ToList();
        var later = Generator().History(Monday.AddDays(3), Now(Monday.AddDays(20), 16)).SelectMany(d => d).ToDictionary(e => e.EventId);

        var shared = earlier.Where(e => ArrivalDate(e) >= Monday.AddDays(3)).ToList();
        Assert.NotEmpty(shared);
        Assert.All(shared, e => Assert.Equal(EventJson.Serialize(e), EventJson.Serialize(later[e.EventId])));
    }

    [Fact]
    public void History_EveryEvent_IsValidPerTheContract()
    {
        var now = Now(Monday.AddDays(28), 12);
        var events = Generator().History(Monday, now).SelectMany(d => d).ToList();

        Assert.True(events.Count > 10_000, $"{events.Count} events");
        Assert.All(events, e =>
        {
            var element = JsonDocument.Parse(EventJson.Serialize(e)).RootElement;
            var valid = DossierEventValidator.Validate(element, TestCatalogModel.Snapshot, now, out var errors);
            Assert.True(valid is not null, string.Join("; ", errors));
        });
        Assert.Equal(events.Count, events.Select(e => e.EventId).Distinct().Count());
        Assert.All(events, e => Assert.Matches(DossierCode(), e.DossierCode));
        Assert.All(events, e => Assert.StartsWith(e.UnitCode + "-", e.DossierCode, StringComparison.Ordinal));
    }

    [Fact]
    public void History_ClockMidAfternoon_NothingAfterNowAndLateLifecyclesStayOpen()
    {
        var now = Now(Monday.AddDays(9), 15);
        var events = Generator().History(Monday, now).SelectMany(d => d).ToList();

        Assert.All(events, e => Assert.True(e.OccurredAt <= now, $"{e.EventId} at {e.OccurredAt:O}"));
        var closed = events.Where(e => e.Type is DossierEventType.Resolved or DossierEventType.Withdrawn or DossierEventType.Returned or DossierEventType.Refused)
            .Select(e => e.DossierCode).ToHashSet();
        var open = events.Where(e => e.Type == DossierEventType.Received && !closed.Contains(e.DossierCode)).ToList();
        Assert.NotEmpty(open);
        Assert.Contains(open, e => ProvinceTime.DateOf(e.OccurredAt) == Monday.AddDays(9));
    }

    [Fact]
    public void Days_FiveThousandDossiers_SharesWithinTheFieldFigures()
    {
        var shares = TrafficShares.Of(Dossiers(Generator(), days: 28));

        Assert.InRange(shares.Dossiers, 4_500, 6_500);
        Assert.InRange(shares.Online, 0.40, 0.50);
        Assert.InRange(shares.Postal, 0.01, 0.05);
        Assert.True(shares.Direct > 0.45, $"direct {shares.Direct:P1}");
        Assert.InRange(shares.OfficeHours, 0.80, 0.95);
        Assert.InRange(shares.DaysOff, 0.002, 0.03);
        Assert.InRange(shares.Late, 0.05, 0.10);
        Assert.InRange(shares.Supplemented, 0.03, 0.07);
        Assert.InRange(shares.Withdrawn, 0.007, 0.025);
        Assert.InRange(shares.Returned, 0.004, 0.02);
        Assert.InRange(shares.RefusedAtReception, 0.004, 0.02);
        Assert.InRange(shares.Rated, 0.25, 0.35);
        Assert.True(shares.DigitizedOnReceipt > 0.8, $"digitized {shares.DigitizedOnReceipt:P1}");
        Assert.True(shares.PaidOnlineWhenOnline > 0.75 && shares.PaidOnlineOtherwise < 0.2, $"{shares.PaidOnlineWhenOnline:P1} / {shares.PaidOnlineOtherwise:P1}");
    }

    [Fact]
    public void Days_ProcedureLevels_GoToTheirUnits()
    {
        var dossiers = Dossiers(Generator(), days: 7);

        var communes = new[] { TestCatalog.CommuneA, TestCatalog.CommuneB };
        Assert.All(dossiers, d => Assert.Equal(
            TestCatalogModel.Snapshot.Procedure(d.ProcedureCode)!.Level == UnitLevel.Commune,
            communes.Contains(d.UnitCode)));
        Assert.All(dossiers.Where(d => d.ProcedureCode == TestCatalog.BuildingPermit), d => Assert.Equal(TestCatalog.Construction, d.UnitCode));
        Assert.All(dossiers.Where(d => d.ProcedureCode == TestCatalog.CriminalRecord), d => Assert.Equal(TestCatalog.Justice, d.UnitCode));
    }

    [Fact]
    public void Days_Payments_OnlyForFeeBearingProceduresAndNeverForRefusals()
    {
        var dossiers = Dossiers(Generator(), days: 7);

        var paid = dossiers.Where(d => d.Events.Any(e => e.Type == DossierEventType.Payment)).ToList();
        Assert.All(paid, d => Assert.True(TestCatalogModel.Snapshot.Procedure(d.ProcedureCode)!.HasFee));
        Assert.All(paid, d => Assert.Contains(d.Events, e => e.Type == DossierEventType.Received));
        Assert.All(paid.SelectMany(d => d.Events).Where(e => e.Type == DossierEventType.Payment), e => Assert.True(e.Amount > 0));
    }

    [Fact]
    public void Days_RefusedAtReception_IsARefusalWithoutReceipt()
    {
        var refused = Dossiers(Generator(), days: 28).Where(d => d.Events.Any(e => e.Type == DossierEventType.Refused)).ToList();

        Assert.NotEmpty(refused);
        Assert.All(refused, d => Assert.Equal([DossierEventType.Refused], d.Events.Select(e => e.Type)));
    }

    [Fact]
    public void Day_Compressed_StepsComeSoonerAndReceiptsCarryTheirDueTime()
    {
        var normal = Generator().Day(Monday);
        var compressed = Generator(volume: new TrafficVolume(250, Compression: 60)).Day(Monday);

        Assert.All(compressed.SelectMany(d => d.Events).Where(e => e.Type == DossierEventType.Received), e => Assert.NotNull(e.DueAt));
        Assert.All(normal.SelectMany(d => d.Events).Where(e => e.Type == DossierEventType.Received), e => Assert.Null(e.DueAt));
        Assert.True(Span(compressed) < Span(normal) / 30, $"{Span(compressed)} vs {Span(normal)}");
    }

    internal static DossierTrafficGenerator Generator(int seed = 42, TrafficVolume? volume = null) =>
        new(seed, TestCatalogModel.Units, TestCatalogModel.Procedures, volume ?? new TrafficVolume(250));

    internal static List<SimulatedDossier> Dossiers(DossierTrafficGenerator generator, int days) =>
        Enumerable.Range(0, days).SelectMany(day => generator.Day(Monday.AddDays(day))).ToList();

    private static DateTimeOffset Now(DateOnly date, int hour) => ProvinceTime.At(date, new TimeOnly(hour, 17));

    private static DateOnly ArrivalDate(DossierEvent e) =>
        DateOnly.ParseExact(e.DossierCode.Split('-')[^2], "yyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    private static TimeSpan Span(IEnumerable<SimulatedDossier> dossiers) =>
        TimeSpan.FromTicks((long)dossiers.Average(d => (d.Events[^1].OccurredAt - d.ArrivedAt).Ticks));

    [GeneratedRegex(@"^[0-9.]+T01-\d{6}-\d{4}$")]
    private static partial Regex DossierCode();
}
