using System.Globalization;
using System.Text;

namespace AimsBot.Core.Cards.BlockKit;

/// <summary>Slack's Block Kit limits (PROTOCOLS.md B6) and the one way to respect them: shorten with a visible marker.</summary>
public static class BlockKitLimits
{
    public const int MessageBlocks = 50;
    public const int ViewBlocks = 100;
    public const int SectionText = 3000;
    public const int FieldText = 2000;
    public const int FieldsPerSection = 10;
    public const int HeaderText = 150;
    public const int ContextElements = 10;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int ButtonUrl = 3000;
    public const int ActionsPerBlock = 25;
    public const int OptionText = 75;
    public const int OptionValue = 150;
    public const int SelectOptions = 100;
    public const int RadioOptions = 10;
    public const int Label = 2000;
    public const int Placeholder = 150;
    public const int InputMaxLength = 3000;
    public const int ViewTitle = 24;
    public const int ViewButton = 24;
    public const int CallbackId = 255;
    public const int PrivateMetadata = 3000;
    public const int FallbackText = 3000;

    /// <summary>The visible marker of shortened text.</summary>
    public const string Marker = "…";

    /// <summary>
    /// Shortens <paramref name="text"/> to at most <paramref name="max"/> UTF-16 units, ending with the
    /// marker, without splitting a surrogate pair or an escape such as <c>&amp;amp;</c>.
    /// </summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - Marker.Length;
        if (cut > 0 && char.IsLowSurrogate(text[cut]))
        {
            cut--;
        }

        var ampersand = text.LastIndexOf('&', Math.Max(cut - 1, 0));
        if (ampersand >= 0 && ampersand > cut - 6 && text.IndexOf(';', ampersand) >= cut)
        {
            cut = ampersand;
        }

        return string.Concat(text.AsSpan(0, Math.Max(cut, 0)), Marker);
    }

    /// <summary>Splits long mrkdwn into pieces that each fit a section, at line breaks where possible.</summary>
    public static IEnumerable<string> Split(string text, int max)
    {
        var rest = text;
        while (rest.Length > max)
        {
            var cut = rest.LastIndexOf('\n', max - 1);
            if (cut < max / 2)
            {
                cut = max - 1;
                if (char.IsHighSurrogate(rest[cut - 1]))
                {
                    cut--;
                }

                var ampersand = rest.LastIndexOf('&', cut - 1);
                if (ampersand >= 0 && ampersand > cut - 6 && rest.IndexOf(';', ampersand) >= cut)
                {
                    cut = ampersand;
                }
            }

            yield return rest[..cut].TrimEnd();
            rest = rest[cut..].TrimStart('\n');
        }

        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    /// <summary>The marker block put where blocks were left out.</summary>
    public static string Omitted(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{Marker} {count} more item{(count == 1 ? "" : "s")} not shown here (Slack's size limit).");

    /// <summary>UTF-16 length check used by the tests and the renderer alike.</summary>
    public static bool Fits(string? text, int max) => text is null || text.Length <= max;

    internal static string Join(IEnumerable<string> lines) => new StringBuilder().AppendJoin('\n', lines).ToString();
}
