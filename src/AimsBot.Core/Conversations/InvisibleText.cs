using System.Text;

namespace AimsBot.Core.Conversations;

/// <summary>
/// Characters that change how text reads without being seen: control characters (other than tab and
/// line breaks), Unicode bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E/U+200F, U+061C,
/// the "Trojan Source" set) and invisible separators (U+200B, U+2060, U+FEFF, U+180E, U+2028/U+2029).
/// Names holding them are refused at input; text that still carries them (platform display names,
/// older records) is shown with each one replaced by U+FFFD. Zero-width joiners (U+200C/U+200D) are
/// kept: emoji sequences and several scripts need them.
/// </summary>
public static class InvisibleText
{
    public const char Replacement = '\uFFFD';

    public static bool IsInvisible(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
        || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
        || c is '\u200B' or '\u2060' or '\uFEFF' or '\u180E' or '\u2028' or '\u2029';

    public static bool Contains(string? text) => !string.IsNullOrEmpty(text) && text.AsSpan().IndexOfAnyExcept(Ascii) >= 0 && text.Any(IsInvisible);

    /// <summary>The text with every invisible character replaced by U+FFFD (a visible mark).</summary>
    public static string Neutralize(string? text)
    {
        // Most text is printable ASCII: one vectorised search answers it (exports neutralise every cell).
        if (string.IsNullOrEmpty(text) || !Contains(text))
        {
            return text ?? "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(IsInvisible(c) ? Replacement : c);
        }

        return builder.ToString();
    }

    /// <summary>Printable ASCII and tab/line breaks: text made only of these needs no closer look.</summary>
    private static readonly System.Buffers.SearchValues<char> Ascii = System.Buffers.SearchValues.Create(
        " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\t\n\r");
}
