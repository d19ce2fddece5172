using System.ComponentModel.DataAnnotations;

namespace AimsBot.Core.Governance.Exports;

/// <summary>Where download links point and how long they work.</summary>
public sealed class ExportsOptions : IValidatableObject
{
    public const string SectionName = "Exports";

    /// <summary>The host's public base URL (what people's browsers reach), for example <c>https://aimsbot.example.com</c>.</summary>
    [Required]
    public string PublicBaseUrl { get; set; } = "http://localhost:3978";

    /// <summary>How long a download link works (between one minute and one day).</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A link works for one download and is then gone (the default); false lets it work until it expires.</summary>
    public bool SingleUse { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            yield return new ValidationResult("Exports:PublicBaseUrl must be an absolute http(s) URL without query or fragment.", [nameof(PublicBaseUrl)]);
        }

        if (LinkLifetime < TimeSpan.FromMinutes(1) || LinkLifetime > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("Exports:LinkLifetime must be between 00:01:00 and 1.00:00:00.", [nameof(LinkLifetime)]);
        }
    }
}
