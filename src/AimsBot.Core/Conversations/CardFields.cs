namespace AimsBot.Core.Conversations;

/// <summary>Reserved keys in submitted card data; every other key is an input id.</summary>
public static class CardFields
{
    /// <summary>Which dialog and step the action belongs to: <c>dialog/step</c>.</summary>
    public const string Verb = "verb";

    /// <summary>A unique id for each card instance sent, so one instance takes effect at most once.</summary>
    public const string CardId = "cardId";
}
