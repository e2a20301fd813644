namespace IOC.Dashboard.Exports;

/// <summary>What a cell of an export holds, which decides how CSV writes it and which number format .xlsx gives it.</summary>
public enum ExportValue
{
    /// <summary>Words or a code.</summary>
    Text,

    /// <summary>A whole number.</summary>
    Count,

    /// <summary>A ratio from 0 to 1, shown as a percentage.</summary>
    Ratio,

    /// <summary>An instant, shown in province time to the minute.</summary>
    Instant,
}

/// <summary>A column of an export: its header (in the reader's language) and what its cells hold.</summary>
/// <param name="Width">The .xlsx column width in characters.</param>
public sealed record ExportColumn(string Header, ExportValue Value, int Width);

/// <summary>
/// A grid as it is exported: the columns shown on screen and the rows, read once as they are written. A cell is a
/// <see cref="string"/>, an <see cref="int"/>, a <see cref="double"/> ratio or a <see cref="DateTimeOffset"/>, as its
/// column says; null for an empty cell.
/// </summary>
/// <param name="Title">The sheet's name.</param>
/// <param name="FileName">The download's name without its extension (ASCII).</param>
public sealed record ExportTable(string Title, string FileName, IReadOnlyList<ExportColumn> Columns, IEnumerable<object?[]> Rows);
