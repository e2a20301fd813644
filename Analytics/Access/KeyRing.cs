using System.Security.Cryptography;
using System.Text;

namespace IOC.Analytics.Access;

/// <summary>
/// The keys a service knows and what each stands for: the one place a presented key is compared, in constant time,
/// with every known key (an empty setting adds no key, so an empty key never matches).
/// </summary>
public sealed class KeyRing
{
    private readonly (byte[] Key, Credential Credential)[] _entries;

    /// <summary>A ring of the non-empty keys given.</summary>
    public KeyRing(IEnumerable<(string Key, Credential Credential)> entries) =>
        _entries = entries.Where(entry => entry.Key.Length > 0)
            .Select(entry => (Encoding.UTF8.GetBytes(entry.Key), entry.Credential))
            .ToArray();

    /// <summary>The credential of the presented key, or null when the ring does not hold it.</summary>
    public Credential? Find(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return null;
        }
        var bytes = Encoding.UTF8.GetBytes(presented);
        Credential? found = null;
        // Every key is compared, so the time taken says nothing about which key, if any, came close.
        foreach (var (key, credential) in _entries)
        {
            if (CryptographicOperations.FixedTimeEquals(bytes, key) && found is null)
            {
                found = credential;
            }
        }
        return found;
    }
}
