using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;
using IOC.Analytics.Time;

namespace IOC.Analytics.Dossiers;

/// <summary>Applies the ordered events of a received dossier one by one; one instance per fold.</summary>
internal sealed class ReceivedDossierFold
{
    private readonly IReadOnlyList<DossierEvent> ordered;
    private readonly int receiptIndex;
    private readonly DueAtReceipt dueAtReceipt;
    private readonly IWorkingCalendar calendar;
    private readonly DossierClosing closing;
    private readonly List<string> flags = [];
    private readonly List<SupplementWait> waits = [];
    private DateTimeOffset? due;
    private bool waiting;
    private bool paidOnline;
    private string? latestRating;
    private ClosureKind? closure;
    private Timeliness? timeliness;
    private bool digitizedResult;

    private ReceivedDossierFold(IReadOnlyList<DossierEvent> ordered, int receiptIndex, DueAtReceipt dueAtReceipt,
        IWorkingCalendar calendar)
    {
        this.ordered = ordered;
        this.receiptIndex = receiptIndex;
        this.dueAtReceipt = dueAtReceipt;
        this.calendar = calendar;
        closing = DossierClosing.Find(ordered, receiptIndex);
        due = dueAtReceipt.DueAt;
    }

    private DossierEvent Receipt => ordered[receiptIndex];

    public static ReceivedDossier Fold(IReadOnlyList<DossierEvent> ordered, int receiptIndex,
        Func<string, Procedure?> procedures, IWorkingCalendar calendar)
    {
        var receipt = ordered[receiptIndex];
        var fold = new ReceivedDossierFold(ordered, receiptIndex, DueAtReceipt.Of(receipt, procedures, calendar), calendar);
        return fold.Run();
    }

    private ReceivedDossier Run()
    {
        var channel = Receipt.Channel ?? Channel.Direct;
        if (!Channel.All.Contains(channel))
        {
            Flag(DossierFlag.UnknownChannel, Receipt);
            channel = Channel.Direct;
        }
        if (dueAtReceipt.DueAt is null)
        {
            Flag(DossierFlag.UnknownProcedure, Receipt);
        }
        for (var index = 0; index < ordered.Count; index++)
        {
            Apply(index, ordered[index]);
        }
        var closedAt = closing.Event?.OccurredAt;
        return new ReceivedDossier(Receipt.DossierCode, Receipt.UnitCode, Receipt.ProcedureCode, channel,
            ProvinceTime.ToProvince(Receipt.OccurredAt), dueAtReceipt.DueAt, dueAtReceipt.Computed,
            dueAtReceipt.CalendarVersion, due, InProvince(closedAt), closure,
            closure == ClosureKind.Resolved ? InProvince(closedAt) : null, timeliness, waits,
            Receipt.Digitized == true, digitizedResult, paidOnline, latestRating, flags);
    }

    private void Apply(int index, DossierEvent e)
    {
        if (index != receiptIndex)
        {
            if (e.UnitCode != Receipt.UnitCode)
            {
                Flag(DossierFlag.OtherUnit, e);
            }
            if (e.ProcedureCode != Receipt.ProcedureCode)
            {
                Flag(DossierFlag.OtherProcedure, e);
            }
        }
        switch (e.Type)
        {
            case DossierEventType.Received when index != receiptIndex:
                Flag(DossierFlag.SecondReceipt, e);
                break;
            case DossierEventType.Payment:
                paidOnline |= e.PaidOnline == true;
                break;
            case DossierEventType.Rating:
                latestRating = e.Rating ?? latestRating;
                break;
            case DossierEventType.SupplementRequested or DossierEventType.Supplemented when index < receiptIndex:
                Flag(DossierFlag.BeforeReceipt, e);
                break;
            case DossierEventType.SupplementRequested or DossierEventType.Supplemented when closing.Index < index:
                Flag(DossierFlag.AfterClosure, e);
                break;
            case DossierEventType.SupplementRequested:
                Request(e);
                break;
            case DossierEventType.Supplemented:
                Supplement(e);
                break;
            case DossierEventType.Resolved or DossierEventType.ResultDelivered or DossierEventType.Withdrawn
                or DossierEventType.Returned or DossierEventType.Refused:
                ApplyTerminal(index, e);
                break;
        }
    }

    private void ApplyTerminal(int index, DossierEvent e)
    {
        if (index < receiptIndex)
        {
            Flag(DossierFlag.BeforeReceipt, e);
        }
        else if (index == closing.Index)
        {
            Close(e);
        }
        else if (!closing.Expects(index))
        {
            Flag(DossierFlag.LaterTerminal, e);
        }
    }

    private void Request(DossierEvent request)
    {
        if (waiting)
        {
            Flag(DossierFlag.RequestWhileWaiting, request);
            return;
        }
        var overdue = due is { } inForce && ProvinceTime.DateOf(request.OccurredAt) > ProvinceTime.DateOf(inForce);
        waits.Add(new SupplementWait(ProvinceTime.ToProvince(request.OccurredAt), null, overdue));
        waiting = true;
    }

    private void Supplement(DossierEvent supplement)
    {
        if (!waiting)
        {
            Flag(DossierFlag.SupplementWithoutRequest, supplement);
            return;
        }
        var wait = waits[^1];
        due = Shifted(wait.RequestedAt, supplement.OccurredAt);
        waits[^1] = wait with { SupplementedAt = ProvinceTime.ToProvince(supplement.OccurredAt), ShiftedDueAt = due };
        waiting = false;
    }

    private void Close(DossierEvent e)
    {
        if (waiting)
        {
            // Closed without the supplement: the clock stood still until the closure, so the wait still moves the due.
            due = Shifted(waits[^1].RequestedAt, e.OccurredAt);
        }
        closure = closing.Kind;
        if (closure == ClosureKind.Resolved)
        {
            timeliness = TimelinessRule.Judge(e.OccurredAt, due);
            digitizedResult = e.Type == DossierEventType.Resolved && e.Digitized == true;
            if (closing.SupersededDelivery is not null)
            {
                Flag(DossierFlag.ResolvedAfterDelivery, e);
            }
        }
    }

    private DateTimeOffset? Shifted(DateTimeOffset requestedAt, DateTimeOffset endedAt)
    {
        var waited = calendar.WorkingTimeBetween(requestedAt, endedAt);
        return due is { } inForce && waited > TimeSpan.Zero
            ? ProvinceTime.ToProvince(calendar.AddWorkingTime(inForce, waited))
            : due;
    }

    private void Flag(string code, DossierEvent e) => flags.Add(DossierFlag.For(code, e));

    private static DateTimeOffset? InProvince(DateTimeOffset? instant) =>
        instant is { } value ? ProvinceTime.ToProvince(value) : null;
}
