using AimsBot.Core.Governance.Impact;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>Indexes of the impact assessments.</summary>
public sealed class ImpactStoreSchema : IStoreSchema
{
    public void Ensure(LiteDatabase database)
    {
        var impacts = database.GetCollection<ImpactAssessment>(RiskCollections.Impacts);
        impacts.EnsureIndex(x => x.Number, unique: true);
        impacts.EnsureIndex(x => x.SystemId);
        impacts.EnsureIndex(x => x.SourceCardId);
    }
}
