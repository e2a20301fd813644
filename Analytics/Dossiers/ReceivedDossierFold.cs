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
    private readonly SupplementClock clock;
    private readonly DossierClosing closing;
    private readonly List<string> flags = [];
    private bool paidOnline;
    private string? latestRating;
    private Timeliness? timeliness;
    private bool digitizedResult;

    private ReceivedDossierFold(IReadOnlyList<DossierEvent> ordered, int receiptIndex, DueAtReceipt dueAtReceipt,
        IWorkingCalendar calendar)
    {
        this.ordered = ordered;
        this.receiptIndex = receiptIndex;
        this.dueAtReceipt = dueAtReceipt;
        clock = new SupplementClock(dueAtReceipt.DueAt, calendar);
        closing = DossierClosing.Find(ordered, receiptIndex);
    }

    private DossierEvent Receipt => ordered[receiptIndex];

    public static ReceivedDossier Fold(IReadOnlyList<DossierEvent> ordered, int receiptIndex,
        Func<string, Procedure?> procedures, IWorkingCalendar calendar)
    {
        var dueAtReceipt = DueAtReceipt.Of(ordered[receiptIndex], procedures, calendar);
        return new ReceivedDossierFold(ordered, receiptIndex, dueAtReceipt, calendar).Run();
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
        DateTimeOffset? closedAt = closing.Event is { } closure ? ProvinceTime.ToProvince(closure.OccurredAt) : null;
        return new ReceivedDossier(Receipt.DossierCode, Receipt.UnitCode, Receipt.ProcedureCode, channel,
            ProvinceTime.ToProvince(Receipt.OccurredAt), dueAtReceipt.DueAt, dueAtReceipt.Computed,
            dueAtReceipt.CalendarVersion, clock.Due, closedAt, closing.Kind,
            closing.Kind == ClosureKind.Resolved ? closedAt : null, timeliness, clock.Waits,
            Receipt.Digitized == true, digitizedResult, paidOnline, latestRating, flags);
    }

    private void Apply(int index, DossierEvent e)
    {
        if (index != receiptIndex)
        {
            FlagOwnership(e);
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
            case DossierEventType.SupplementRequested or DossierEventType.Supplemented:
                ApplySupplement(index, e);
                break;
            case DossierEventType.Resolved or DossierEventType.ResultDelivered or DossierEventType.Withdrawn
                or DossierEventType.Returned or DossierEventType.Refused:
                ApplyTerminal(index, e);
                break;
        }
    }

    private void FlagOwnership(DossierEvent e)
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

    private void ApplySupplement(int index, DossierEvent e)
    {
        if (index < receiptIndex)
        {
            Flag(DossierFlag.BeforeReceipt, e);
        }
        else if (closing.Index < index)
        {
            Flag(DossierFlag.AfterClosure, e);
        }
        else if (e.Type == DossierEventType.SupplementRequested && !clock.Request(e.OccurredAt))
        {
            Flag(DossierFlag.RequestWhileWaiting, e);
        }
        else if (e.Type == DossierEventType.Supplemented && !clock.Supplement(e.OccurredAt))
        {
            Flag(DossierFlag.SupplementWithoutRequest, e);
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

    private void Close(DossierEvent e)
    {
        var due = clock.DueAtClosure(e.OccurredAt);
        if (closing.Kind != ClosureKind.Resolved)
        {
            return;
        }
        timeliness = TimelinessRule.Judge(e.OccurredAt, due);
        digitizedResult = e.Type == DossierEventType.Resolved && e.Digitized == true;
        if (closing.SupersededDelivery is not null)
        {
            Flag(DossierFlag.ResolvedAfterDelivery, e);
        }
    }

    private void Flag(string code, DossierEvent e) => flags.Add(DossierFlag.For(code, e));
}
