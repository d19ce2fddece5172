using System.Text.RegularExpressions;

namespace AimsBot.Core.Governance.Controls;

/// <summary>
/// Where evidence lives: either an http(s) link, or a plain location with no scheme ("ISMS SharePoint ›
/// Policies"). Anything else that looks like a link (<c>javascript:</c>, <c>file:</c>, <c>\\server</c>) is refused.
/// </summary>
public static partial class EvidenceLocation
{
    public const int MaxLength = 500;

    /// <summary>Null when acceptable, else the reason.</summary>
    public static string? Problem(string location)
    {
        var value = location.Trim();
        if (value.Length == 0)
        {
            return "Say where the evidence lives: a link or a location.";
        }

        if (value.Length > MaxLength)
        {
            return $"The location can be at most {MaxLength} characters.";
        }

        if (!LooksLikeLink(value))
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0
            ? null
            : "Links must start with https:// or http://; other kinds of link are not accepted.";
    }

    public static bool IsHttpLink(string location) =>
        Uri.TryCreate(location.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool LooksLikeLink(string value) =>
        SchemePrefix().IsMatch(value) || value.StartsWith(@"\\", StringComparison.Ordinal) || value.StartsWith("//", StringComparison.Ordinal)
        || value.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s]", RegexOptions.CultureInvariant, 200)]
    private static partial Regex SchemePrefix();
}
