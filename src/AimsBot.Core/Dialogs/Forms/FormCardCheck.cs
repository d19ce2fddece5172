using System.Diagnostics.CodeAnalysis;
using AimsBot.Core.Conversations;

namespace AimsBot.Core.Dialogs.Forms;

/// <summary>
/// Card identity for a form's card actions: a card whose id cannot be read, that somebody else opened, whose
/// form was finished, cancelled or replaced, or that shows an earlier step changes nothing, and the person
/// is told which of these it was.
/// </summary>
internal static class FormCardCheck
{
    /// <summary>
    /// Whether the card is the newest card of the person's open instance of <paramref name="form"/> (then
    /// <paramref name="instance"/> and <paramref name="cardId"/> are set); else <paramref name="refusal"/> says why not.
    /// </summary>
    /// <param name="noun">The form's noun, for the messages ("risk").</param>
    /// <param name="startCommand">The command that starts the form, offered in the messages.</param>
    public static bool Accepts(
        DialogContext context,
        string form,
        string noun,
        string startCommand,
        [NotNullWhen(true)] out FormInstance? instance,
        out FormCardId cardId,
        [NotNullWhen(false)] out string? refusal)
    {
        instance = null;
        refusal = Refusal(context, form, noun, startCommand, out cardId);
        if (refusal is null)
        {
            instance = context.State.Form!;
        }

        return refusal is null;
    }

    private static string? Refusal(DialogContext context, string form, string noun, string startCommand, out FormCardId cardId)
    {
        if (!FormCardId.TryParse(context.CardId, out cardId))
        {
            return $"I couldn't tell which form this card belongs to, so nothing changed. Type **{startCommand}** to start again.";
        }

        if (!cardId.BelongsTo(context.Actor.Key))
        {
            return $"This card belongs to someone else's {noun}: only the person who opened it can fill it in. Type **{startCommand}** to start your own.";
        }

        var open = context.State.Form;
        if (open is null || open.Form != form || open.InstanceId != cardId.InstanceId)
        {
            return $"This {noun} form is no longer active (it was finished, cancelled or replaced), so nothing changed. Type **{startCommand}** to start a new one.";
        }

        if (cardId.Revision != open.Revision)
        {
            var openNoun = open is { Noun.Length: > 0 } ? open.Noun : noun;
            return $"That card is an earlier step of your {openNoun}, so nothing changed: carry on with the newest card, or type **cancel**.";
        }

        return null;
    }
}
