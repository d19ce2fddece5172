namespace AimsBot.Core.Governance.Attestations;

public interface IAttestationStore
{
    void Add(AttestationRecord record);

    /// <summary>A system's attestations, newest first.</summary>
    IReadOnlyList<AttestationRecord> ForSystem(string systemId);

    bool ExistsForCard(string cardId);
}
