using System.Globalization;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Risks;

namespace AimsBot.Core.Dialogs.Risk;

/// <summary>
/// Reads what follows <c>risks</c>: <c>mine</c>, <c>open</c>, <c>high</c>, <c>overdue</c>, <c>closed</c>, a
/// level name, an AI system id, <c>page N</c>, and any other words as a keyword in the title. Words combine.
/// </summary>
public sealed record RiskListQuery(RiskFilter Filter, string Title, int Page, string? Problem)
{
    public const int MaxLength = 80;

    public static RiskListQuery Parse(string text, Actor actor, RiskMethod method, DateTimeOffset now, Func<string, bool> systemExists)
    {
        var filter = new RiskFilter();
        var labels = new List<string>();
        var keyword = new List<string>();
        var page = 1;
        if (text.Length > MaxLength)
        {
            return new(filter, "", 1, string.Create(CultureInfo.InvariantCulture, $"That filter is too long: keep it to {MaxLength} characters."));
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            switch (word.ToLowerInvariant())
            {
                case "page" when i + 1 < words.Length && int.TryParse(words[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                    page = Math.Max(1, n);
                    i++;
                    continue;
                case "mine":
                    filter = filter with { PersonKey = actor.Key };
                    labels.Add("yours (owned, treated or raised)");
                    continue;
                case "open":
                    filter = filter with { Statuses = [RiskStatus.Open, RiskStatus.TreatmentPlanned] };
                    labels.Add("open or in treatment");
                    continue;
                case "closed":
                    filter = filter with { Statuses = [RiskStatus.Closed] };
                    labels.Add("closed");
                    continue;
                case "high":
                    filter = filter with { MinRank = method.FirstRankAboveOwner };
                    labels.Add($"at or above {method.Levels[method.FirstRankAboveOwner - 1].Name}");
                    continue;
                case "overdue":
                    filter = filter with { OverdueAt = now.UtcDateTime };
                    labels.Add("overdue for review or treatment");
                    continue;
            }

            if (method.FindLevel(word) is { } level)
            {
                filter = filter with { ExactRank = method.RankOf(level.Name) };
                labels.Add($"at level {level.Name}");
            }
            else if (SystemNames.ParseId(word) is { } systemId && word.StartsWith("AI-", StringComparison.OrdinalIgnoreCase))
            {
                if (!systemExists(systemId))
                {
                    return new(filter, "", 1, $"There is no AI system {systemId}. Type **systems** for the inventory.");
                }

                filter = filter with { SystemId = systemId };
                labels.Add("of " + systemId);
            }
            else
            {
                keyword.Add(word);
            }
        }

        if (keyword.Count > 0)
        {
            filter = filter with { Keyword = string.Join(' ', keyword) };
            labels.Add($"matching “{Markdown.Escape(string.Join(' ', keyword))}”");
        }

        return new(filter, labels.Count == 0 ? "Risk register" : "Risks " + string.Join(", ", labels), page, null);
    }
}
