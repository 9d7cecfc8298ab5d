using System.Security.Cryptography;
using System.Text;

namespace Herald.Web;

/// <summary>The operator's API key, compared in constant time (of the key's hash, so its length leaks nothing either).</summary>
internal sealed class ApiKey(string? key)
{
    private readonly byte[]? _hash = string.IsNullOrEmpty(key) ? null : Hash(key);

    /// <summary>True when the operator configured a key, which turns analysis on.</summary>
    public bool Configured => _hash is not null;

    /// <summary>True when <paramref name="offered"/> is the configured key.</summary>
    public bool Matches(string? offered) =>
        _hash is not null && offered is not null && CryptographicOperations.FixedTimeEquals(_hash, Hash(offered));

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
