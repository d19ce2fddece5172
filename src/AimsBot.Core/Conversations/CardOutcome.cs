namespace AimsBot.Core.Conversations;

/// <summary>
/// What a card action did, carried by the reply that answers the acted-on card, so each edge maps it
/// one way (Teams: the invoke response; Slack: the modal's <c>response_action</c>) without guessing.
/// </summary>
public enum CardOutcome
{
    /// <summary>The inputs were refused: the same card comes back with errors next to its fields.</summary>
    Invalid = 1,

    /// <summary>The step was taken: the reply holds the next step's card.</summary>
    NextStep = 2,

    /// <summary>The card's work is finished (created, decided, cancelled): the reply is its read-only result.</summary>
    Done = 3,

    /// <summary>Nothing changed: the card is stale, someone else's, or the person may not do this; the reply says why.</summary>
    Refused = 4,
}
