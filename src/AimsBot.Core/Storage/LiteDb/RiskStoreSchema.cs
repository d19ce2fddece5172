using AimsBot.Core.Governance.Risks;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>Indexes of the risk register.</summary>
public sealed class RiskStoreSchema : IStoreSchema
{
    public void Ensure(LiteDatabase database)
    {
        var risks = database.GetCollection<Risk>(RiskCollections.Risks);
        risks.EnsureIndex(x => x.Number, unique: true);
        risks.EnsureIndex(x => x.SourceCardId);
        risks.EnsureIndex(x => x.SystemId);
        risks.EnsureIndex(x => x.MethodVersion);
        risks.EnsureIndex(x => x.ImpactAssessmentId);
    }
}
