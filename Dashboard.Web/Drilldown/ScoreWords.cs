using IOC.Analytics.Score766;
using IOC.Dashboard.Localization;

namespace IOC.Dashboard.Drilldown;

/// <summary>
/// The scorecard's words: a band's name, and "what would raise the score most" — the indicator missing the most
/// points, said with the dossiers or procedures behind it and, where there is one, the list that shows them.
/// </summary>
public static class ScoreWords
{
    /// <summary>The band's name in the page's language; "chưa có dữ liệu" without a band.</summary>
    public static string Band(string? band, WallText text) => text[band is null ? "Chưa có dữ liệu" : Score766Band.Name(band)];

    /// <summary>Points written with one decimal.</summary>
    public static string Points(double? points, WallText text) =>
        points is { } value ? Math.Round(value, 1).ToString("0.#", text.Culture) : "—";

    /// <summary>The advice for the indicator missing most, and the dossier list behind it (its status), if any.</summary>
    public static (string Text, string? ListStatus) Advice(Score766Card card, Score766Indicator indicator, double missing, WallText text)
    {
        var f = card.Kpi.Figures;
        var left = (int)Math.Round((indicator.Denominator ?? 0) - (indicator.Numerator ?? 0));
        var points = Points(missing, text);
        return indicator.Code switch
        {
            "progress.onTime" => (text.Format("{0} hồ sơ quá hạn đang giải quyết và {1} hồ sơ đã giải quyết trễ hạn: −{2} điểm tiến độ",
                WallFormat.Count(f.InProcessOverdue, text.Culture), WallFormat.Count(f.ResolvedLate, text.Culture), points), "overdue"),
            "onlineServices.estimate" => (text.Format("{0} hồ sơ của thủ tục đủ điều kiện trực tuyến toàn trình không nộp trực tuyến: −{1} điểm dịch vụ công trực tuyến (ước tính)",
                WallFormat.Count(left, text.Culture), points), null),
            "onlinePayment.dossiers" => (text.Format("{0} hồ sơ có phí chưa thanh toán trực tuyến: −{1} điểm thanh toán trực tuyến",
                WallFormat.Count(left, text.Culture), points), null),
            "onlinePayment.procedures" => (text.Format("{0} thủ tục có phí chưa có hồ sơ thanh toán trực tuyến: −{1} điểm thanh toán trực tuyến",
                WallFormat.Count(left, text.Culture), points), null),
            "onlinePayment.coverage" => (text.Format("{0} thủ tục có phí chưa phát sinh hồ sơ: −{1} điểm thanh toán trực tuyến",
                WallFormat.Count(left, text.Culture), points), null),
            "digitisation.results" => (text.Format("{0} hồ sơ đã giải quyết chưa có kết quả điện tử: −{1} điểm số hóa",
                WallFormat.Count(left, text.Culture), points), null),
            "digitisation.dossiers" => (text.Format("{0} hồ sơ tiếp nhận chưa số hóa thành phần: −{1} điểm số hóa",
                WallFormat.Count(left, text.Culture), points), null),
            "satisfaction.dossiers" => (text.Format("{0} hồ sơ được đánh giá không hài lòng hoặc giải quyết trễ hạn: −{1} điểm mức độ hài lòng",
                WallFormat.Count(left, text.Culture), points), "resolved-late"),
            _ => (text.Format("{0}: −{1} điểm", text[indicator.Name], points), null),
        };
    }
}
