using IOC.Dashboard.Live.Notable;
using IOC.Dashboard.Localization;

namespace IOC.Dashboard.Components.Wall;

/// <summary>How the ticker words a notable event, in the wall's language.</summary>
public static class NotableText
{
    /// <summary>One line for the event.</summary>
    public static string Describe(NotableEvent notable, WallText text) => notable switch
    {
        LateResolution late => Format(text, "Giải quyết trễ hạn {0} ngày · {1} · {2}", WallFormat.Count(late.DaysLate, text.Culture), late.ProcedureName,
            late.UnitName),
        ProcedureSurge surge => Format(text, "Tăng đột biến · {0}: {1} hồ sơ trong 1 giờ qua (thường {2})", surge.ProcedureName,
            WallFormat.Count(surge.LastHour, text.Culture), surge.Typical.ToString("0.#", text.Culture)),
        ThresholdCrossing crossing => Crossing(crossing, text),
        _ => notable.ToString(),
    };

    private static string Crossing(ThresholdCrossing crossing, WallText text)
    {
        var template = (crossing.Measure, crossing.Met) switch
        {
            (ThresholdMeasure.OnlineRatio, false) => "{0}: tỷ lệ hồ sơ trực tuyến hôm nay {1} — dưới mục tiêu {2}",
            (ThresholdMeasure.OnlineRatio, true) => "{0}: tỷ lệ hồ sơ trực tuyến hôm nay {1} — đạt lại mục tiêu {2}",
            (_, false) => "{0}: tỷ lệ trễ hạn hôm nay {1} — vượt ngưỡng {2}",
            (_, true) => "{0}: tỷ lệ trễ hạn hôm nay {1} — trở lại trong ngưỡng {2}",
        };
        return Format(text, template, crossing.UnitName, WallFormat.Percent(crossing.Ratio, text.Culture), WallFormat.Target(crossing.Target, text.Culture));
    }

    private static string Format(WallText text, string vietnamese, params object[] values) =>
        string.Format(text.Culture, text[vietnamese], values);
}
