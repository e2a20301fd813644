using IOC.Dashboard.Exports;
using IOC.Dashboard.Localization;

namespace IOC.Dashboard.Reports;

/// <summary>
/// A report as an Excel workbook, a sheet per section: the form's table (Biểu 06) with its header, groups, subtotals,
/// total and signature block; the summary of the ratios; the most overdue procedures and units; the online-ratio
/// ranking; the units that received nothing. Numbers stay numbers, each sheet prints on A4 landscape.
/// </summary>
public static class ReportWorkbook
{
    private static readonly int CountColumns = ReportWords.Columns.Sum(group => group.Columns.Length);

    /// <summary>The workbook's bytes.</summary>
    public static byte[] Of(PeriodReport report, WallText text) =>
        XlsxWorkbook.Write([Form(report, text), Summary(report, text), Overdue(report, text), Ranking(report, text), Silent(report, text)]);

    private static XlsxSheet Form(PeriodReport report, WallText text)
    {
        var last = XlsxSheet.Column(CountColumns + 2);
        var sheet = new XlsxSheet(text["Biểu 06"])
        {
            Widths = [6, 40, .. Enumerable.Repeat(11.0, CountColumns)],
            FrozenRows = 6,
            FrozenColumns = 2,
            PrintTitles = (5, 6),
        };
        var office = report.Signature.IssuingOffice is { Length: > 0 } named ? named : report.Unit.Name;
        sheet.Add(XlsxCell.Text($"{office.ToUpper(text.Culture)} · {text["Biểu 06/VPCP/KSTT"]}", XlsxStyles.BoldText)).Merge($"A1:{last}1");
        sheet.Add(XlsxCell.Text(text[ReportWords.Title], XlsxStyles.Title)).Merge($"A2:{last}2");
        sheet.Add(XlsxCell.Text(text.Format("Đơn vị báo cáo: {0} · Kỳ báo cáo: {1}", report.Unit.Name, ReportWords.Period(report.Period, text)))).Merge($"A3:{last}3");
        sheet.Add(XlsxCell.Text(ReportWords.AsOf(report, text))).Merge($"A4:{last}4");
        var groups = new List<XlsxCell> { XlsxCell.Text(text["STT"], XlsxStyles.Header), XlsxCell.Text(text["Đơn vị"], XlsxStyles.Header) };
        var columns = new List<XlsxCell> { XlsxCell.Text(null, XlsxStyles.Header), XlsxCell.Text(null, XlsxStyles.Header) };
        sheet.Merge("A5:A6").Merge("B5:B6");
        var column = 3;
        foreach (var (group, names) in ReportWords.Columns)
        {
            groups.AddRange(names.Select((_, i) => XlsxCell.Text(i == 0 ? text[group] : null, XlsxStyles.Header)));
            columns.AddRange(names.Select(name => XlsxCell.Text(text[name], XlsxStyles.Header)));
            if (names.Length > 1)
            {
                sheet.Merge($"{XlsxSheet.Column(column)}5:{XlsxSheet.Column(column + names.Length - 1)}5");
            }
            column += names.Length;
        }
        sheet.Add([.. groups]).Add([.. columns]);
        var numbered = 0;
        foreach (var (group, index) in report.Groups.Select((group, index) => (group, index)))
        {
            sheet.Add(XlsxCell.Text(ReportWords.RomanOf(index), XlsxStyles.BoldText), XlsxCell.Text(text[group.Title], XlsxStyles.BoldText));
            foreach (var row in group.Units)
            {
                sheet.Add(Row(XlsxCell.Count(++numbered), XlsxCell.Text(row.Label), row, bold: false));
            }
            sheet.Add(Row(XlsxCell.Text(null), XlsxCell.Text(text.Format("Cộng {0}", ReportWords.RomanOf(index)), XlsxStyles.BoldText), group.Subtotal, bold: true));
        }
        if (report.Own is { } own)
        {
            sheet.Add(Row(XlsxCell.Text(null), XlsxCell.Text(text.Format("Trực tiếp tại {0}", own.Label)), own, bold: false));
        }
        sheet.Add(Row(XlsxCell.Text(null), XlsxCell.Text(text["Tổng cộng"], XlsxStyles.BoldText), report.Total, bold: true));
        sheet.Skip();
        sheet.Add(Signature(XlsxCell.Text(text["Người lập biểu"], XlsxStyles.BoldText), XlsxCell.Text(text["Thủ trưởng đơn vị"], XlsxStyles.BoldText)));
        sheet.Add(Signature(XlsxCell.Text(text["(Ký, ghi rõ họ tên)"]), XlsxCell.Text(text["(Ký, ghi rõ họ tên, đóng dấu)"])));
        sheet.Skip().Skip();
        sheet.Add(Signature(XlsxCell.Text(report.Signature.Preparer, XlsxStyles.BoldText), XlsxCell.Text(report.Signature.Head, XlsxStyles.BoldText)));
        return sheet;
    }

