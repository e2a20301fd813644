namespace IOC.Ingestion.Simulator;

/// <summary>The shares the generator draws against, calibrated on the field figures of DOMAIN.md §8, kept in one place.</summary>
internal static class TrafficFigures
{
    /// <summary>
    /// Dossiers the province receives on an ordinary working day: about half a million a year, inside the 0.2–2 million
    /// of a province of 2–3 million people. The live simulator and a backfill both draw this by default.
    /// </summary>
    public const int DossiersPerWorkingDay = 2_000;

    // Nha Trang: 46.43% online in H1 2020, communes 49.94%; Bạc Liêu aims at ≥ 40%.
    public const double OnlineShare = 0.45;

    // Bưu chính công ích is a small channel everywhere.
    public const double PostalShare = 0.03;

    // Nha Trang's late rate fell from 12.07% (2011) to 5.84% (2019).
    public const double LateShare = 0.07;

    public const double SupplementShare = 0.05;

    public const double WithdrawnShare = 0.015;

    public const double ReturnedShare = 0.01;

    public const double RefusedAtReceptionShare = 0.01;

    public const double RatedShare = 0.3;

    public const double DeliveredShare = 0.85;

    public const double DigitizedOnReceipt = 0.85;

    public const double DigitizedOnline = 0.98;

    public const double DigitizedResult = 0.85;

    // Desks are closed at weekends: a Saturday or Sunday only sees online submissions.
    public const double SaturdayShare = 0.04;

    public const double SundayShare = 0.02;

    // Online submissions also come over lunch, in the evening and at night, when the desk is closed.
    public const double OnlineOutOfHoursShare = 0.2;

    // Queues at the desk are longer in the morning.
    public const double MorningShare = 0.6;
}
