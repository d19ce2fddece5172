namespace AimsBot.Core.Governance.Impact;

/// <summary>The AI system impact assessments, every version kept.</summary>
public interface IImpactStore
{
    /// <summary>Gives the assessment the next id (<c>IA-0001</c>, never reused) and stores it.</summary>
    ImpactAssessment Add(ImpactAssessment assessment);

    ImpactAssessment? Get(string id);

    /// <summary>The assessment a card instance created, if it did.</summary>
    ImpactAssessment? FindBySourceCard(string cardId);

    void Update(ImpactAssessment assessment);

    /// <summary>Every version for one AI system, oldest first.</summary>
    IReadOnlyList<ImpactAssessment> ForSystem(string systemId);

    /// <summary>Every assessment in id order (exports, lists).</summary>
    IReadOnlyList<ImpactAssessment> All();
}
