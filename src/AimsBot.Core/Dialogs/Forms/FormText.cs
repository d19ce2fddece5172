using System.Text.Json.Nodes;

namespace AimsBot.Core.Dialogs.Forms;

/// <summary>Small pieces of wording the form engine shares between its cards.</summary>
internal static class FormText
{
    /// <summary>The text with its first letter capitalised ("risk R-0001" becomes "Risk R-0001"); the rest is kept.</summary>
    public static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The data of a <c>notice</c> card: a title and one line.</summary>
    public static JsonObject Notice(string title, string text) => new() { ["title"] = title, ["lines"] = new JsonArray(text) };
}
