namespace IOC.Analytics.Kpi.Counts;

/// <summary>
/// Where one dossier stands in a period seen as of T (DOMAIN.md §4-5): what happened to it in [start, T), how it stands
/// at T, and the yes/no facts the counts split on. Every count of <see cref="KpiCount"/> is a rule over these flags,
/// so the reference (<see cref="PeriodFigures"/>) and the fast path (<see cref="KpiCounter"/>) differ only in how they
/// find a dossier's standing.
/// </summary>
[Flags]
public enum DossierStanding : uint
{
    /// <summary>Nothing in the period: counted nowhere.</summary>
    None = 0,

    /// <summary>Received in the period (refusals at reception excluded).</summary>
    Received = 1 << 0,

    /// <summary>Submitted online (the channel; read with <see cref="Received"/>).</summary>
    Online = 1 << 1,

    /// <summary>Submitted by public postal service (the channel; read with <see cref="Received"/>).</summary>
    Postal = 1 << 2,

    /// <summary>Received before the period and not closed before it (kỳ trước chuyển sang).</summary>
    CarriedOver = 1 << 3,

    /// <summary>Closed in the period, however it closed.</summary>
    Closed = 1 << 4,

    /// <summary>Closed in the period by a resolution.</summary>
    Resolved = 1 << 5,

    /// <summary>Its resolution came before the due date (read with <see cref="Resolved"/>).</summary>
    Early = 1 << 6,

    /// <summary>Its resolution came after the due date (read with <see cref="Resolved"/>).</summary>
    Late = 1 << 7,

    /// <summary>Received before T and not closed before T.</summary>
    InProcess = 1 << 8,

    /// <summary>In process and past its due date on date(T).</summary>
    Overdue = 1 << 9,

    /// <summary>Late for the 766 progress ratio at T (two or more supplement requests, a late resolution, or overdue).</summary>
    LateFor766 = 1 << 10,

    /// <summary>Refused at reception in the period; such a dossier stands nowhere else.</summary>
    Refused = 1 << 11,

    /// <summary>Its procedure carries a fee.</summary>
    FeeBearing = 1 << 12,

    /// <summary>At least one online payment.</summary>
    PaidOnline = 1 << 13,

    /// <summary>Components digitised at receipt.</summary>
    DigitizedComponents = 1 << 14,

    /// <summary>Result digitised at resolution.</summary>
    DigitizedResult = 1 << 15,

    /// <summary>Rated by the citizen.</summary>
    Rated = 1 << 16,

    /// <summary>Its latest rating is satisfied or neutral.</summary>
    RatedSatisfiedOrNeutral = 1 << 17,
}
