using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Inventory;
using Humanizer;

namespace AimsBot.Core.Dialogs;

/// <summary>How an inventory record reads on a card: escaped user text, words for enums, relative dates.</summary>
public static class SystemView
{
    public static string Status(ApprovalStatus status) => status.Humanize();

    /// <summary>The facts every card about a system shows.</summary>
    public static JsonArray Facts(AiSystem system, DateTimeOffset now, bool full)
    {
        var facts = new JsonArray
        {
            Fact("Status", Status(system.Approval)),
            Fact("Purpose", system.Purpose),
            Fact("Organisation's role", system.Role.Humanize()),
            Fact("Business owner", system.BusinessOwnerName),
            Fact("Source", system.Source.Humanize() + (system.Supplier.Length > 0 ? " — " + system.Supplier : "")),
            Fact("Lifecycle stage", system.Stage.Humanize()),
        };
        if (!full)
        {
            return facts;
        }

        if (system.Version.Length > 0)
        {
            facts.Add(Fact("Version", system.Version));
        }

        facts.Add(Fact("Out-of-scope uses", Or(system.OutOfScopeUses, "None stated")));
        facts.Add(Fact("Personal data", system.PersonalData ? "Yes — " + system.DataCategories : "No"));
        facts.Add(Fact("Data uses", system.DataUses.Count == 0 ? "None stated" : string.Join(", ", system.DataUses.Select(d => d.Humanize()))));
        facts.Add(Fact("Affected people", system.AffectedPeople));
        facts.Add(Fact("Decisions influenced", Or(system.DecisionsInfluenced, "None stated")));
        facts.Add(Fact("Autonomy", system.Autonomy.Humanize()));
        facts.Add(Fact("Human oversight", Or(system.Oversight, "None described")));
        facts.Add(Fact("Jurisdictions", string.Join(", ", system.Jurisdictions)));
        foreach (var field in SystemFields.Editable.Skip(SystemFields.Editable.ToList().FindIndex(f => f.Key == "euAiAct")))
        {
            if (field.Read(system) is { Length: > 0 } value)
            {
                facts.Add(Fact(field.Label, value));
            }
        }

        if (system.TechnicalOwnerName.Length > 0)
        {
            facts.Add(Fact("Technical owner", system.TechnicalOwnerName));
        }
        facts.Add(Fact("Registered", $"{When(system.RegisteredAt, now)} by {system.RequesterName}"));
        if (system.DecidedAt is { } decided)
        {
            var note = system.DecisionNote.Length > 0 ? ": " + system.DecisionNote : "";
            facts.Add(Fact("Decision", $"{Status(system.Approval)} {When(decided, now)} by {system.DecidedByName}{note}"));
        }

        return facts;
    }

    /// <summary>Adds the periodic attestation: when it was last done and when the next one is due (and by whom, if delegated).</summary>
    public static JsonArray WithAttestation(JsonArray facts, AiSystem system, DateTimeOffset? next, DateTimeOffset now)
    {
        if (system.LastAttestedAt is { } last)
        {
            facts.Add(Fact("Last attestation", When(last, now)));
        }

        if (next is { } due)
        {
            var by = system.AttestationDelegateName.Length > 0 ? $" by {system.AttestationDelegateName} (delegated)" : "";
            facts.Add(Fact("Next attestation", $"{Core.Scheduling.DueWords.Of(due, now)} ({due.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}){by}"));
        }

        return facts;
    }

    /// <summary>The warnings a system card leads with: re-assessment due, impact assessment required, owners not reachable.</summary>
    public static JsonArray Flags(AiSystem system, PeopleDirectory people)
    {
        var flags = new JsonArray();
        if (system.Stage == LifecycleStage.Retired)
        {
            flags.Add($"**Retired**: {Markdown.Escape(system.RetiredReason)}");
        }

        if (system.ReassessmentDue)
        {
            flags.Add($"**Re-assessment due**: {Markdown.Escape(string.Join("; ", system.ReassessmentReasons))}");
        }

        if (ImpactAssessmentRequirement.Reasons(system) is { Count: > 0 } reasons)
        {
            flags.Add($"**Impact assessment required**: {string.Join("; ", reasons)}");
        }

        foreach (var (role, key, name) in new[] { ("Business owner", system.BusinessOwnerKey, system.BusinessOwnerName), ("Technical owner", system.TechnicalOwnerKey, system.TechnicalOwnerName) })
        {
            if (name.Length > 0 && !people.IsReachable(people.Current(key, name, TenantOf(system.RequesterKey)).Key))
            {
                flags.Add($"{role} {Markdown.Escape(name)} is **not reachable yet**: they have not talked to AimsBot.");
            }
        }

        return flags;
    }

    private static string TenantOf(string key) => key.Split(':') is { Length: >= 3 } parts ? parts[1] : "";

    /// <summary>"3 days ago (2 Nov 2026)": relative words first, the date for the record.</summary>
    public static string When(DateTime utc, DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"{Ago(utc, now)} ({utc:d MMM yyyy})");

    /// <summary>"3 days ago", or "just now" (Humanizer's bare "now" reads oddly after a name).</summary>
    public static string Ago(DateTime utc, DateTimeOffset now)
    {
        var words = new DateTimeOffset(utc, TimeSpan.Zero).Humanize(now);
        return words == "now" ? "just now" : words;
    }

    public static JsonObject Fact(string title, string value) => new()
    {
        ["title"] = title,
        ["value"] = Markdown.Escape(value),
    };

    private static string Or(string value, string fallback) => value.Length > 0 ? value : fallback;
}
