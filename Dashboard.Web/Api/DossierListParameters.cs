using System.Globalization;
using IOC.Analytics.Kpi.Lists;

namespace IOC.Dashboard.Api;

/// <summary>
/// Reads the list parameters of <c>GET /api/v1/dossiers</c> (CONTRACT.md §2b): <c>status</c>, <c>sort</c>, <c>page</c>,
/// <c>pageSize</c> and <c>q</c>.
/// </summary>
public sealed record DossierListParameters(DossierListKind Kind, DossierListSort Sort, bool Descending, int Page, int PageSize, string? Search)
{
    /// <summary>Items on a page when the request does not say.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The highest page number accepted: beyond it the first item's position would not fit an int.</summary>
    public const int LastPage = int.MaxValue / DossierListQuery.MaxPageSize;

    /// <summary>The parameters, or a 400 problem naming the one that is wrong.</summary>
    public static (DossierListParameters? Parameters, IResult? Problem) Parse(string? status, string? sort, string? page,
        string? pageSize, string? q)
    {
        if (!DossierListKinds.TryParse(status, out var kind))
        {
            return Bad("Bad status", $"status is one of {string.Join(", ", DossierListKinds.Names)}.");
        }
        if (!DossierListSorts.TryParse(sort, out var order, out var descending))
        {
            return Bad("Bad sort", $"sort is one of {string.Join(", ", DossierListSorts.Names)}, with '-' before it for descending order.");
        }
        if (!TryCount(page, 1, LastPage, out var pageNumber))
        {
            return Bad("Bad page", $"page is a whole number from 1 to {LastPage}.");
        }
        if (!TryCount(pageSize, DefaultPageSize, DossierListQuery.MaxPageSize, out var size))
        {
            return Bad("Bad pageSize", $"pageSize is a whole number from 1 to {DossierListQuery.MaxPageSize}.");
        }
        return (new DossierListParameters(kind, order, descending, pageNumber, size, string.IsNullOrWhiteSpace(q) ? null : q.Trim()), null);
    }

    private static bool TryCount(string? text, int absent, int most, out int value)
    {
        value = absent;
        return string.IsNullOrEmpty(text)
            || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1 && value <= most);
    }

    private static (DossierListParameters?, IResult?) Bad(string title, string detail) =>
        (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail));
}
