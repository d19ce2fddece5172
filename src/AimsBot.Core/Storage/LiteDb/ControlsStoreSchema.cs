using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Governance.Exports;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>Indexes for controls, evidence and export files.</summary>
public sealed class ControlsStoreSchema : IStoreSchema
{
    public void Ensure(LiteDatabase database)
    {
        var controls = database.GetCollection<ControlRecord>(ControlCollections.Controls);
        controls.EnsureIndex(x => x.OwnerKey);

        var evidence = database.GetCollection<EvidenceItem>(ControlCollections.Evidence);
        evidence.EnsureIndex("Iso42001", "$.Iso42001[*]");
        evidence.EnsureIndex("Iso27001", "$.Iso27001[*]");
        evidence.EnsureIndex(x => x.NormalizedLocation);

        var files = database.GetCollection<ExportFile>(ControlCollections.ExportFiles);
        files.EnsureIndex(x => x.ExpiresAt);
    }
}
