using IOC.Analytics.Access;

namespace IOC.Analytics.Tests.Access;

public sealed class KeyRingTests
{
    private static readonly KeyRing Ring = new([
        ("read-key", new Credential(AccessPurpose.Read)),
        ("service-key", new Credential(AccessPurpose.Service)),
        ("", new Credential(AccessPurpose.Ingest)),
        ("commune-key", new Credential(AccessPurpose.Read, "000.00.31.H56")),
    ]);

    [Theory]
    [InlineData("read-key", AccessPurpose.Read, null)]
    [InlineData("service-key", AccessPurpose.Service, null)]
    [InlineData("commune-key", AccessPurpose.Read, "000.00.31.H56")]
    public void Find_KnownKey_ItsCredential(string presented, string purpose, string? rootUnit) =>
        Assert.Equal(new Credential(purpose, rootUnit), Ring.Find(presented));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("read-ke")]
    [InlineData("read-key ")]
    [InlineData("READ-KEY")]
    public void Find_UnknownOrEmptyKey_Null(string? presented) => Assert.Null(Ring.Find(presented));
}
