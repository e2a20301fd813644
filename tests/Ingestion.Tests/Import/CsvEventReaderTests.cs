using System.Text.Json;
using IOC.Ingestion.Import;

namespace IOC.Ingestion.Tests.Import;

public sealed class CsvEventReaderTests
{
    [Fact]
    public void Read_QuotedCellsWithCommasQuotesAndVietnamese_EachIsOneCell()
    {
        var records = Read("eventId,dossierCode,note\n" +
                           "e-1,\"HS, số 1\",\"Ông \"\"Nguyễn Văn Ánh\"\", xã Hòa Bình\"\n");

        var only = Assert.Single(records);
        Assert.Equal("HS, số 1", only.GetProperty("dossierCode").GetString());
        Assert.Equal("Ông \"Nguyễn Văn Ánh\", xã Hòa Bình", only.GetProperty("note").GetString());
    }

    [Fact]
    public void Read_EmptyCells_AreAbsentFields()
    {
        var only = Assert.Single(Read("eventId,type,channel,dueAt\ne-1,received,,\n"));

        Assert.False(only.TryGetProperty("channel", out _));
        Assert.False(only.TryGetProperty("dueAt", out _));
    }

    [Fact]
    public void Read_FlagsAndAmount_AreTypedAndOtherTextStaysText()
    {
        var records = Read("eventId,digitized,paidOnline,amount\ne-1,true,FALSE,150000\ne-2,yes,false,12.500 đồng\n");

        Assert.Equal(JsonValueKind.True, records[0].GetProperty("digitized").ValueKind);
        Assert.Equal(JsonValueKind.False, records[0].GetProperty("paidOnline").ValueKind);
        Assert.Equal(150000m, records[0].GetProperty("amount").GetDecimal());
        Assert.Equal("yes", records[1].GetProperty("digitized").GetString());
        Assert.Equal("12.500 đồng", records[1].GetProperty("amount").GetString());
    }

    [Fact]
    public void Read_LineBreakInsideQuotesAndCrLf_RowsKeepTheirStartingLine()
    {
        using var reader = new StringReader("eventId,note\r\ne-1,\"hai\r\ndòng\"\r\ne-2,x\r\n");

        var records = CsvEventReader.Read(reader).ToList();

        Assert.Equal(["line 2", "line 4"], records.Select(r => r.Origin.Name));
        Assert.Equal("hai\r\ndòng", JsonDocument.Parse(records[0].Json!).RootElement.GetProperty("note").GetString());
    }

    [Fact]
    public void Read_RowWithTooFewCells_IsNamedWithItsLine()
    {
        using var reader = new StringReader("eventId,type,unitCode\ne-1,received\n\ne-3,received,X\n");

        var records = CsvEventReader.Read(reader).ToList();

        Assert.Equal("line 2", records[0].Origin.Name);
        Assert.Equal("2 cells where the header has 3", records[0].Error);
        Assert.Equal("line 4", records[1].Origin.Name);
        Assert.NotNull(records[1].Json);
    }

    private static List<JsonElement> Read(string csv)
    {
        using var reader = new StringReader(csv);
        return CsvEventReader.Read(reader).Select(r => JsonDocument.Parse(r.Json!).RootElement.Clone()).ToList();
    }
}
