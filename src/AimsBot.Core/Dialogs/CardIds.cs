namespace AimsBot.Core.Dialogs;

/// <summary>Fresh card instance ids (unguessable, so a card cannot be forged to act on another).</summary>
public static class CardIds
{
    public static string New() => Guid.NewGuid().ToString("N");
}
