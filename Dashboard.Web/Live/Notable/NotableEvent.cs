namespace IOC.Dashboard.Live.Notable;

/// <summary>Something on the wall's ticker: worth a glance from the operations room.</summary>
/// <param name="At">When it happened (for a late resolution, the resolution instant).</param>
public abstract record NotableEvent(DateTimeOffset At)
{
    /// <summary>The units the event is about (their own codes, not their ancestors').</summary>
    public abstract IReadOnlyCollection<string> Units { get; }

    /// <summary>True when the event is about a unit of <paramref name="subtree"/>: a unit's wall shows only those.</summary>
    public bool Concerns(IReadOnlySet<string> subtree) => Units.Any(subtree.Contains);
}

/// <summary>A dossier resolved after its due date (giải quyết trễ hạn).</summary>
/// <param name="UnitCode">The unit the dossier belongs to.</param>
/// <param name="DaysLate">Working days after the due date (moved by supplements) up to the resolution.</param>
public sealed record LateResolution(DateTimeOffset At, string DossierCode, string UnitCode, string UnitName, string ProcedureName, int DaysLate)
    : NotableEvent(At)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string> Units => [UnitCode];
}

/// <summary>A procedure receiving far more dossiers than usual in the last hour (see <see cref="SurgeRule"/>).</summary>
/// <param name="LastHour">Dossiers received in the hour up to <see cref="NotableEvent.At"/>.</param>
/// <param name="Typical">Dossiers received in the same hour of the day, averaged over the previous days.</param>
/// <param name="ReceivingUnits">The units that received the procedure's dossiers in that hour.</param>
public sealed record ProcedureSurge(DateTimeOffset At, string ProcedureCode, string ProcedureName, int LastHour, double Typical,
    IReadOnlyCollection<string> ReceivingUnits) : NotableEvent(At)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string> Units => ReceivingUnits;
}

/// <summary>The ratio a <see cref="ThresholdCrossing"/> is about.</summary>
public enum ThresholdMeasure
{
    /// <summary>Tỷ lệ hồ sơ trực tuyến, judged against its target (at least).</summary>
    OnlineRatio,

    /// <summary>Tỷ lệ trễ hạn, judged against its ceiling (at most).</summary>
    OverdueRate,
}

/// <summary>A unit's figure of today leaving its target band, or coming back into it.</summary>
/// <param name="Ratio">Today's ratio when it crossed.</param>
/// <param name="Target">The target (online ratio) or ceiling (overdue rate) the province had then (<see cref="KpiTargetBoard"/>).</param>
/// <param name="Met">True when the unit came back to meeting the target, false when it left it.</param>
public sealed record ThresholdCrossing(DateTimeOffset At, string UnitCode, string UnitName, ThresholdMeasure Measure, double Ratio,
    double Target, bool Met) : NotableEvent(At)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string> Units => [UnitCode];
}
