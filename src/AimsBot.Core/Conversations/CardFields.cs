namespace AimsBot.Core.Conversations;

/// <summary>Reserved keys in submitted card data; every other key is an input id.</summary>
public static class CardFields
{
    /// <summary>Which dialog and step the action belongs to: <c>dialog/step</c>.</summary>
    public const string Verb = "verb";

    /// <summary>A unique id for each card instance sent, so one instance takes effect at most once.</summary>
    public const string CardId = "cardId";

    /// <summary>Scheduled turns: the job (<c>dialog/step</c>) the scheduler asks for.</summary>
    public const string Job = "job";

    /// <summary>Scheduled turns: the date or occurrence the job is for (ISO 8601, UTC).</summary>
    public const string DueAt = "dueAt";
}
