using IOC.Analytics.Catalog;

namespace IOC.Ingestion.Simulator;

/// <summary>A dossier as it reaches the desk or the portal: its code, instant, procedure, unit and channel.</summary>
internal sealed record Arrival(string DossierCode, DateTimeOffset At, ServedProcedure Served, Unit Unit, string Channel);
