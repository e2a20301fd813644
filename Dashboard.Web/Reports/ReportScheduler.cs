using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Time;
using Npgsql;

namespace IOC.Dashboard.Reports;

/// <summary>
/// Keeps the archive full and current, once the dossiers are loaded: every <see cref="Interval"/> it makes each due
/// report (<see cref="ReportSchedule"/>) of every unit that is not stored yet — so a start-up makes up what was missed —
/// and remakes the stored reports whose period holds a day that changed since (late events), storing a new revision
/// when a figure changed; and prints the newest week's reports as PDF, a few at a time. Off with
/// <c>IOC_REPORTS_SCHEDULED=off</c>.
/// </summary>
public sealed class ReportScheduler : BackgroundService
{
    /// <summary>How often the schedule and the changed days are looked at: well inside the 10 minutes a revision may take.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>How many of the newest week's reports are printed as PDF each <see cref="Interval"/> (a few seconds each).</summary>
    public const int PdfsPerRun = 10;

    private readonly HashSet<DateOnly> _changed = [];
    private readonly FactsFollower _follower;
    private readonly ReportArchiver _archiver;
    private readonly ReportArchive _archive;
    private readonly ReportPdf _pdf;
    private readonly CatalogCache _catalog;
    private readonly TimeProvider _time;
    private readonly ILogger<ReportScheduler> _logger;
    private readonly IDisposable _changes;

    /// <summary>Notes the days that change from now on, whether or not the schedule runs.</summary>
    public ReportScheduler(FactsFollower follower, ReportArchiver archiver, ReportArchive archive, ReportPdf pdf, CatalogCache catalog,
        TimeProvider time, ILogger<ReportScheduler> logger)
    {
        (_follower, _archiver, _archive, _pdf, _catalog, _time, _logger) = (follower, archiver, archive, pdf, catalog, time, logger);
        _changes = follower.FlowDaysChanged.Subscribe(Note);
    }

    /// <summary>Makes what is due and not stored, and remakes what changed; how many revisions were stored.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var snapshot = await _catalog.FreshEnoughAsync(missed: false, cancellationToken);
        var due = ReportSchedule.Due(_time.GetUtcNow());
        var stored = await _archive.StoredAsync(due.Select(period => period.Code).ToList(), cancellationToken);
        var changed = TakeChanged();
        var made = 0;
        try
        {
            foreach (var period in due)
            {
                var touched = changed.Any(period.Period.Contains);
                foreach (var unit in snapshot.Units)
                {
                    if ((touched || !stored.Contains((period.Code, unit.Code)))
                        && await _archiver.ArchiveAsync(snapshot, unit, period, cancellationToken) is not null)
                    {
                        made++;
                    }
                }
            }
        }
        catch
        {
            // The changed days are looked at again next time.
            Note(changed.ToHashSet());
            throw;
        }
        return made;
    }

    /// <summary>
    /// Prints as PDF up to <paramref name="most"/> of the newest due week's latest revisions not printed yet, so the week
    /// everyone downloads on Monday is in the archive in all three forms; how many were printed.
    /// </summary>
    public async Task<int> PrintNewestWeekAsync(int most, CancellationToken cancellationToken)
    {
        if (!_pdf.CanPrint)
        {
            return 0;
        }
        var week = ReportSchedule.Due(_time.GetUtcNow()).First(period => period.Kind == ReportPeriodKind.Week);
        var awaiting = await _archive.AwaitingPdfAsync(week.Code, most, cancellationToken);
        foreach (var (report, html) in awaiting)
        {
            await _archive.KeepPdfAsync(report, await _pdf.PrintAsync(html, cancellationToken), cancellationToken);
        }
        return awaiting.Count;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!_follower.Loaded)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), _time, stoppingToken);
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(stoppingToken) is > 0 and var made)
                {
                    _logger.LogInformation("Stored {Count} report revisions", made);
                }
                await PrintNewestWeekAsync(PdfsPerRun, stoppingToken);
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                _logger.LogWarning("Cannot make the scheduled reports ({Message}); trying again in {Interval}", exception.Message, Interval);
            }
            await Task.Delay(Interval, _time, stoppingToken);
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _changes.Dispose();
        base.Dispose();
    }

    private void Note(IReadOnlySet<DateOnly> days)
    {
        lock (_changed)
        {
            _changed.UnionWith(days);
        }
    }

    private List<DateOnly> TakeChanged()
    {
        lock (_changed)
        {
            var days = _changed.ToList();
            _changed.Clear();
            return days;
        }
    }
}
