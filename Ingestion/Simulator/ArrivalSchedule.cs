using System.Globalization;
using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Time;

namespace IOC.Ingestion.Simulator;

/// <summary>
/// The dossiers that arrive on one day: most in office hours on working days, a few online ones in the evening, over
/// lunch and on days off, numbered per unit in arrival order (<c>{unitCode}-{yyMMdd}-{NNNN}</c>).
/// </summary>
internal sealed class ArrivalSchedule(ProcedureMix mix, IWorkingCalendar calendar, TrafficVolume volume)
{
    // The portal never closes, but citizens mostly submit over lunch and in the evening; nights are quiet.
    private static readonly (TimeSpan Start, TimeSpan Length, double Share)[] DeskClosedOnline =
        [(TimeSpan.Zero, new(7, 0, 0), 0.15), (new(11, 30, 0), new(2, 0, 0), 0.25), (new(17, 0, 0), new(7, 0, 0), 0.6)];

    public IReadOnlyList<Arrival> Day(DateOnly date, Random random)
    {
        var working = calendar.IsWorkingDay(date);
        var count = Count(date, working, random);
        var drawn = new List<(DateTimeOffset At, int Order, ServedProcedure Served, Unit Unit, string Channel)>(count);
        for (var order = 0; order < count; order++)
        {
            var served = mix.Draw(random, onlineOnly: !working);
            var unit = served.Units.Draw(random);
            var channel = working ? served.DrawChannel(random) : Channel.Online;
            drawn.Add((ArrivalTime(date, working, channel, random), order, served, unit, channel));
        }
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var day = date.ToString("yyMMdd", CultureInfo.InvariantCulture);
        return drawn.OrderBy(d => d.At).ThenBy(d => d.Order).Select(d =>
        {
            var number = numbers[d.Unit.Code] = numbers.GetValueOrDefault(d.Unit.Code, volume.FirstNumber - 1) + 1;
            return new Arrival($"{d.Unit.Code}-{day}-{number.ToString("D4", CultureInfo.InvariantCulture)}", d.At, d.Served, d.Unit, d.Channel);
        }).ToList();
    }

    private int Count(DateOnly date, bool working, Random random)
    {
        if (mix.IsEmpty || (!working && !mix.OffersOnline))
        {
            return 0;
        }
        var expected = working
            ? volume.DossiersPerWorkingDay * Weekday(date.DayOfWeek) * Math.Max(0, 1 + 0.1 * Gaussian.Next(random))
            : volume.DossiersPerWorkingDay * (date.DayOfWeek == DayOfWeek.Saturday ? TrafficFigures.SaturdayShare : TrafficFigures.SundayShare);
        return (int)(expected + random.NextDouble());
    }

    // Mondays carry the weekend's backlog; Friday afternoons are quiet.
    private static double Weekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => 1.1,
        DayOfWeek.Friday => 0.9,
        _ => 1.0,
    };

    private DateTimeOffset ArrivalTime(DateOnly date, bool working, string channel, Random random)
    {
        var (start, length) = !working
            ? (new TimeSpan(7, 0, 0), new TimeSpan(14, 0, 0))
            : channel == Channel.Online && random.NextDouble() < TrafficFigures.OnlineOutOfHoursShare
                ? DeskClosedWindow(random.NextDouble())
                : random.NextDouble() < TrafficFigures.MorningShare
                    ? (new TimeSpan(7, 0, 0), new TimeSpan(4, 30, 0))
                    : (new TimeSpan(13, 30, 0), new TimeSpan(3, 30, 0));
        return ProvinceTime.StartOf(date) + start + TimeSpan.FromSeconds(random.Next((int)length.TotalSeconds));
    }

    private static (TimeSpan Start, TimeSpan Length) DeskClosedWindow(double draw)
    {
        foreach (var (start, length, share) in DeskClosedOnline)
        {
            if (draw < share)
            {
                return (start, length);
            }
            draw -= share;
        }
        return (DeskClosedOnline[^1].Start, DeskClosedOnline[^1].Length);
    }
}
