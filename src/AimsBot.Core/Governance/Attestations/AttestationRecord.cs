namespace AimsBot.Core.Governance.Attestations;

/// <summary>One owner's answer that an AI system is still as registered (or what changed).</summary>
public sealed class AttestationRecord
{
    public long Id { get; set; }

    public string SystemId { get; set; } = "";

    /// <summary>The due date the answer settles.</summary>
    public DateTime DueAt { get; set; }

    public DateTime AnsweredAt { get; set; }

    public string AnsweredByKey { get; set; } = "";

    public string AnsweredByName { get; set; } = "";

    public bool StillInUse { get; set; }

    public bool Changed { get; set; }

    public string Changes { get; set; } = "";

    public bool OversightWorking { get; set; }

    public bool TestingRepeated { get; set; }

    public bool Incidents { get; set; }

    public string EvidenceUrl { get; set; } = "";

    /// <summary>The card instance that was submitted: a repeated submit finds it.</summary>
    public string CardId { get; set; } = "";
}
