using System.Security.Cryptography;
using System.Text;

namespace Sandbox.Dashboard.Workshop;

/// <summary>
/// Join codes, facilitator keys and participant tokens. They guard who may steer a room of people, so they come
/// from the operating system's cryptographic generator, never from the model's seed-derived randomness.
/// </summary>
public static class WorkshopSecrets
{
    /// <summary>No 0/O, 1/I/L or 5/S: a code read aloud or copied from a projector must survive bad handwriting.</summary>
    public const string CodeAlphabet = "ABCDEFGHJKMNPQRTUVWXYZ2346789";
    public const int CodeLength = 6;

    public static string NewCode() => RandomNumberGenerator.GetString(CodeAlphabet, CodeLength);

    /// <summary>144 random bits, URL-safe: a facilitator key or a participant token.</summary>
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');

    public static string NewSessionId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    /// <summary>Codes are typed on phones: case, spaces and dashes are forgiven.</summary>
    public static string NormaliseCode(string? code) =>
        new string((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();

    public static bool IsCodeShaped(string code) => code.Length == CodeLength && code.All(c => CodeAlphabet.Contains(c));

    /// <summary>Keys are kept only as hashes, so a memory dump of the session list does not hand out control.</summary>
    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static bool Matches(byte[] hash, string? key) =>
        key is { Length: > 0 and <= 64 } && CryptographicOperations.FixedTimeEquals(hash, Hash(key));
}
