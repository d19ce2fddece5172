using System.Collections.Frozen;

namespace AimsBot.Core.Cards;

/// <summary>
/// The Adaptive Card vocabulary AimsBot templates may use: what Teams renders at schema 1.5 and what the
/// Slack Block Kit translator maps. One list for the card lint tests and the Slack translator.
/// </summary>
public static class CardElements
{
    /// <summary>The card schema version every template declares (Teams renders up to 1.5).</summary>
    public const string Version = "1.5";

    /// <summary>The data key that routes a submitted card to <c>dialog/step</c>.</summary>
    public const string VerbKey = "verb";

    /// <summary>The data key that identifies the card instance (consumed once).</summary>
    public const string CardIdKey = "cardId";

    /// <summary>
    /// Body elements (including <c>Column</c>, the item type of <c>ColumnSet.columns</c>, and <c>TableRow</c>
    /// and <c>TableCell</c>, the row and cell types of a <c>Table</c>, which Slack shows as a monospace grid).
    /// </summary>
    public static FrozenSet<string> Elements { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "TextBlock", "RichTextBlock", "FactSet", "Container", "ColumnSet", "Column", "ActionSet", "Table", "TableRow", "TableCell",
        "Input.Text", "Input.ChoiceSet", "Input.Date", "Input.Toggle", "Input.Number");

    /// <summary>Input elements: each needs an <c>id</c>, unique in its card; the id is the field name.</summary>
    public static FrozenSet<string> Inputs { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "Input.Text", "Input.ChoiceSet", "Input.Date", "Input.Toggle", "Input.Number");

    /// <summary>
    /// Typed objects that are neither elements nor actions: <c>Data.Query</c>, the <c>choices.data</c> of the Teams
    /// people picker (dataset <c>graph.microsoft.com/users</c>), which the Slack translator shows as <c>users_select</c>.
    /// </summary>
    public static FrozenSet<string> DataObjects { get; } = FrozenSet.Create(StringComparer.Ordinal, "Data.Query");

    /// <summary>Actions (<c>Action.ShowCard</c> and <c>Action.ToggleVisibility</c> are not supported).</summary>
    public static FrozenSet<string> Actions { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "Action.Submit", "Action.OpenUrl", "Action.Execute");

    /// <summary>Actions that send data back to the bot: their <c>data</c> carries <see cref="VerbKey"/> and <see cref="CardIdKey"/>.</summary>
    public static FrozenSet<string> SubmitActions { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "Action.Submit", "Action.Execute");

    /// <summary>Data keys the bot reserves; no input may use them as its id.</summary>
    public static FrozenSet<string> ReservedDataKeys { get; } = FrozenSet.Create(StringComparer.Ordinal, VerbKey, CardIdKey);
}
