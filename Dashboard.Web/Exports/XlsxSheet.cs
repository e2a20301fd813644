namespace IOC.Dashboard.Exports;

/// <summary>A cell of an <see cref="XlsxSheet"/>: a text, a number or an instant, with one of <see cref="XlsxStyles"/>.</summary>
public readonly record struct XlsxCell(object? Value, uint Style)
{
    /// <summary>A text cell.</summary>
    public static XlsxCell Text(string? text, uint style = XlsxStyles.Text) => new(text, style);

    /// <summary>A whole number.</summary>
    public static XlsxCell Count(int count, bool bold = false) => new(count, bold ? XlsxStyles.BoldCount : XlsxStyles.Count);

    /// <summary>A ratio from 0 to 1, shown as a percentage; empty without one.</summary>
    public static XlsxCell Ratio(double? ratio) => new(ratio, XlsxStyles.Ratio);
}

/// <summary>
/// A small sheet written whole (a report's section, not a 100,000-row export): rows of cells, merged ranges, column
/// widths, the rows and columns frozen on screen, the header rows repeated on every printed page, A4 landscape.
/// </summary>
/// <param name="Name">The sheet's name (at most 31 characters, none of <c>: \ / ? * [ ]</c>).</param>
public sealed class XlsxSheet(string Name)
{
    private readonly List<IReadOnlyList<XlsxCell>> _rows = [];
    private readonly List<string> _merged = [];

    /// <summary>The sheet's name.</summary>
    public string Name { get; } = Name;

    /// <summary>The rows, from row 1.</summary>
    public IReadOnlyList<IReadOnlyList<XlsxCell>> Rows => _rows;

    /// <summary>The merged ranges, such as <c>A1:Q1</c>.</summary>
    public IReadOnlyList<string> Merged => _merged;

    /// <summary>The column widths in characters, from column A.</summary>
    public IReadOnlyList<double> Widths { get; init; } = [];

    /// <summary>The rows above this one (1-based) and the columns left of <see cref="FrozenColumns"/> stay in view; 0 for none.</summary>
    public int FrozenRows { get; init; }

    /// <summary>The columns that stay in view on the left.</summary>
    public int FrozenColumns { get; init; }

    /// <summary>The first and last rows (1-based) printed at the top of every page; null for none.</summary>
    public (int First, int Last)? PrintTitles { get; init; }

    /// <summary>Adds a row.</summary>
    public XlsxSheet Add(params XlsxCell[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    /// <summary>Adds an empty row.</summary>
    public XlsxSheet Skip() => Add();

    /// <summary>Merges a range, such as <c>A1:Q1</c>.</summary>
    public XlsxSheet Merge(string range)
    {
        _merged.Add(range);
        return this;
    }

    /// <summary>The column letters of a 1-based column number: 1 → A, 27 → AA.</summary>
    public static string Column(int number) => number <= 26 ? ((char)('A' + number - 1)).ToString() : Column((number - 1) / 26) + Column((number - 1) % 26 + 1);
}
