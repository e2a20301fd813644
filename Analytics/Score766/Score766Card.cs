using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;

namespace IOC.Analytics.Score766;

/// <summary>
/// A unit subtree's 766 index for a period, from its own figures (DOMAIN.md §6): the six groups, what IOC has data
/// for, and the total two ways — points earned out of the maximum with data, and that scaled to 100.
/// </summary>
/// <param name="Kpi">The figures it was computed from.</param>
/// <param name="Groups">The six groups in the decision's order.</param>
public sealed record Score766Card(UnitKpi Kpi, IReadOnlyList<Score766Group> Groups)
{
    /// <summary>Points of the indicators with data.</summary>
    public double Earned => Groups.Sum(g => g.Score ?? 0);

    /// <summary>The maxima of the indicators with data.</summary>
    public double MaxWithData => Groups.Sum(g => g.MaxWithData);

    /// <summary><see cref="Earned"/> / <see cref="MaxWithData"/> × 100; null when nothing has data.</summary>
    public double? Total => MaxWithData == 0 ? null : Earned / MaxWithData * 100;

    /// <summary>How much of the index has data: <see cref="MaxWithData"/> / 100.</summary>
    public double Coverage => MaxWithData / 100;

    /// <summary>The band of <see cref="Total"/>.</summary>
    public string? Band => Score766Band.Of(Total);

    /// <summary>The indicator with data that misses the most points, with the points it misses; null when none misses any.</summary>
    public (Score766Indicator Indicator, double Missing)? MostMissing => Groups
        .SelectMany(g => g.Indicators)
        .Where(i => i.HasData && i.Max - i.Score!.Value > 0.005)
        .Select(i => (Indicator: i, Missing: i.Max - i.Score!.Value))
        .OrderByDescending(x => x.Missing)
        .Cast<(Score766Indicator, double)?>()
        .FirstOrDefault();

    /// <summary>
    /// Scores the subtree of <paramref name="kpi"/>'s unit: <paramref name="procedures"/> are its figures per procedure for
    /// the same period (those with dossiers), <paramref name="catalog"/> tells which procedures the subtree offers.
    /// </summary>
    public static Score766Card Of(UnitKpi kpi, IReadOnlyList<ProcedureKpi> procedures, CatalogSnapshot catalog)
    {
        var f = kpi.Figures;
        var offeredWithFee = ServiceCounts.Offered(catalog, kpi.Unit, catalog.Subtree(kpi.Unit.Code)).Where(p => p.HasFee)
            .Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var feeBearing = procedures.Where(p => offeredWithFee.Contains(p.Procedure.Code)).ToList();
        var eligible = procedures.Where(p => p.Procedure.FullOnlineEligible).ToList();
        var paymentParts = new[]
        {
            Score766Indicator.Counted("onlinePayment.dossiers", "Tỷ lệ hồ sơ thanh toán trực tuyến", f.ReceivedFeeBearingPaidOnline,
                f.ReceivedFeeBearing, 6, Score766Rules.PaymentRatio),
            Score766Indicator.Counted("onlinePayment.procedures", "TTHC có phí đã có thanh toán trực tuyến",
                feeBearing.Count(p => p.Figures.ReceivedFeeBearingPaidOnline > 0), offeredWithFee.Count, 2, Score766Rules.PaymentProcedures),
            Score766Indicator.Counted("onlinePayment.coverage", "TTHC có phí đã phát sinh hồ sơ",
                feeBearing.Count(p => p.Figures.ReceivedTotal > 0), offeredWithFee.Count, 2, Score766Rules.PaymentCoverage),
        };
        Score766Group[] groups =
        [
            Score766Group.Summed("transparency", "Công khai, minh bạch", 18,
                [Score766Indicator.NoData("transparency.publication", "Công khai, minh bạch thông tin TTHC (cần ngày công bố, công khai)", 18)]),
            Score766Group.Summed("progress", "Tiến độ giải quyết", 20,
            [
                Score766Indicator.Counted("progress.onTime", "Hồ sơ giải quyết và đang giải quyết trong hạn", f.Progress766OnTime,
                    f.Progress766Denominator, 20, Score766Rules.Progress),
            ]),
            Score766Group.Summed("onlineServices", "Dịch vụ công trực tuyến", 12,
            [
                Score766Indicator.Counted("onlineServices.estimate", "Hồ sơ nộp trực tuyến của TTHC đủ điều kiện toàn trình (ước tính)",
                    eligible.Sum(p => p.Figures.ReceivedOnline), eligible.Sum(p => p.Figures.ReceivedTotal), 12,
                    Score766Rules.OnlineServicesEstimate, estimate: true),
            ]),
            new Score766Group("onlinePayment", "Thanh toán trực tuyến", Score766Rules.OnlinePayment(paymentParts[0].Score, paymentParts[1].Score,
                paymentParts[2].Score), 10, paymentParts),
            Score766Group.Summed("digitisation", "Số hóa hồ sơ", 22,
            [
                Score766Indicator.Counted("digitisation.results", "Cấp kết quả giải quyết điện tử", f.ResolvedDigitized, f.ResolvedTotal, 6,
                    ratio => Score766Rules.Digitisation(6, ratio)),
                Score766Indicator.Counted("digitisation.dossiers", "Số hóa thành phần hồ sơ", f.ReceivedDigitized, f.ReceivedTotal, 4,
                    ratio => Score766Rules.Digitisation(4, ratio)),
                Score766Indicator.NoData("digitisation.certifiedCopies", "Chứng thực bản sao điện tử", 2),
                Score766Indicator.NoData("digitisation.dataReuse", "Tái sử dụng dữ liệu số hóa", 2),
                Score766Indicator.NoData("digitisation.personalDataStore", "Chia sẻ vào kho dữ liệu cá nhân", 4),
                Score766Indicator.NoData("digitisation.populationData", "Hồ sơ sử dụng dữ liệu dân cư", 2),
                Score766Indicator.NoData("digitisation.populationConnected", "TTHC kết nối dữ liệu dân cư", 2),
            ]),
            Score766Group.Summed("satisfaction", "Mức độ hài lòng", 18,
            [
                Score766Indicator.NoData("satisfaction.feedbackOnTime", "Xử lý phản ánh, kiến nghị đúng hạn", 6),
                Score766Indicator.NoData("satisfaction.feedbackSatisfied", "Hài lòng với xử lý phản ánh, kiến nghị", 6),
                Score766Indicator.Counted("satisfaction.dossiers", "Hài lòng với giải quyết hồ sơ", f.ResolvedRatedSatisfied, f.ResolvedRated, 6,
                    Score766Rules.DossierSatisfaction),
            ]),
        ];
        return new Score766Card(kpi, groups);
    }
}
