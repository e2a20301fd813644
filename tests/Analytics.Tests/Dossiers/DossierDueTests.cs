using IOC.Analytics.Dossiers;
using IOC.Analytics.Time;

namespace IOC.Analytics.Tests.Dossiers;

public sealed class DossierDueTests
{
    [Fact]
    public void Fold_NoSourceDue_ComputedFromTheDeadlineWithTheCalendarVersion()
    {
        // Mon 08:00 + 3 × 8 working hours: Mon 7 h, Tue 8 h, Wed 8 h, Thu 07:00-08:00.
        var dossier = new DossierHistory().Received("2026-03-02 08:00").FoldReceived();

        Assert.Equal(When.At("2026-03-05 08:00"), dossier.DueAt);
        Assert.True(dossier.DueComputed);
        Assert.Equal(1, dossier.CalendarVersion);
    }

    [Theory]
    [InlineData("2026-03-07 10:00", "2026-03-11 17:00")]
    [InlineData("2026-03-02 12:00", "2026-03-05 11:30")]
    [InlineData("2026-03-02 18:30", "2026-03-05 17:00")]
    public void Fold_ReceivedOutsideOfficeHours_ClockStartsAtTheNextSession(string receivedAt, string expectedDue)
    {
        Assert.Equal(When.At(expectedDue), new DossierHistory().Received(receivedAt).FoldReceived().DueAt);
    }

    [Fact]
    public void Fold_CalendarDaysDeadlineEndingOnSaturday_MovedToMondaySameClockTime()
    {
        var dossier = new DossierHistory().Received("2026-03-02 10:00", procedure: TestCatalog.FiveDays).FoldReceived();

        Assert.Equal(When.At("2026-03-09 10:00"), dossier.DueAt);
    }

    [Fact]
    public void Fold_SourceDueAt_KeptAsGivenAndNotComputed()
    {
        var dossier = new DossierHistory()
            .Received("2026-03-02 08:00", dueAt: "2026-03-10T10:00:00Z")
            .FoldReceived();

        Assert.Equal(When.At("2026-03-10 17:00"), dossier.DueAt);
        Assert.Equal(ProvinceTime.Offset, dossier.DueAt!.Value.Offset);
        Assert.False(dossier.DueComputed);
        Assert.Null(dossier.CalendarVersion);
    }

    [Fact]
    public void Fold_MissingChannel_CountsAsDirect()
    {
        Assert.Equal(Channel.Direct, new DossierHistory().Received("2026-03-02 08:00").FoldReceived().Channel);
    }

    [Fact]
    public void Fold_InstantGivenInUtc_ConvertedToProvinceTime()
    {
        var dossier = new DossierHistory().Received("2026-03-01T17:30:00Z").FoldReceived();

        Assert.Equal(When.At("2026-03-02 00:30"), dossier.ReceivedAt);
        Assert.Equal(ProvinceTime.Offset, dossier.ReceivedAt.Offset);
        Assert.Equal(When.Date("2026-03-02"), ProvinceTime.DateOf(dossier.ReceivedAt));
    }
}
