namespace AimsBot.Core.Cards.BlockKit;

/// <summary>
/// The form of a card with inputs, as Slack needs it: the modal opens from a message button, and its
/// submission must come back as the same data a Teams Action.Submit would bring.
/// </summary>
/// <param name="CardId">The card instance id (the <c>cardId</c> of its submit data).</param>
/// <param name="Verb">The submit's <c>verb</c>: the modal's callback id.</param>
/// <param name="Title">The modal title (at most 24 characters).</param>
/// <param name="SubmitTitle">The modal's submit button (at most 24 characters).</param>
/// <param name="SubmitData">Every key of the submit's data (verb and cardId included), as strings.</param>
/// <param name="ToggleOff">Input.Toggle ids and their off value: an unticked checkbox sends nothing.</param>
public sealed record BlockKitForm(
    string CardId,
    string Verb,
    string Title,
    string SubmitTitle,
    IReadOnlyDictionary<string, string> SubmitData,
    IReadOnlyDictionary<string, string> ToggleOff);
