using System.Text.Json;
using System.Text.RegularExpressions;

namespace IOC.Dashboard.Tests.Reports;

/// <summary>
/// Reads a report's rows as the form's 15 counts (total, carried over, received: online, direct, postal; resolved:
/// early, on time, late; withdrawn; in process: within, overdue; refused) from its page or from the API's KPI document,
/// and checks the identity of DOMAIN.md §4 on a row.
/// </summary>
public static partial class ReportRows
{
    /// <summary>The 15 counts of a KPI document of <c>/api/v1/kpi</c> or <c>/kpi/units</c>.</summary>
    public static int[] FromApi(JsonElement kpi)
    {
        int Of(string part, string name) => kpi.GetProperty(part).GetProperty(name).GetInt32();
        var carried = kpi.GetProperty("carriedOver").GetInt32();
        return
        [
            carried + Of("received", "total"), carried, Of("received", "total"), Of("received", "online"), Of("received", "direct"),
            Of("received", "postal"), Of("resolved", "total"), Of("resolved", "early"), Of("resolved", "onTime"), Of("resolved", "late"),
            kpi.GetProperty("withdrawn").GetInt32(), Of("inProcess", "total"), Of("inProcess", "withinDeadline"), Of("inProcess", "overdue"),
            kpi.GetProperty("refused").GetInt32(),
        ];
    }

    /// <summary>The counts of every row of the page that carries <paramref name="marker"/>, in order.</summary>
    public static List<int[]> FromHtml(string html, string marker)
    {
        var rows = new List<int[]>();
        for (var start = html.IndexOf(marker, StringComparison.Ordinal); start >= 0; start = html.IndexOf(marker, start + 1, StringComparison.Ordinal))
        {
            var row = html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
            rows.Add(Number().Matches(row).Select(match => int.Parse(match.Groups[1].Value.Replace(".", ""), System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        }
        Assert.True(rows.Count > 0, $"no row {marker}");
        return rows;
    }

    /// <summary>Total = carried over + received = resolved + withdrawn + in process; each part is the sum of its splits.</summary>
    public static void AssertIdentity(IReadOnlyList<double> c)
    {
        Assert.Equal(c[0], c[1] + c[2]);
        Assert.Equal(c[0], c[6] + c[10] + c[11]);
        Assert.Equal(c[2], c[3] + c[4] + c[5]);
        Assert.Equal(c[6], c[7] + c[8] + c[9]);
        Assert.Equal(c[11], c[12] + c[13]);
    }

    [GeneratedRegex("<td class=\"num\">([0-9.]+)</td>")]
    private static partial Regex Number();
}
