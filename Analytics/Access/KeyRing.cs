using System.Security.Cryptography;
using System.Text;

namespace IOC.Analytics.Access;

/// <summary>
/// The keys a service knows and what each stands for: the one place a presented key is judged. The keys of the
/// environment are compared in constant time with every one of them (an empty setting adds no key, so an empty key
/// never matches); the keys made with <c>./ioc key add</c> are known only by their SHA-256 (<see cref="StoredKeys"/>),
/// looked up by the hash of the presented key, and replaced as a whole when the table changes.
/// </summary>
public sealed class KeyRing
{
    private readonly (byte[] Key, Credential Credential)[] _entries;
    // The stored keys by hash and the ids among them, swapped together so that a reader never sees one without the other.
    private volatile StoredSnapshot _stored = new(new Dictionary<string, Credential>(), new HashSet<string>());

    /// <summary>Raised after the stored keys were replaced, so that what a revoked key opened can be closed.</summary>
    public event Action? Replaced;

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
        return found ?? _stored.ByHash.GetValueOrDefault(StoredKeys.HashOf(presented));
    }

    /// <summary>Replaces the stored keys: their hashes (<see cref="StoredKeys.HashOf"/>) and credentials.</summary>
    public void Replace(IReadOnlyDictionary<string, Credential> stored)
    {
        _stored = new StoredSnapshot(stored, stored.Values.Select(credential => credential.KeyId).OfType<string>().ToHashSet(StringComparer.Ordinal));
        Replaced?.Invoke();
    }

    /// <summary>True while the made key with this id is known (not revoked).</summary>
    public bool Holds(string keyId) => _stored.Ids.Contains(keyId);

    private sealed record StoredSnapshot(IReadOnlyDictionary<string, Credential> ByHash, IReadOnlySet<string> Ids);
}
