namespace AimsBot.Core.Governance.Risks;

/// <summary>The AI risk register.</summary>
public interface IRiskStore
{
    /// <summary>Gives the draft the next id (<c>R-0001</c>, never reused) and stores it.</summary>
    Risk Add(Risk draft);

    Risk? Get(string id);

    /// <summary>The risk a card instance created, if it did.</summary>
    Risk? FindBySourceCard(string cardId);

    void Update(Risk risk);

    /// <summary>One page of matching risks, level in force highest first, then newest first.</summary>
    RiskPage Find(RiskFilter filter, int skip, int take);

    /// <summary>Heat-map counts of active risks, of one system or of all.</summary>
    RiskGrid Grid(string? systemId, int likelihoods, int impacts);

    /// <summary>Active risks whose treatment chose this Annex A control, in id order.</summary>
    IReadOnlyList<string> TreatedBy(string controlId);

    /// <summary>Every Annex A control chosen by an active treatment, with the risk ids.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>> TreatmentLinks();

    /// <summary>AI systems with at least one risk that is not closed.</summary>
    IReadOnlySet<string> SystemsWithRisks();

    /// <summary>Whether any risk was assessed under this method stamp.</summary>
    bool AnyAssessedWith(string methodStamp);

    /// <summary>What the scheduler and digests need of every risk, from memory (no document is read).</summary>
    IReadOnlyList<RiskHeader> Headers();

    /// <summary>The risks raised from one impact assessment, in id order.</summary>
    IReadOnlyList<Risk> FromAssessment(string impactAssessmentId);

    /// <summary>Every risk in id order (exports).</summary>
    IEnumerable<Risk> All();
}
