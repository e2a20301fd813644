using IOC.Dashboard.Audit;
using Npgsql;

namespace IOC.Dashboard.Reports;

/// <summary>The <c>report_signature</c> table: each unit's header and signature names, set by an administrator, audited.</summary>
public sealed class ReportSignatures(NpgsqlDataSource dataSource, AuditLog audit)
{
    /// <summary>The unit's signature, or <see cref="ReportSignature.Empty"/>.</summary>
    public async Task<ReportSignature> OfAsync(string unitCode, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT issuing_office, preparer, head FROM report_signature WHERE unit_code = @unit");
        command.Parameters.AddWithValue("unit", unitCode);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ReportSignature(reader.GetString(0), reader.GetString(1), reader.GetString(2))
            : ReportSignature.Empty;
    }

    /// <summary>Every unit's signature that was set, by unit code.</summary>
    public async Task<IReadOnlyList<(string UnitCode, ReportSignature Signature)>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT unit_code, issuing_office, preparer, head FROM report_signature ORDER BY unit_code");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var signatures = new List<(string, ReportSignature)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            signatures.Add((reader.GetString(0), new ReportSignature(reader.GetString(1), reader.GetString(2), reader.GetString(3))));
        }
        return signatures;
    }

    /// <summary>Sets the unit's signature and audits the change.</summary>
    public async Task SetAsync(string actor, string unitCode, ReportSignature signature, CancellationToken cancellationToken)
    {
        var before = await OfAsync(unitCode, cancellationToken);
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO report_signature (unit_code, issuing_office, preparer, head, updated_at) VALUES (@unit, @office, @preparer, @head, now())
            ON CONFLICT (unit_code) DO UPDATE SET issuing_office = @office, preparer = @preparer, head = @head, updated_at = now()
            """);
        command.Parameters.AddWithValue("unit", unitCode);
        command.Parameters.AddWithValue("office", signature.IssuingOffice);
        command.Parameters.AddWithValue("preparer", signature.Preparer);
        command.Parameters.AddWithValue("head", signature.Head);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await audit.RecordAsync(actor, "report.signature", unitCode, before, signature, cancellationToken);
    }
}
