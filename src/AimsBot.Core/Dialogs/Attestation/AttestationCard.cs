using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Scheduling;

namespace AimsBot.Core.Dialogs.Attestation;

/// <summary>
/// The attestation card: one step, like the SoA answer card (the form engine had not landed; this
/// card should move onto it). Verbs <c>attest/submit</c>; the system id travels in the data.
/// </summary>
public static class AttestationCard
{
    public const string TemplateId = "attestation";
    public static readonly Verb SubmitVerb = new("attest/submit");

    public static readonly string[] Fields = ["inUse", "changed", "changes", "oversight", "testing", "incidents", "evidence"];

    public static JsonObject Data(AiSystem system, DateTimeOffset? due, DateTimeOffset now, string cardId, IReadOnlyDictionary<string, string>? values, IReadOnlyDictionary<string, string>? errors)
    {
        var valueObject = new JsonObject();
        foreach (var field in Fields)
        {
            valueObject[field] = values?.GetValueOrDefault(field) ?? "";
        }

        var errorObject = new JsonObject();
        foreach (var (field, message) in errors ?? new Dictionary<string, string>())
        {
            errorObject[field] = message;
        }

        return new JsonObject
        {
            ["cardId"] = cardId,
            ["id"] = system.Id,
            ["name"] = Markdown.Escape(system.Name),
            ["due"] = due is { } at ? DueWords.Of(at, now) : "",
            ["hasErrors"] = errorObject.Count > 0,
            ["values"] = valueObject,
            ["errors"] = errorObject,
        };
    }
}
