namespace AimsBot.Core.Governance.Controls;

/// <summary>Owners, SoA answers and edited links, one record per ISO/IEC 42001 control.</summary>
public interface IControlStore
{
    /// <summary>The record, or a fresh unanswered one when the control was never touched.</summary>
    ControlRecord Get(string id);

    /// <summary>Every stored record, keyed by control id.</summary>
    IReadOnlyDictionary<string, ControlRecord> All();

    IReadOnlyList<ControlRecord> OwnedBy(string ownerKey);

    void Save(ControlRecord record);

    /// <summary>Saves several records in one transaction.</summary>
    void SaveAll(IEnumerable<ControlRecord> records);
}
