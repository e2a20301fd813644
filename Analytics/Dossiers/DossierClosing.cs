namespace IOC.Analytics.Dossiers;

/// <summary>
/// The event that closes a received dossier (DOMAIN.md §3): its first <c>resolved</c>, <c>result_delivered</c>,
/// <c>withdrawn</c>, <c>returned</c> or <c>refused</c> after the receipt. The resolution instant is <c>resolved</c>
/// when there is one, even when it comes after the <c>result_delivered</c> that would otherwise close the dossier;
/// the dossier then closes at the <c>resolved</c>, so that closing and resolving fall in the same period.
/// </summary>
internal sealed record DossierClosing(IReadOnlyList<DossierEvent> Ordered, int? Index, int? SupersededDelivery)
{
    public DossierEvent? Event => Index is { } index ? Ordered[index] : null;

    public ClosureKind? Kind => Event?.Type switch
    {
        DossierEventType.Resolved or DossierEventType.ResultDelivered => ClosureKind.Resolved,
        DossierEventType.Withdrawn => ClosureKind.Withdrawn,
        DossierEventType.Returned => ClosureKind.Returned,
        DossierEventType.Refused => ClosureKind.RefusedAfterReceipt,
        _ => null,
    };

    public static DossierClosing Find(IReadOnlyList<DossierEvent> ordered, int receiptIndex)
    {
        var first = IndexOf(ordered, receiptIndex + 1, IsTerminal);
        if (first is { } delivery && ordered[delivery].Type == DossierEventType.ResultDelivered
            && IndexOf(ordered, delivery + 1, type => type == DossierEventType.Resolved) is { } resolution)
        {
            return new DossierClosing(ordered, resolution, delivery);
        }
        return new DossierClosing(ordered, first, null);
    }

    /// <summary>
    /// True for the terminal events other than the closing one that are part of a normal lifecycle and so not
    /// flagged: the delivery of a resolved result, and a delivery that a later <c>resolved</c> superseded.
    /// </summary>
    public bool Expects(int index) =>
        index == SupersededDelivery
        || (Event?.Type == DossierEventType.Resolved && index > Index
            && Ordered[index].Type == DossierEventType.ResultDelivered);

    private static bool IsTerminal(string type) => type is DossierEventType.Resolved or DossierEventType.ResultDelivered
        or DossierEventType.Withdrawn or DossierEventType.Returned or DossierEventType.Refused;

    private static int? IndexOf(IReadOnlyList<DossierEvent> ordered, int from, Func<string, bool> matches)
    {
        for (var index = from; index < ordered.Count; index++)
        {
            if (matches(ordered[index].Type))
            {
                return index;
            }
        }
        return null;
    }
}
