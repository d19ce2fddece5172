namespace AimsBot.Core.Delivery;

/// <summary>How the inbox file and the main store recognised each other at start.</summary>
public enum InboxLinkState
{
    /// <summary>The main store works with this inbox (or had none yet, as on a first start).</summary>
    Matched = 1,

    /// <summary>The inbox is not the one the main store worked with (deleted, replaced): linked to it.</summary>
    InboxReplaced = 2,

    /// <summary>The main store is behind the inbox (restored from a backup): turns it lost were not run again.</summary>
    StoreBehind = 3,
}
