using AimsBot.Core.Governance.Risks;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>
/// The risk register in PostgreSQL. Lists, the heat map and the control links are computed over the
/// risks' headers read from the database each time (another instance may have written since), with
/// the same <see cref="RiskIndex"/> the LiteDB store keeps in memory.
/// </summary>
public sealed class PgRiskStore(PgDatabase database) : IRiskStore
{
    private const string ByNumber = "(data->>'Number')::int";
    private const string RiskCollectionsCounter = LiteDb.RiskCollections.RiskCounter;

    private readonly PgDocuments<Risk> _risks = new(database, PgCollections.Risks, x => x.Id);

    public Risk Add(Risk draft) => database.InTransaction(() =>
    {
        var number = (int)PgCollections.NextCounter(database, RiskCollectionsCounter);
        draft.Number = number;
        draft.Id = RiskIds.Format(number);
        _risks.Insert(draft);
        return draft;
    });

    public Risk? Get(string id) => _risks.Find(id);

    public Risk? FindBySourceCard(string cardId) =>
        string.IsNullOrEmpty(cardId) ? null : _risks.Where("data->>'SourceCardId' = $2", null, cardId).FirstOrDefault();

    public void Update(Risk risk) => _risks.Update(risk);

    public RiskPage Find(RiskFilter filter, int skip, int take)
    {
        var (ids, total) = Index().Find(filter, skip, take);
        return new RiskPage([.. ids.Select(_risks.Find).OfType<Risk>()], total);
    }

    public RiskGrid Grid(string? systemId, int likelihoods, int impacts) => Index().Grid(systemId, likelihoods, impacts);

    public IReadOnlyList<string> TreatedBy(string controlId) => Index().TreatedBy(controlId);

    public IReadOnlyDictionary<string, IReadOnlyList<string>> TreatmentLinks() => Index().TreatmentLinks();

    public IReadOnlySet<string> SystemsWithRisks() => Index().SystemsWithRisks();

    public bool AnyAssessedWith(string methodStamp) => _risks.Count("data->>'MethodVersion' = $2", methodStamp) > 0;

    public IReadOnlyList<Risk> FromAssessment(string impactAssessmentId) =>
        string.IsNullOrEmpty(impactAssessmentId) ? [] : _risks.Where("data->>'ImpactAssessmentId' = $2", ByNumber, impactAssessmentId);

    public IEnumerable<Risk> All() => _risks.All(ByNumber);

    public IReadOnlyList<RiskHeader> Headers() => Index().Headers();

    private RiskIndex Index()
    {
        var index = new RiskIndex();
        foreach (var risk in _risks.All(ByNumber))
        {
            index.Set(risk);
        }

        return index;
    }
}
