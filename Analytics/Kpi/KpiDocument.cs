using System.Globalization;
using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi.Counts;
using IOC.Analytics.Time;

namespace IOC.Analytics.Kpi;

/// <summary>
/// The KPI object of CONTRACT.md §2 (also the payload of the hub's <c>kpi</c> messages); field names are fixed. Beyond
/// the contract's fields it carries every other count of <see cref="KpiCount"/> by name in <see cref="Details"/> (the
/// counts behind its other ratios), so the figures it was made from can be rebuilt exactly (<see cref="ToKpi"/>).
/// </summary>
public sealed record KpiDocument(
    string Unit,
    string UnitName,
    string From,
    string To,
    KpiDocument.ReceivedPart Received,
    int CarriedOver,
    KpiDocument.ResolvedPart Resolved,
    KpiDocument.InProcessPart InProcess,
    int Withdrawn,
    int Refused,
    double? OnlineRatio,
    double? OverdueRate,
    double? OnTimeRate,
    double? Progress766,
    double? InProcessOverdueRatio,
    double? OnlinePaymentRatio,
    double? DigitizedComponentsRatio,
    double? DigitizedResultsRatio,
    double? SatisfactionRatio,
    KpiDocument.ServicesPart Services,
    IReadOnlyDictionary<string, int> Details,
    DateTimeOffset AsOf)
{
    /// <summary>Tiếp nhận trong kỳ by channel.</summary>
    public sealed record ReceivedPart(int Total, int Online, int Direct, int Postal);

    /// <summary>Đã giải quyết by timeliness.</summary>
    public sealed record ResolvedPart(int Total, int Early, int OnTime, int Late);

    /// <summary>Đang giải quyết by standing.</summary>
    public sealed record InProcessPart(int Total, int WithinDeadline, int Overdue);

    /// <summary>Service counts, and the share of online services with ≥ 1 online dossier ("DVCTT có phát sinh hồ sơ").</summary>
    public sealed record ServicesPart(int Procedures, int OnlineFull, int OnlinePartial, int WithOnlineDossiers, double? WithOnlineDossiersRatio);

    /// <summary>
    /// The <c>details</c> of a document without them: every count of <see cref="KpiCount.Details"/> then reads 0.
    /// </summary>
    public static IReadOnlyDictionary<string, int> NoDetails { get; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The figures this document was made from, for the unit it names.</summary>
    public UnitKpi ToKpi(Unit unit) => new(
        unit,
        new Period(DateOnly.ParseExact(From, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.ParseExact(To, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
        AsOf,
        Figures(),
        new ServiceCounts(Services.Procedures, Services.OnlineFull, Services.OnlinePartial, Services.WithOnlineDossiers));

    /// <summary>The document of a computed unit KPI.</summary>
    public static KpiDocument Of(UnitKpi kpi)
    {
        var f = kpi.Figures;
        return new KpiDocument(
            kpi.Unit.Code,
            kpi.Unit.Name,
            kpi.Period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            kpi.Period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            new ReceivedPart(f.ReceivedTotal, f.ReceivedOnline, f.ReceivedDirect, f.ReceivedPostal),
            f.CarriedOver,
            new ResolvedPart(f.ResolvedTotal, f.ResolvedEarly, f.ResolvedOnTime, f.ResolvedLate),
            new InProcessPart(f.InProcessTotal, f.InProcessWithinDeadline, f.InProcessOverdue),
            f.Withdrawn,
            f.Refused,
            f.OnlineRatio,
            f.OverdueRate,
            f.OnTimeRate,
            f.Progress766,
            f.InProcessOverdueRatio,
            f.OnlinePaymentRatio,
            f.DigitizedComponentsRatio,
            f.DigitizedResultsRatio,
            f.SatisfactionRatio,
            new ServicesPart(kpi.Services.Procedures, kpi.Services.OnlineFull, kpi.Services.OnlinePartial, kpi.Services.WithOnlineDossiers,
                kpi.Services.WithOnlineDossiersRatio),
            KpiCount.Details.ToDictionary(count => count.Name, count => f[count], StringComparer.Ordinal),
            kpi.AsOf);
    }

    // The contract's own fields, then every other count from details (0 when a document lacks it).
    private KpiFigures Figures()
    {
        var counts = new int[KpiCount.All.Count];
        counts[KpiCount.ReceivedDirect.Index] = Received.Direct;
        counts[KpiCount.ReceivedOnline.Index] = Received.Online;
        counts[KpiCount.ReceivedPostal.Index] = Received.Postal;
        counts[KpiCount.CarriedOver.Index] = CarriedOver;
        counts[KpiCount.ResolvedEarly.Index] = Resolved.Early;
        counts[KpiCount.ResolvedOnTime.Index] = Resolved.OnTime;
        counts[KpiCount.ResolvedLate.Index] = Resolved.Late;
        counts[KpiCount.InProcessWithinDeadline.Index] = InProcess.WithinDeadline;
        counts[KpiCount.InProcessOverdue.Index] = InProcess.Overdue;
        counts[KpiCount.Withdrawn.Index] = Withdrawn;
        counts[KpiCount.Refused.Index] = Refused;
        foreach (var count in KpiCount.Details)
        {
            counts[count.Index] = Details.GetValueOrDefault(count.Name);
        }
        return new KpiFigures(counts);
    }
}
