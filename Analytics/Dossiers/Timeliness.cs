namespace IOC.Analytics.Dossiers;

/// <summary>How a resolution compares with the due date, judged on province-local dates (DOMAIN.md §3).</summary>
public enum Timeliness
{
    /// <summary>Trước hạn: resolved on a date before the due date.</summary>
    Early,

    /// <summary>Đúng hạn: resolved on the due date, or the dossier has no due date.</summary>
    OnTime,

    /// <summary>Quá hạn (trễ hạn): resolved on a date after the due date.</summary>
    Late,
}
