using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace IOC.Analytics.Access;

/// <summary>The claims every authenticated IOC caller carries: its purpose and, for readers, its unit scope.</summary>
public static class CallerClaims
{
    /// <summary>The claim naming the caller's <see cref="AccessPurpose"/>.</summary>
    public const string Purpose = "ioc:purpose";

    /// <summary>The claim naming the highest unit a reader may see; absent for the whole province.</summary>
    public const string RootUnit = "ioc:unit";

    /// <summary>The claim naming the id of a key made with <c>./ioc key add</c>; absent for other credentials.</summary>
    public const string KeyId = "ioc:key";

    /// <summary>The principal of a caller with this credential, authenticated by the scheme.</summary>
    public static ClaimsPrincipal Principal(Credential credential, string scheme)
    {
        var claims = new List<Claim> { new(Purpose, credential.Purpose) };
        if (credential.RootUnit is not null)
        {
            claims.Add(new Claim(RootUnit, credential.RootUnit));
        }
        if (credential.KeyId is not null)
        {
            claims.Add(new Claim(KeyId, credential.KeyId));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, Purpose, null));
    }

    /// <summary>What a scheme answers for a credential it looked up: success with its principal, or failure.</summary>
    public static AuthenticateResult Authenticate(Credential? credential, string scheme, string failure) => credential is null
        ? AuthenticateResult.Fail(failure)
        : AuthenticateResult.Success(new AuthenticationTicket(Principal(credential, scheme), scheme));

    /// <summary>True when the caller is authenticated for the purpose.</summary>
    public static bool Has(this ClaimsPrincipal user, string purpose) =>
        user.Identity?.IsAuthenticated == true && user.HasClaim(Purpose, purpose);
}