    // The preparer under the units' names, the head of the unit towards the right, as on the paper form.
    private static XlsxCell[] Signature(XlsxCell preparer, XlsxCell head) => [XlsxCell.Text(null), preparer, .. Enumerable.Repeat(XlsxCell.Text(null), 9), head];

    private static XlsxCell[] Row(XlsxCell number, XlsxCell label, ReportRow row, bool bold) =>
        [number, label, .. ReportWords.Counts(row.Figures).Select(count => XlsxCell.Count(count, bold))];

    private static XlsxSheet Summary(PeriodReport report, WallText text)
    {
        var sheet = new XlsxSheet(text["Chỉ tiêu"]) { Widths = [34, 14, 14, 16, 16], FrozenRows = 1, PrintTitles = (1, 1) };
        sheet.Add(Headers(text, "Chỉ tiêu", "Kỳ này", "Kỳ trước", "Thay đổi", "Từ đầu năm"));
        foreach (var indicator in report.Indicators)
        {
            sheet.Add(XlsxCell.Text(text[indicator.Name]), XlsxCell.Ratio(indicator.Value), XlsxCell.Ratio(indicator.Previous),
                new XlsxCell(indicator.Change, XlsxStyles.Change), XlsxCell.Ratio(indicator.YearToDate));
        }
        return sheet;
    }

    private static XlsxSheet Overdue(PeriodReport report, WallText text)
    {
        var sheet = new XlsxSheet(text["Quá hạn nhiều nhất"]) { Widths = [6, 16, 60, 16, 16] };
        sheet.Add(XlsxCell.Text(text["10 thủ tục có nhiều hồ sơ đang giải quyết quá hạn nhất"], XlsxStyles.BoldText));
        sheet.Add(Headers(text, "STT", "Mã thủ tục", "Thủ tục", "Đang giải quyết quá hạn", "Đang giải quyết"));
        foreach (var (procedure, index) in report.TopProcedures.Select((procedure, index) => (procedure, index)))
        {
            sheet.Add(XlsxCell.Count(index + 1), XlsxCell.Text(procedure.Procedure.Code), XlsxCell.Text(procedure.Procedure.Name),
                XlsxCell.Count(procedure.Figures.InProcessOverdue), XlsxCell.Count(procedure.Figures.InProcessTotal));
        }
        sheet.Skip();
        sheet.Add(XlsxCell.Text(text["10 đơn vị có nhiều hồ sơ đang giải quyết quá hạn nhất"], XlsxStyles.BoldText));
        sheet.Add(Headers(text, "STT", "Mã đơn vị", "Đơn vị", "Đang giải quyết quá hạn", "Đang giải quyết"));
        foreach (var (unit, index) in report.TopUnits.Select((unit, index) => (unit, index)))
        {
            sheet.Add(XlsxCell.Count(index + 1), XlsxCell.Text(unit.Unit.Code), XlsxCell.Text(unit.Unit.Name),
                XlsxCell.Count(unit.Figures.InProcessOverdue), XlsxCell.Count(unit.Figures.InProcessTotal));
        }
        return sheet;
    }

    private static XlsxSheet Ranking(PeriodReport report, WallText text)
    {
        var sheet = new XlsxSheet(text["Xếp hạng trực tuyến"]) { Widths = [6, 16, 44, 14, 14, 16], FrozenRows = 1, PrintTitles = (1, 1) };
        sheet.Add(Headers(text, "STT", "Mã đơn vị", "Đơn vị", "Tiếp nhận", "Trực tuyến", "Tỷ lệ trực tuyến"));
        foreach (var (unit, index) in report.OnlineRanking.Select((unit, index) => (unit, index)))
        {
            sheet.Add(XlsxCell.Count(index + 1), XlsxCell.Text(unit.Unit.Code), XlsxCell.Text(unit.Unit.Name),
                XlsxCell.Count(unit.Figures.ReceivedTotal), XlsxCell.Count(unit.Figures.ReceivedOnline), XlsxCell.Ratio(unit.Figures.OnlineRatio));
        }
        return sheet;
    }

    private static XlsxSheet Silent(PeriodReport report, WallText text)
    {
        var sheet = new XlsxSheet(text["Không tiếp nhận"]) { Widths = [6, 16, 50], FrozenRows = 1, PrintTitles = (1, 1) };
        sheet.Add(Headers(text, "STT", "Mã đơn vị", "Đơn vị không tiếp nhận hồ sơ nào trong kỳ"));
        foreach (var (unit, index) in report.Silent.Select((unit, index) => (unit, index)))
        {
            sheet.Add(XlsxCell.Count(index + 1), XlsxCell.Text(unit.Code), XlsxCell.Text(unit.Name));
        }
        return sheet;
    }

    private static XlsxCell[] Headers(WallText text, params string[] names) =>
        names.Select(name => XlsxCell.Text(text[name], XlsxStyles.Header)).ToArray();
}
