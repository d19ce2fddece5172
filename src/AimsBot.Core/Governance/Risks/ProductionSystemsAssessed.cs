using AimsBot.Core.Governance.Controls;
using Humanizer;

namespace AimsBot.Core.Governance.Risks;

/// <summary>8.2: every AI system in production has at least one risk on the register that is not closed.</summary>
public sealed class ProductionSystemsAssessed(IAiSystemStore systems, IRiskStore risks) : IClauseWork
{
    public string Clause => "8.2";

    public string Title => "Risks assessed for every production AI system";

    public ClauseWorkState Evaluate()
    {
        var production = systems.Headers().Where(s => s.Stage == LifecycleStage.InProduction).Select(s => s.Id).ToList();
        if (production.Count == 0)
        {
            return new ClauseWorkState(false, "No AI system is in production yet.");
        }

        var assessed = risks.SystemsWithRisks();
        var missing = production.Where(id => !assessed.Contains(id)).ToList();
        return missing.Count == 0
            ? new ClauseWorkState(true, $"All {"production system".ToQuantity(production.Count)} have risks on the register.")
            : new ClauseWorkState(false, $"{missing.Count} of {"production system".ToQuantity(production.Count)} without a risk assessment: {string.Join(", ", missing.Take(8))}{(missing.Count > 8 ? ", …" : "")}.");
    }
}
