using System.Text.Json;
using S = IOC.Analytics.Kpi.Counts.DossierStanding;

namespace IOC.Analytics.Kpi.Counts;

/// <summary>
/// One count of the period figures (Biểu 06/VPCP/KSTT, the 766 progress ratio and the e-government ratios; DOMAIN.md
/// §4-5), defined once in the table below: its rule over a dossier's <see cref="DossierStanding"/>, whether the KPI
/// object of CONTRACT.md §2 carries it among its own fields or in <c>details</c>, and its field in the daily flows
/// (<c>kpi_flow</c>) when it is a flow. Counting (<see cref="KpiCounter"/>, <see cref="PeriodFigures"/>), adding
/// (<see cref="KpiFigures"/>), the KPI object's <c>details</c> (<see cref="KpiDocument"/>) and the flow points all
/// read this table, so a new count is one line here.
/// </summary>
public sealed class KpiCount
{
    private static readonly List<KpiCount> Table = [];

    /// <summary>Tiếp nhận trực tiếp: received in the period at the desk (or with no channel).</summary>
    public static readonly KpiCount ReceivedDirect = Define(nameof(ReceivedDirect), new(S.Received, None: S.Online | S.Postal), inContract: true);

    /// <summary>Tiếp nhận trực tuyến: received in the period online.</summary>
    public static readonly KpiCount ReceivedOnline = Define(nameof(ReceivedOnline), new(S.Received | S.Online), inContract: true,
        flow: "received_online");

    /// <summary>Tiếp nhận qua bưu chính công ích: received in the period by public postal service.</summary>
    public static readonly KpiCount ReceivedPostal = Define(nameof(ReceivedPostal), new(S.Received | S.Postal), inContract: true);

    /// <summary>Kỳ trước chuyển sang: received before the period and not closed before it.</summary>
    public static readonly KpiCount CarriedOver = Define(nameof(CarriedOver), new(S.CarriedOver), inContract: true);

    /// <summary>Resolved in the period on a date before the due date.</summary>
    public static readonly KpiCount ResolvedEarly = Define(nameof(ResolvedEarly), new(S.Resolved | S.Early), inContract: true, flow: "resolved_early");

    /// <summary>Resolved in the period on the due date (or without one).</summary>
    public static readonly KpiCount ResolvedOnTime = Define(nameof(ResolvedOnTime), new(S.Resolved, None: S.Early | S.Late), inContract: true,
        flow: "resolved_on_time");

    /// <summary>Resolved in the period on a date after the due date.</summary>
    public static readonly KpiCount ResolvedLate = Define(nameof(ResolvedLate), new(S.Resolved | S.Late), inContract: true, flow: "resolved_late");

    /// <summary>Đang giải quyết trong hạn at the evaluation instant.</summary>
    public static readonly KpiCount InProcessWithinDeadline = Define(nameof(InProcessWithinDeadline), new(S.InProcess, None: S.Overdue),
        inContract: true);

    /// <summary>Đang giải quyết quá hạn at the evaluation instant.</summary>
    public static readonly KpiCount InProcessOverdue = Define(nameof(InProcessOverdue), new(S.InProcess | S.Overdue), inContract: true);

    /// <summary>Closed in the period by withdrawal, return or refusal after receipt.</summary>
    public static readonly KpiCount Withdrawn = Define(nameof(Withdrawn), new(S.Closed, None: S.Resolved), inContract: true, flow: "withdrawn");

    /// <summary>Từ chối tiếp nhận in the period; reported apart, outside the identity.</summary>
    public static readonly KpiCount Refused = Define(nameof(Refused), new(S.Refused), inContract: true, flow: "refused");

    /// <summary>Resolved, or in process, and not late for the 766 progress ratio.</summary>
    public static readonly KpiCount Progress766OnTime = Define(nameof(Progress766OnTime),
        new(S.None, None: S.LateFor766, Any: S.Resolved | S.InProcess));

    /// <summary>Received in the period for a procedure that carries a fee.</summary>
    public static readonly KpiCount ReceivedFeeBearing = Define(nameof(ReceivedFeeBearing), new(S.Received | S.FeeBearing),
        flow: "received_fee_bearing");

    /// <summary>Of <see cref="ReceivedFeeBearing"/>, those with at least one online payment.</summary>
    public static readonly KpiCount ReceivedFeeBearingPaidOnline = Define(nameof(ReceivedFeeBearingPaidOnline),
        new(S.Received | S.FeeBearing | S.PaidOnline), flow: "received_fee_bearing_paid_online");

    /// <summary>Received in the period with digitised components.</summary>
    public static readonly KpiCount ReceivedDigitized = Define(nameof(ReceivedDigitized), new(S.Received | S.DigitizedComponents),
        flow: "received_digitized");

    /// <summary>Resolved in the period with a digitised result.</summary>
    public static readonly KpiCount ResolvedDigitized = Define(nameof(ResolvedDigitized), new(S.Resolved | S.DigitizedResult),
        flow: "resolved_digitized");

    /// <summary>Resolved in the period and rated by the citizen.</summary>
    public static readonly KpiCount ResolvedRated = Define(nameof(ResolvedRated), new(S.Resolved | S.Rated), flow: "resolved_rated");

    /// <summary>Of <see cref="ResolvedRated"/>, those rated satisfied or neutral and not resolved late.</summary>
    public static readonly KpiCount ResolvedRatedSatisfied = Define(nameof(ResolvedRatedSatisfied),
        new(S.Resolved | S.Rated | S.RatedSatisfiedOrNeutral, None: S.Late), flow: "resolved_rated_satisfied");

    private KpiCount(int index, string name, CountRule rule, bool inContract, string? flow)
    {
        Index = index;
        Name = name;
        Rule = rule;
        InContract = inContract;
        Flow = flow;
    }

    /// <summary>Every count, in the table's order.</summary>
    public static IReadOnlyList<KpiCount> All => Table;

    /// <summary>The counts the KPI object carries in <c>details</c>, beyond the fields CONTRACT.md §2 fixes.</summary>
    public static IReadOnlyList<KpiCount> Details { get; } = Table.Where(c => !c.InContract).ToList();

    /// <summary>The counts written as fields of the daily flows (<c>kpi_flow</c>).</summary>
    public static IReadOnlyList<KpiCount> Flows { get; } = Table.Where(c => c.Flow is not null).ToList();

    /// <summary>Every count's rule, by <see cref="Index"/>, for counting loops.</summary>
    public static IReadOnlyList<CountRule> Rules { get; } = Table.Select(c => c.Rule).ToArray();

    /// <summary>The count's place in <see cref="All"/>.</summary>
    public int Index { get; }

    /// <summary>The count's name in JSON (camelCase), e.g. <c>receivedDigitized</c>.</summary>
    public string Name { get; }

    /// <summary>When a dossier adds one to the count.</summary>
    public CountRule Rule { get; }

    /// <summary>True when CONTRACT.md §2 gives the count a field of its own; otherwise it travels in <c>details</c>.</summary>
    public bool InContract { get; }

    /// <summary>The count's field in <c>kpi_flow</c> (docs/influxdb.md), or null when it is not a daily flow.</summary>
    public string? Flow { get; }

    /// <inheritdoc />
    public override string ToString() => Name;

    private static KpiCount Define(string name, CountRule rule, bool inContract = false, string? flow = null)
    {
        var count = new KpiCount(Table.Count, JsonNamingPolicy.CamelCase.ConvertName(name), rule, inContract, flow);
        Table.Add(count);
        return count;
    }
}
