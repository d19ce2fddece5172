namespace AimsBot.Core.Governance.Controls;

/// <summary>The risk treatments that rely on Annex A controls (6.1.3): the controls' side of the two-way link.</summary>
public interface ITreatmentLinks
{
    /// <summary>Ids of the active risks whose treatment chose this control, in id order.</summary>
    IReadOnlyList<string> RisksTreatedBy(string controlId);

    /// <summary>Every control chosen by an active treatment, with its risk ids.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>> All();
}
