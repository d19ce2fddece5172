using System.Text.RegularExpressions;

namespace AimsBot.Core.Governance.Controls;

/// <summary>
/// Reads control ids as people type them: <c>A.6.2.8</c>, <c>a6.2.8</c>, <c>6.2.8</c>, and with a
/// standard prefix <c>27001:A.8.15</c> or <c>42001:A.7.4</c> when the number exists in both.
/// </summary>
public static partial class ControlId
{
    public const int MaxLength = 40;

    /// <summary>Parses one id; <paramref name="standard"/> is null when no prefix was given.</summary>
    public static bool TryParse(string? text, out string id, out ControlStandard? standard)
    {
        id = "";
        standard = null;
        var value = (text ?? "").Trim();
        if (value.Length is 0 or > MaxLength)
        {
            return false;
        }

        var match = Pattern().Match(value);
        if (!match.Success)
        {
            return false;
        }

        if (match.Groups["std"].Success)
        {
            standard = match.Groups["std"].Value.EndsWith("27001", StringComparison.Ordinal) ? ControlStandard.Iso27001 : ControlStandard.Iso42001;
        }

        id = "A." + match.Groups["num"].Value;
        return true;
    }

    /// <summary>True when the text looks like an attempt at a control id (for "did you mean" rather than a keyword search).</summary>
    public static bool LooksLikeId(string? text) => LooseShape().IsMatch((text ?? "").Trim());

    public static string Entity(string id) => "control:" + id;

    [GeneratedRegex(@"^(?:(?<std>(?:iso)?\s*(?:27001|42001))\s*[:/ ]\s*)?a?\.?\s*(?<num>\d{1,2}(?:\.\d{1,2}){1,2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(?:(?:iso)?\s*(?:27001|42001)\s*[:/ ]\s*)?a?\.?\s*\d[\d.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex LooseShape();
}
