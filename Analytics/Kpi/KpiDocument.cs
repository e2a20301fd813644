using System.Globalization;
using IOC.Analytics.Catalog;
using IOC.Analytics.Time;

namespace IOC.Analytics.Kpi;

/// <summary>
/// The KPI object of CONTRACT.md §2 (also the payload of the hub's <c>kpi</c> messages); field names are fixed. Beyond
/// the contract's fields it carries the counts behind its other ratios (<see cref="Details"/>), so the figures it was
/// made from can be rebuilt exactly (<see cref="ToKpi"/>).
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
    KpiDocument.DetailsPart Details,
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

    /// <summary>The counts behind the 766 progress, online payment, digitisation and satisfaction ratios.</summary>
    public sealed record DetailsPart(
        int Progress766OnTime,
        int ReceivedFeeBearing,
        int ReceivedFeeBearingPaidOnline,
        int ReceivedDigitized,
        int ResolvedDigitized,
        int ResolvedRated,
        int ResolvedRatedSatisfied);

    /// <summary>The figures this document was made from, for the unit it names.</summary>
    public UnitKpi ToKpi(Unit unit) => new(
        unit,
        new Period(DateOnly.ParseExact(From, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.ParseExact(To, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
        AsOf,
        new KpiFigures
        {
            ReceivedDirect = Received.Direct,
            ReceivedOnline = Received.Online,
            ReceivedPostal = Received.Postal,
            CarriedOver = CarriedOver,
            ResolvedEarly = Resolved.Early,
            ResolvedOnTime = Resolved.OnTime,
            ResolvedLate = Resolved.Late,
            InProcessWithinDeadline = InProcess.WithinDeadline,
            InProcessOverdue = InProcess.Overdue,
            Withdrawn = Withdrawn,
            Refused = Refused,
            Progress766OnTime = Details.Progress766OnTime,
            ReceivedFeeBearing = Details.ReceivedFeeBearing,
            ReceivedFeeBearingPaidOnline = Details.ReceivedFeeBearingPaidOnline,
            ReceivedDigitized = Details.ReceivedDigitized,
            ResolvedDigitized = Details.ResolvedDigitized,
            ResolvedRated = Details.ResolvedRated,
            ResolvedRatedSatisfied = Details.ResolvedRatedSatisfied,
        },
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
            new DetailsPart(f.Progress766OnTime, f.ReceivedFeeBearing, f.ReceivedFeeBearingPaidOnline, f.ReceivedDigitized, f.ResolvedDigitized,
                f.ResolvedRated, f.ResolvedRatedSatisfied),
            kpi.AsOf);
    }
}
