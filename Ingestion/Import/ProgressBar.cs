using System.Diagnostics;
using System.Globalization;

namespace IOC.Ingestion.Import;

/// <summary>One updating line on a terminal stream: a bar, the percentage, the events sent and the send rate.</summary>
public sealed class ProgressBar(TextWriter writer)
{
    private const int Width = 30;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private TimeSpan _shownAt = -Interval;
    private int _shownLength;

    /// <summary>Redraws the line, at most five times a second.</summary>
    public void Report(double fraction, long sent)
    {
        if (_elapsed.Elapsed - _shownAt < Interval)
        {
            return;
        }
        _shownAt = _elapsed.Elapsed;
        Draw(fraction, sent);
    }

    /// <summary>Draws the final state and ends the line.</summary>
    public void Complete(long sent)
    {
        Draw(1, sent);
        writer.WriteLine();
        writer.Flush();
    }

    private void Draw(double fraction, long sent)
    {
        var bounded = Math.Clamp(fraction, 0, 1);
        var filled = (int)Math.Round(bounded * Width);
        var rate = sent / Math.Max(_elapsed.Elapsed.TotalSeconds, 0.001);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('-', Width - filled)}] {bounded * 100,3:0}%  {sent:N0} events sent  {rate:N0} events/s");
        writer.Write("\r" + line + new string(' ', Math.Max(0, _shownLength - line.Length)));
        writer.Flush();
        _shownLength = line.Length;
    }
}
