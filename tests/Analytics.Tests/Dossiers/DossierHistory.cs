using IOC.Analytics.Dossiers;

namespace IOC.Analytics.Tests.Dossiers;

/// <summary>Builds the event history of one dossier; eventIds default to e1, e2, … in the order written.</summary>
internal sealed class DossierHistory(string code = DossierHistory.Code)
{
    public const string Code = "000.00.06.H56-260302-0001";
    public const string Unit = "000.00.06.H56";
    public const string OtherUnit = "000.00.07.H56";

    private readonly List<DossierEvent> events = [];

    public IReadOnlyList<DossierEvent> Events => events;

    public DossierHistory Received(string at, string? channel = null, string? dueAt = null, bool? digitized = null,
        string procedure = TestCatalog.ThreeWorkingDays, string unit = Unit, string? id = null) =>
        Add(new DossierEvent(NextId(id), code, DossierEventType.Received, When.At(at), unit, procedure, channel,
            dueAt is null ? null : When.At(dueAt), digitized));

    public DossierHistory Requested(string at, string? id = null) => Add(DossierEventType.SupplementRequested, at, id);

    public DossierHistory Supplemented(string at, string? id = null) => Add(DossierEventType.Supplemented, at, id);

    public DossierHistory Resolved(string at, bool? digitized = null, string unit = Unit, string? id = null) =>
        Add(Event(DossierEventType.Resolved, at, id, unit) with { Digitized = digitized });

    public DossierHistory Delivered(string at, string? id = null) => Add(DossierEventType.ResultDelivered, at, id);

    public DossierHistory Withdrawn(string at, string? id = null) => Add(DossierEventType.Withdrawn, at, id);

    public DossierHistory Returned(string at, string? id = null) => Add(DossierEventType.Returned, at, id);

    public DossierHistory Refused(string at, string? id = null) => Add(DossierEventType.Refused, at, id);

    public DossierHistory Paid(string at, bool online, string? id = null) =>
        Add(Event(DossierEventType.Payment, at, id) with { Amount = 50_000m, PaidOnline = online });

    public DossierHistory Rated(string at, string rating, string? id = null) =>
        Add(Event(DossierEventType.Rating, at, id) with { Rating = rating });

    public DossierOutcome Fold() => Fold(events);

    public ReceivedDossier FoldReceived() => Assert.IsType<ReceivedDossier>(Fold());

    public static DossierOutcome Fold(IReadOnlyCollection<DossierEvent> events) =>
        DossierFold.Fold(events, TestCatalog.Find, OfficeHoursCalendar.Instance);

    private DossierHistory Add(string type, string at, string? id) => Add(Event(type, at, id));

    private DossierHistory Add(DossierEvent e)
    {
        events.Add(e);
        return this;
    }

    private DossierEvent Event(string type, string at, string? id, string unit = Unit) =>
        new(NextId(id), code, type, When.At(at), unit, Procedure);

    private string Procedure => events.FirstOrDefault()?.ProcedureCode ?? TestCatalog.ThreeWorkingDays;

    private string NextId(string? id) => id ?? $"e{events.Count + 1}";
}
