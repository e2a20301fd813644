using System.Text.Json;
using IOC.Ingestion.Import;

namespace IOC.Ingestion.Tests.Import;

public sealed class NdjsonEventReaderTests
{
    [Fact]
    public void Read_BlankLines_AreSkippedAndLinesKeepTheirNumbers()
    {
        using var reader = new StringReader("{\"eventId\":\"a\"}\n\n  \r\n{\"eventId\":\"b\",\"note\":\"Phường Tân Lập, tổ 3\"}\n");

        var records = NdjsonEventReader.Read(reader).ToList();

        Assert.Equal(["line 1", "line 4"], records.Select(r => r.Origin.Name));
        Assert.Equal("Phường Tân Lập, tổ 3", JsonDocument.Parse(records[1].Json!).RootElement.GetProperty("note").GetString());
    }

    [Fact]
    public void Read_LineThatIsNotJson_IsAnErrorAndTheRestIsRead()
    {
        using var reader = new StringReader("{\"eventId\":\"a\"\n{\"eventId\":\"b\"}\n");

        var records = NdjsonEventReader.Read(reader).ToList();

        Assert.Null(records[0].Json);
        Assert.StartsWith("not valid JSON", records[0].Error, StringComparison.Ordinal);
        Assert.Equal("{\"eventId\":\"b\"}", records[1].Json);
    }
}
