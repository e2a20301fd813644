namespace IOC.Analytics.Dossiers;

/// <summary>How a received dossier closed (DOMAIN.md §3).</summary>
public enum ClosureKind
{
    /// <summary>Đã giải quyết: closed by <c>resolved</c> or <c>result_delivered</c>; judged for timeliness.</summary>
    Resolved,

    /// <summary>Rút hồ sơ: withdrawn by the citizen; outside timeliness.</summary>
    Withdrawn,

    /// <summary>Trả lại hồ sơ: stopped or handed back without a result; outside timeliness.</summary>
    Returned,

    /// <summary>Refused after it had been received; outside timeliness, counted with the withdrawn.</summary>
    RefusedAfterReceipt,
}
