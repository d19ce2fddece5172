namespace AimsBot.Core.Dialogs.Attestation;

/// <summary>The attestation form's draft: which system, what it looked like when the card opened, and the answers.</summary>
public sealed class AttestationDraft
{
    public string SystemId { get; set; } = "";

    /// <summary>The system's last attestation when the card was opened: if it moved, someone attested since.</summary>
    public DateTime? OpenedAttestedAt { get; set; }

    /// <summary>The inputs as submitted (shown again with errors, or on resume).</summary>
    public Dictionary<string, string>? Values { get; set; }

    public bool StillInUse { get; set; }

    public bool Changed { get; set; }

    public string Changes { get; set; } = "";

    public bool OversightWorking { get; set; }

    public bool TestingRepeated { get; set; }

    public bool Incidents { get; set; }

    public string EvidenceUrl { get; set; } = "";
}
