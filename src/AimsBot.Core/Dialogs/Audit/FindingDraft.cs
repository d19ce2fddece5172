using AimsBot.Core.Governance.Audits;

namespace AimsBot.Core.Dialogs.Audit;

/// <summary>The draft of the <c>finding new AU-01</c> form.</summary>
public sealed class FindingDraft
{
    public string AuditId { get; set; } = "";

    public FindingKind? Kind { get; set; }

    public string Reference { get; set; } = "";

    public string Description { get; set; } = "";

    public string Owner { get; set; } = "";

    public string OwnerKey { get; set; } = "";

    public string OwnerName { get; set; } = "";

    /// <summary>The people picker's id for the owner, when it came from a picker.</summary>
    public string OwnerPick { get; set; } = "";

    [System.Text.Json.Serialization.JsonIgnore]
    public Registration.PersonValue Person
    {
        get => new(Owner, OwnerKey, OwnerName, OwnerPick);
        set => (Owner, OwnerKey, OwnerName, OwnerPick) = (value.Input, value.Key, value.Name, value.Pick);
    }

    public string Action { get; set; } = "";

    public DateOnly? DueDate { get; set; }
}
