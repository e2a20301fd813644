namespace IOC.Dashboard.Accounts;

/// <summary>What a sign-in attempt came to.</summary>
public enum SignInOutcome
{
    /// <summary>The right password of an enabled account that is not locked.</summary>
    SignedIn,

    /// <summary>No such account, or the wrong password: the same answer for both, so names cannot be guessed.</summary>
    Refused,

    /// <summary>Too many wrong passwords: locked for a while, whatever the password.</summary>
    Locked,
}
