using IOC.Analytics.Catalog;
using IOC.Analytics.Time;

namespace IOC.Dashboard.Figures;

/// <summary>
/// One question to the facts index: what of which unit, for which period, against which catalogue (by reference: a
/// reload that changed nothing keeps its snapshot), evaluated at which instant in UTC ticks (null: at now, for a period
/// that includes it).
/// </summary>
internal readonly record struct FiguresKey(CatalogSnapshot Catalog, FiguresKind Kind, Unit Unit, Period Period, long? EvaluatedAt);
