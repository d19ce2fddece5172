using AimsBot.Core.Governance.Controls;

namespace AimsBot.Core.Dialogs.Controls;

/// <summary>The answer card's draft: which control, the record's version when the card was opened, and the answer read from it.</summary>
public sealed class SoaAnswerDraft
{
    public string Control { get; set; } = "";

    /// <summary>The record's last change when the card was opened: an answer saved meanwhile by someone else is not overwritten.</summary>
    public DateTime? OpenedVersion { get; set; }

    /// <summary>The inputs as last submitted, kept for resume.</summary>
    public Dictionary<string, string>? Values { get; set; }

    /// <summary>The valid answer, set when the card was read without errors.</summary>
    public SoaAnswer? Answer { get; set; }
}
