using System.Text.Json;
using IOC.Analytics.Calendar;

namespace IOC.Analytics.Tests.Calendar;

public sealed class CalendarDataTests
{
    [Fact]
    public void Parse_ValidYear_ReadsEveryFieldAtVersionOne()
    {
        var year = CalendarData.Parse(
            """{ "year": 2028, "provisional": true, "source": "statutory", "days": [ { "date": "2028-01-01", "kind": "holiday", "name": "Tết Dương lịch" } ] }""");

        Assert.Equal(2028, year.Year);
        Assert.True(year.Provisional);
        Assert.Equal("statutory", year.Source);
        Assert.Equal(1, year.Version);
        Assert.Equal([new CalendarDay(new(2028, 1, 1), CalendarDayKind.Holiday, "Tết Dương lịch")], year.Days);
    }

    [Fact]
    public void Parse_DayOfAnotherYear_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => CalendarData.Parse(
            """{ "year": 2028, "provisional": true, "source": "s", "days": [ { "date": "2029-01-01", "kind": "holiday", "name": "n" } ] }"""));
        Assert.Contains("2029-01-01", error.Message);
    }

    [Fact]
    public void Parse_UnknownKind_Throws()
    {
        Assert.Throws<ArgumentException>(() => CalendarData.Parse(
            """{ "year": 2028, "provisional": true, "source": "s", "days": [ { "date": "2028-01-01", "kind": "party", "name": "n" } ] }"""));
    }

    [Fact]
    public void Parse_SameDateTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => CalendarData.Parse(
            """
            { "year": 2028, "provisional": true, "source": "s", "days": [
              { "date": "2028-01-01", "kind": "holiday", "name": "n" }, { "date": "2028-01-01", "kind": "day_off", "name": "n" } ] }
            """));
    }

    [Theory]
    [InlineData("""{ "year": 2028, "provisional": true, "days": [] }""")]
    [InlineData("""{ "year": 2028, "provisional": true, "source": "s", "days": [], "note": "typo" }""")]
    [InlineData("""{ "year": 2028, "provisional": true, "source": "s", "days": [ { "date": "2028-13-01", "kind": "holiday", "name": "n" } ] }""")]
    public void Parse_MissingUnknownOrMalformedField_ThrowsJsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => CalendarData.Parse(json));
    }

    [Fact]
    public void WorkingCalendar_SameYearTwice_Throws()
    {
        var year = CalendarData.ShippedYears[0];
        Assert.Throws<ArgumentException>(() => new WorkingCalendar(OfficeHours.Default, [year, year]));
    }

    [Fact]
    public void OfficeHours_AfternoonBeforeMorning_Throws()
    {
        Assert.Throws<ArgumentException>(() => new OfficeHours(new(13, 30), new(17, 0), new(7, 0), new(11, 30)));
    }

    [Fact]
    public void OfficeHours_Default_EightHoursADay()
    {
        Assert.Equal(TimeSpan.FromHours(8), OfficeHours.Default.WorkingDay);
    }
}
