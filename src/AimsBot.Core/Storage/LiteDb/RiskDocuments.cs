using AimsBot.Core.Governance.Risks;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// Reads risk documents without the general mapper, for the register's bulk read (<see cref="LiteDbRiskStore.All"/>:
/// an export reads every risk, and the mapper's reflection took about a sixth of its time). The encoding is the
/// mapper's (<see cref="AimsDatabase.CreateMapper"/>): property names as field names, <c>_id</c> for the id, enums
/// by name, dates in UTC, absent fields left at their defaults. A test holds it to the mapper for a risk with every
/// property set, so a property added to the register fails that test until it is read here too.
/// </summary>
internal static class RiskDocuments
{
    public static Risk Read(BsonDocument document) => new()
    {
        Id = Text(document, "_id"),
        Number = Whole(document, nameof(Risk.Number)),
        Title = Text(document, nameof(Risk.Title)),
        SystemId = Text(document, nameof(Risk.SystemId)),
        ImpactAssessmentId = Text(document, nameof(Risk.ImpactAssessmentId)),
        ImpactHarm = Text(document, nameof(Risk.ImpactHarm)),
        Source = Enum<RiskSource>(document, nameof(Risk.Source)),
        Scenario = Text(document, nameof(Risk.Scenario)),
        ConsequenceOrganisation = Text(document, nameof(Risk.ConsequenceOrganisation)),
        ConsequenceIndividuals = Text(document, nameof(Risk.ConsequenceIndividuals)),
        ConsequenceSociety = Text(document, nameof(Risk.ConsequenceSociety)),
        Likelihood = Whole(document, nameof(Risk.Likelihood)),
        Impact = Whole(document, nameof(Risk.Impact)),
        Level = Text(document, nameof(Risk.Level)),
        LevelRank = Whole(document, nameof(Risk.LevelRank)),
        ExistingControls = Texts(document, nameof(Risk.ExistingControls)),
        OwnerKey = Text(document, nameof(Risk.OwnerKey)),
        OwnerName = Text(document, nameof(Risk.OwnerName)),
        Status = Enum(document, nameof(Risk.Status), RiskStatus.Open),
        Treatment = document.TryGetValue(nameof(Risk.Treatment), out var treatment) && treatment.IsDocument ? Treatment(treatment.AsDocument) : null,
        Acceptance = document.TryGetValue(nameof(Risk.Acceptance), out var acceptance) && acceptance.IsDocument ? Decision(acceptance.AsDocument) : null,
        MethodVersion = Text(document, nameof(Risk.MethodVersion)),
        NextReview = Time(document, nameof(Risk.NextReview)) ?? default,
        RaisedByKey = Text(document, nameof(Risk.RaisedByKey)),
        RaisedByName = Text(document, nameof(Risk.RaisedByName)),
        RaisedAt = Time(document, nameof(Risk.RaisedAt)) ?? default,
        UpdatedAt = Time(document, nameof(Risk.UpdatedAt)) ?? default,
        SourceCardId = Text(document, nameof(Risk.SourceCardId)),
    };

    private static RiskTreatment Treatment(BsonDocument document) => new()
    {
        Option = Enum<TreatmentOption>(document, nameof(RiskTreatment.Option)),
        Controls = Texts(document, nameof(RiskTreatment.Controls)),
        Plan = Text(document, nameof(RiskTreatment.Plan)),
        OwnerKey = Text(document, nameof(RiskTreatment.OwnerKey)),
        OwnerName = Text(document, nameof(RiskTreatment.OwnerName)),
        DueDate = Time(document, nameof(RiskTreatment.DueDate)),
        ResidualLikelihood = Whole(document, nameof(RiskTreatment.ResidualLikelihood)),
        ResidualImpact = Whole(document, nameof(RiskTreatment.ResidualImpact)),
        ResidualLevel = Text(document, nameof(RiskTreatment.ResidualLevel)),
        ResidualRank = Whole(document, nameof(RiskTreatment.ResidualRank)),
        Progress = Text(document, nameof(RiskTreatment.Progress)),
        CompletedAt = Time(document, nameof(RiskTreatment.CompletedAt)),
        PlannedAt = Time(document, nameof(RiskTreatment.PlannedAt)) ?? default,
    };

    private static RiskDecision Decision(BsonDocument document) => new()
    {
        Level = Text(document, nameof(RiskDecision.Level)),
        Authority = Enum<AcceptanceAuthority>(document, nameof(RiskDecision.Authority)),
        DecidedByKey = Text(document, nameof(RiskDecision.DecidedByKey)),
        DecidedByName = Text(document, nameof(RiskDecision.DecidedByName)),
        DecidedAt = Time(document, nameof(RiskDecision.DecidedAt)) ?? default,
        Note = Text(document, nameof(RiskDecision.Note)),
    };

    private static string Text(BsonDocument document, string field) =>
        document.TryGetValue(field, out var value) && value.IsString ? value.AsString : "";

    private static int Whole(BsonDocument document, string field) =>
        document.TryGetValue(field, out var value) && value.IsNumber ? value.AsInt32 : 0;

    private static DateTime? Time(BsonDocument document, string field) =>
        document.TryGetValue(field, out var value) && value.IsDateTime ? value.AsDateTime.ToUniversalTime() : null;

    private static List<string> Texts(BsonDocument document, string field) =>
        document.TryGetValue(field, out var value) && value.IsArray ? [.. value.AsArray.Where(x => x.IsString).Select(x => x.AsString)] : [];

    private static TEnum Enum<TEnum>(BsonDocument document, string field, TEnum fallback = default)
        where TEnum : struct, Enum =>
        !document.TryGetValue(field, out var value) ? fallback
        : value.IsString && System.Enum.TryParse<TEnum>(value.AsString, out var parsed) ? parsed
        : value.IsNumber ? (TEnum)System.Enum.ToObject(typeof(TEnum), value.AsInt32)
        : fallback;
}
