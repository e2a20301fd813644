using System.Globalization;
using IOC.Analytics.Influx;

namespace IOC.Analytics.Tests.Influx;

public sealed class LineProtocolTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeMilliseconds(1_795_000_000_123);

    [Fact]
    public void Encode_PlainPoint_WritesMeasurementTagsFieldsAndMilliseconds()
    {
        var point = new Point("dossier", At).Tag("unit", "u1").Field("count", 3);

        Assert.Equal("dossier,unit=u1 count=3i 1795000000123", LineProtocol.Encode(point));
    }

    [Fact]
    public void Encode_MeasurementWithCommaSpaceAndEquals_EscapesCommaAndSpaceOnly()
    {
        var point = new Point("my meas,ure=x", At).Field("v", 1L);

        Assert.Equal(@"my\ meas\,ure=x v=1i 1795000000123", LineProtocol.Encode(point));
    }

    [Fact]
    public void Encode_TagKeysAndValuesWithCommaEqualsSpace_EscapesAllThree()
    {
        var point = new Point("m", At).Tag("unit name", "a,b=c d").Tag("k=1,2", "v").Field("v", 1L);

        Assert.Equal(@"m,k\=1\,2=v,unit\ name=a\,b\=c\ d v=1i 1795000000123", LineProtocol.Encode(point));
    }

    [Fact]
    public void Encode_TagValuesWithQuotesAndInnerBackslash_KeepsThemLiteral()
    {
        var point = new Point("m", At).Tag("path", @"C:\temp\x").Tag("quote", "say \"hi\"").Field("v", 1L);

        Assert.Equal(@"m,path=C:\temp\x,quote=say\ ""hi"" v=1i 1795000000123", LineProtocol.Encode(point));
    }

    [Fact]
    public void Encode_FieldKeysWithCommaEqualsSpace_EscapesAllThree()
    {
        var point = new Point("m", At).Field("a b,c=d", 1L);

        Assert.Equal(@"m a\ b\,c\=d=1i 1795000000123", LineProtocol.Encode(point));
    }

    [Fact]
    public void Encode_StringFieldWithQuotesBackslashesAndLineBreak_EscapesQuotesAndBackslashesOnly()
    {
        var point = new Point("m", At).Field("s", "He said \"xin chào\" \\ end\\\nnext");

        Assert.Equal("m s=\"He said \\\"xin chào\\\" \\\\ end\\\\\nnext\" 1795000000123", LineProtocol.Encode(point));
    }

    [Fact]
    public void Encode_EmptyStringField_WritesEmptyQuotes()
    {
        Assert.Equal("m s=\"\" 1795000000123", LineProtocol.Encode(new Point("m", At).Field("s", "")));
    }

    [Fact]
    public void Encode_VietnameseTagValues_EscapesSpacesAndKeepsLetters()
    {
        var point = new Point("hồ_sơ", At).Tag("unit", "Sở Tư pháp").Tag("procedure", "Hộ tịch").Field("số_lượng", 2);

        Assert.Equal(@"hồ_sơ,procedure=Hộ\ tịch,unit=Sở\ Tư\ pháp số_lượng=2i 1795000000123", LineProtocol.Encode(point));
    }

    [Fact]
    public void Encode_TagsAddedOutOfOrder_AreSortedByKey()
    {
        var point = new Point("m", At).Tag("zeta", "1").Tag("alpha", "2").Tag("Mid", "3").Tag("beta", "4").Field("v", 1L);

        Assert.Equal("m,Mid=3,alpha=2,beta=4,zeta=1 v=1i 1795000000123", LineProtocol.Encode(point));
    }

    [Fact]
    public void Encode_SeveralFieldTypes_WritesEachInItsSyntaxSortedByKey()
    {
        var point = new Point("m", At).Field("text", "x").Field("ok", true).Field("no", false).Field("rate", 0.25)
            .Field("count", -42).Field("big", long.MinValue);

        Assert.Equal("m big=-9223372036854775808i,count=-42i,no=false,ok=true,rate=0.25,text=\"x\" 1795000000123",
            LineProtocol.Encode(point));
    }

    [Fact]
    public void Encode_SameTagOrFieldTwice_KeepsTheLastValue()
    {
        var point = new Point("m", At).Tag("t", "a").Tag("t", "b").Field("v", 1L).Field("v", 2L);

        Assert.Equal("m,t=b v=2i 1795000000123", LineProtocol.Encode(point));
    }

    [Fact]
    public void Tag_EmptyOrNullValue_LeavesTheTagOut()
    {
        var point = new Point("m", At).Tag("a", "x").Tag("a", "").Tag("b", null).Field("v", 1L);

        Assert.Equal("m v=1i 1795000000123", LineProtocol.Encode(point));
    }

    [Fact]
    public void Tag_OnAPoint_ReturnsANewPointAndLeavesTheOriginal()
    {
        var original = new Point("m", At).Field("v", 1L);

        var tagged = original.Tag("t", "x");

        Assert.Empty(original.Tags);
        Assert.Equal("x", tagged.Tags["t"]);
    }

    [Fact]
    public void Encode_TimestampWithProvinceOffsetAndSubMilliseconds_WritesUtcEpochMillisecondsTruncated()
    {
        var at = new DateTimeOffset(2026, 11, 23, 23, 30, 0, 123, TimeSpan.FromHours(7)).AddTicks(9_999);

        var line = LineProtocol.Encode(new Point("m", at).Field("v", 1L));

        Assert.Equal($"m v=1i {new DateTimeOffset(2026, 11, 23, 16, 30, 0, 123, TimeSpan.Zero).ToUnixTimeMilliseconds()}", line);
    }

    [Fact]
    public void Encode_FloatUnderVietnameseCulture_UsesInvariantDecimalPoint()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
        try
        {
            Assert.Equal("m v=1234.5 1795000000123", LineProtocol.Encode(new Point("m", At).Field("v", 1234.5)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(3.0, "3")]
    [InlineData(-0.0, "-0")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1.5e16, "15000000000000000")]
    [InlineData(-2.5e-7, "-0.00000025")]
    [InlineData(1.2345e-5, "0.000012345")]
    [InlineData(123456.789, "123456.789")]
    public void FormatFloat_AwkwardValues_WritesShortestPositionalText(double value, string expected)
    {
        Assert.Equal(expected, LineProtocol.FormatFloat(value));
    }

    [Theory]
    [InlineData(1.0 / 3)]
    [InlineData(double.MaxValue)]
    [InlineData(double.Epsilon)]
    [InlineData(-1.7976931348623157e300)]
    [InlineData(6.02214076e23)]
    [InlineData(9.999999999999999e-6)]
    public void FormatFloat_AnyFiniteValue_ReadsBackExactlyWithoutExponent(double value)
    {
        var text = LineProtocol.FormatFloat(value);

        Assert.DoesNotContain("E", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(value, double.Parse(text, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Field_NotFiniteFloat_Throws(double value)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new Point("m", At).Field("v", value));

        Assert.Contains("finite", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_NoField_ThrowsNamingThePoint()
    {
        var exception = Assert.Throws<ArgumentException>(() => LineProtocol.Encode(new Point("dossier", At).Tag("t", "x")));

        Assert.Contains("dossier", exception.Message, StringComparison.Ordinal);
        Assert.Contains("no field", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("#comment")]
    [InlineData("line\nbreak")]
    [InlineData(@"ends\")]
    [InlineData(@"back\,comma")]
    [InlineData(@"back\ space")]
    public void Point_MeasurementLineProtocolCannotCarry_Throws(string measurement)
    {
        Assert.ThrowsAny<ArgumentException>(() => new Point(measurement, At));
    }

    [Theory]
    [InlineData("")]
    [InlineData("time")]
    [InlineData("a\nb")]
    [InlineData(@"ends\")]
    [InlineData(@"back\=equals")]
    public void Tag_KeyLineProtocolCannotCarry_Throws(string key)
    {
        Assert.ThrowsAny<ArgumentException>(() => new Point("m", At).Tag(key, "v"));
    }

    [Theory]
    [InlineData("line\nbreak")]
    [InlineData(@"C:\")]
    [InlineData(@"a\ b")]
    [InlineData(@"a\\,b")]
    public void Tag_ValueLineProtocolCannotCarry_Throws(string value)
    {
        var exception = Assert.Throws<ArgumentException>(() => new Point("m", At).Tag("t", value));

        Assert.Contains("tag value", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("time")]
    [InlineData(@"x\")]
    public void Field_KeyLineProtocolCannotCarry_Throws(string key)
    {
        Assert.ThrowsAny<ArgumentException>(() => new Point("m", At).Field(key, 1L));
    }

    [Fact]
    public void Point_TimestampOutsideInfluxRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Point("m", new DateTimeOffset(1600, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Point("m", new DateTimeOffset(2300, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }
}
