namespace IOC.Dashboard.Figures;

/// <summary>What is asked of a unit.</summary>
internal enum FiguresKind
{
    /// <summary>The figures of the unit's subtree.</summary>
    Unit,

    /// <summary>The figures of each child unit's subtree.</summary>
    Children,

    /// <summary>The figures by field (lĩnh vực) and procedure within the unit's subtree.</summary>
    Fields,

    /// <summary>Dossiers received in each hour of one province day within the unit's subtree.</summary>
    Hours,
}
