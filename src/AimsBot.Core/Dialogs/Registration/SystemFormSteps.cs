using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Forms;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Inventory;

namespace AimsBot.Core.Dialogs.Registration;

/// <summary>
/// The cards of the inventory form. Registration is the first three (the fields needed to decide);
/// the two "complete the record" cards follow in an edit and after approval.
/// </summary>
public sealed class SystemFormSteps(IAiSystemStore systems, PersonField person, IReadOnlyList<string> classifications)
{
    public const int NameMax = 120;
    public const int ShortMax = 120;
    public const int LongMax = 1000;

    public IReadOnlyList<FormStep<SystemDraft>> All() =>
    [
        new("register-step1", ["name", "version", "purpose", "outOfScope", "role", "owner"], ReadWhat, ShowWhat)
        {
            Skip = d => d.DetailsOnly,
            Data = v =>
            {
                var data = person.Data("owner", v.Draft.Owner, v.Draft.Editing, v.Conversation);
                data["heading"] = Heading(v.Draft);
                return data;
            },
        },
        new("register-step2", ["source", "supplier", "stage", "personalData", "dataUses", "dataCategories", "jurisdictions"], ReadData, ShowData)
        {
            Skip = d => d.DetailsOnly,
            Data = v => new JsonObject { ["heading"] = Heading(v.Draft) },
        },
        new("register-step3", ["affectedPeople", "vulnerableGroups", "decisions", "significantEffects", "autonomy", "oversight"], ReadPeople, ShowPeople)
        {
            Skip = d => d.DetailsOnly,
            Data = v => new JsonObject { ["heading"] = Heading(v.Draft) },
        },
        new("system-details", ["euAiAct", "generalPurpose", "model", "modelVersion", "modelProvider", "hostingRegion", "classification", "specialCategory", "provenance", "docsLink", "disclosed", "limitations"], ReadDetails, ShowDetails)
        {
            Skip = d => !d.Editing,
            Data = v => new JsonObject
            {
                ["systemId"] = v.Draft.SystemId,
                ["heading"] = Heading(v.Draft),
                ["euAiActChoices"] = new JsonArray([.. EuAiActCategories.All.Select(c => (JsonNode)Choice(c.Label, c.Id))]),
                ["classificationChoices"] = new JsonArray([.. classifications.Select(c => (JsonNode)Choice(c, c))]),
            },
        },
        new("system-operations", ["supplierAssessment", "dpa", "vendorUsesData", "audience", "users", "deployedOn", "nextReview", "technicalOwner"], ReadOperations, ShowOperations)
        {
            Skip = d => !d.Editing,
            Data = v =>
            {
                var data = person.Data("technicalOwner", v.Draft.TechnicalOwner, v.Draft.Editing, v.Conversation);
                data["systemId"] = v.Draft.SystemId;
                data["heading"] = Heading(v.Draft);
                return data;
            },
        },
    ];

    /// <summary>The card's title: a registration, an edit of the whole record, or the owner completing it after approval.</summary>
    private static string Heading(SystemDraft draft) =>
        !draft.Editing ? "Register an AI system"
        : draft.DetailsOnly ? $"Complete the record of {draft.SystemId}"
        : $"Edit {draft.SystemId}";

    private void ReadWhat(FormStepInput input, SystemDraft draft)
    {
        var form = input.Reader;
        draft.Name = form.Text("name", "The system's name", NameMax, required: true);
        draft.Version = form.Text("version", "Version", 40, required: false);
        draft.Purpose = form.Text("purpose", "Purpose and intended use", LongMax, required: true);
        draft.OutOfScope = form.Text("outOfScope", "Out-of-scope uses", LongMax, required: false);
        draft.Role = form.Choice<OrganisationRole>("role", "Organisation's role", required: true);
        draft.Owner = person.Read(input, "owner", "Business owner", draft.Owner, draft.Editing, emptyMeansMe: true);

        if (form.IsValid)
        {
            WarnOfDuplicate(form, draft);
        }
    }

    private void WarnOfDuplicate(FormReader form, SystemDraft draft)
    {
        var normalized = SystemNames.Normalize(draft.Name);
        var similar = systems.FindSimilar(draft.Name).Where(s => s.Id != draft.SystemId).ToList();
        if (similar.Count == 0 || draft.DuplicateWarnedFor == normalized)
        {
            return;
        }

        draft.DuplicateWarnedFor = normalized;
        var list = string.Join(", ", similar.Select(s => $"{s.Id} “{Markdown.Escape(s.Name)}” ({SystemView.Status(s.Approval).ToLowerInvariant()})"));
        form.Fail("name", $"Already in the inventory: {list}. If yours is a different system, submit again to continue; otherwise type **cancel**.");
    }

    private static Dictionary<string, string> ShowWhat(SystemDraft d) => new(StringComparer.Ordinal)
    {
        ["name"] = d.Name,
        ["version"] = d.Version,
        ["purpose"] = d.Purpose,
        ["outOfScope"] = d.OutOfScope,
        ["role"] = d.Role?.ToString() ?? "",
        ["owner"] = d.OwnerInput,
    };

    private static void ReadData(FormStepInput input, SystemDraft draft)
    {
        var form = input.Reader;
        draft.Source = form.Choice<SystemSource>("source", "Source", required: true);
        draft.Supplier = form.Text("supplier", "Supplier or vendor", ShortMax, required: false);
        if (draft.Source is not null and not SystemSource.InHouse && draft.Supplier.Length == 0)
        {
            form.Fail("supplier", "Name the supplier or vendor (it is not built in-house).");
        }

        draft.Stage = form.Choice<LifecycleStage>("stage", "Lifecycle stage", required: true);
        if (draft.Stage is LifecycleStage.Retired or LifecycleStage.Restricted && !draft.Editing)
        {
            form.Fail("stage", "A new registration can't start retired; choose where the system is today.");
        }
        else if (draft.Stage == LifecycleStage.Retired && draft.StageBefore != LifecycleStage.Retired && draft.Editing)
        {
            form.Fail("stage", $"Retiring needs a reason: keep today's stage here and type **retire {draft.SystemId} why it is retired**.");
        }

        draft.PersonalData = form.Toggle("personalData");
        draft.DataUses = form.Choices<DataUse>("dataUses", "Data uses");
        draft.DataCategories = form.Text("dataCategories", "Data categories", LongMax, required: false);
        if (draft.PersonalData && draft.DataCategories.Length == 0)
        {
            form.Fail("dataCategories", "Say which personal data it uses (for example: HR records, CVs, health data).");
        }

        draft.Jurisdictions = form.Text("jurisdictions", "Jurisdictions", 300, required: true);
    }

    private static Dictionary<string, string> ShowData(SystemDraft d) => new(StringComparer.Ordinal)
    {
        ["source"] = d.Source?.ToString() ?? "",
        ["supplier"] = d.Supplier,
        ["stage"] = d.Stage?.ToString() ?? "",
        ["personalData"] = d.PersonalData ? "true" : "false",
        ["dataUses"] = string.Join(',', d.DataUses),
        ["dataCategories"] = d.DataCategories,
        ["jurisdictions"] = d.Jurisdictions,
    };

    private static void ReadPeople(FormStepInput input, SystemDraft draft)
    {
        var form = input.Reader;
        draft.AffectedPeople = form.Text("affectedPeople", "Affected people", LongMax, required: true);
        draft.VulnerableGroups = form.Toggle("vulnerableGroups");
        draft.Decisions = form.Text("decisions", "Decisions influenced", LongMax, required: false);
        draft.SignificantEffects = form.Toggle("significantEffects");
        draft.Autonomy = form.Choice<Autonomy>("autonomy", "Autonomy", required: true);
        var required = ImpactAssessmentRequirement.OversightRequired(draft.Autonomy, draft.SignificantEffects);
        draft.Oversight = form.Text("oversight", "Human oversight", LongMax, required: false);
        if (required && draft.Oversight.Length == 0)
        {
            form.Fail("oversight", "Describe the human oversight: it is required when decisions are fully automated or affect people's rights.");
        }
    }

    private static Dictionary<string, string> ShowPeople(SystemDraft d) => new(StringComparer.Ordinal)
    {
        ["affectedPeople"] = d.AffectedPeople,
        ["vulnerableGroups"] = d.VulnerableGroups ? "true" : "false",
        ["decisions"] = d.Decisions,
        ["significantEffects"] = d.SignificantEffects ? "true" : "false",
        ["autonomy"] = d.Autonomy?.ToString() ?? "",
        ["oversight"] = d.Oversight,
    };

    private void ReadDetails(FormStepInput input, SystemDraft draft)
    {
        var form = input.Reader;
        draft.EuAiActCategory = form.Raw("euAiAct");
        if (draft.EuAiActCategory.Length > 0 && EuAiActCategories.Find(draft.EuAiActCategory) is null)
        {
            form.Fail("euAiAct", "Choose an EU AI Act category from the list.");
        }

        draft.GeneralPurpose = form.Toggle("generalPurpose");
        draft.Model = form.Text("model", "Underlying model or service", ShortMax, required: false);
        draft.ModelVersion = form.Text("modelVersion", "Model version", 60, required: false);
        draft.ModelProvider = form.Text("modelProvider", "Model provider", ShortMax, required: false);
        draft.HostingRegion = form.Text("hostingRegion", "Hosting region", ShortMax, required: false);
        draft.Classification = form.Raw("classification");
        if (draft.Classification.Length > 0 && !classifications.Contains(draft.Classification, StringComparer.Ordinal))
        {
            form.Fail("classification", "Choose one of the organisation's classification levels.");
        }

        draft.SpecialCategoryData = form.Toggle("specialCategory");
        draft.DataProvenance = form.Text("provenance", "Data provenance and right to use", LongMax, required: false);
        draft.DocumentationLink = form.Text("docsLink", "Documentation or model card link", 500, required: false);
        if (draft.DocumentationLink.Length > 0 && !IsHttpsLink(draft.DocumentationLink))
        {
            form.Fail("docsLink", "Give an https:// link to the documentation or model card.");
        }

        draft.DisclosedToUsers = form.YesNo("disclosed", "whether people are told they deal with an AI system");
        draft.KnownLimitations = form.Text("limitations", "Known limitations", LongMax, required: false);
    }

    private static Dictionary<string, string> ShowDetails(SystemDraft d) => new(StringComparer.Ordinal)
    {
        ["euAiAct"] = d.EuAiActCategory,
        ["generalPurpose"] = d.GeneralPurpose ? "true" : "false",
        ["model"] = d.Model,
        ["modelVersion"] = d.ModelVersion,
        ["modelProvider"] = d.ModelProvider,
        ["hostingRegion"] = d.HostingRegion,
        ["classification"] = d.Classification,
        ["specialCategory"] = d.SpecialCategoryData ? "true" : "false",
        ["provenance"] = d.DataProvenance,
        ["docsLink"] = d.DocumentationLink,
        ["disclosed"] = YesNo(d.DisclosedToUsers),
        ["limitations"] = d.KnownLimitations,
    };

    private void ReadOperations(FormStepInput input, SystemDraft draft)
    {
        var form = input.Reader;
        draft.SupplierAssessment = form.Choice<SupplierAssessment>("supplierAssessment", "Supplier assessment", required: false);
        draft.DataProcessingAgreement = form.YesNo("dpa", "the data processing agreement");
        draft.VendorUsesData = form.YesNo("vendorUsesData", "whether the vendor trains on or keeps our data");
        draft.Audience = form.Choice<Audience>("audience", "Internal or customer-facing", required: false);
        draft.ApproximateUsers = form.Number("users", "Approximate number of users", 0, 100_000_000);
        draft.DeployedOn = form.Date("deployedOn", "The deployed date");
        draft.NextReviewOn = form.Date("nextReview", "The next review date", DateOnly.FromDateTime(input.Now.UtcDateTime));
        draft.TechnicalOwner = person.Read(input, "technicalOwner", "Technical owner", draft.TechnicalOwner, editing: true, emptyMeansMe: false);
    }

    private static Dictionary<string, string> ShowOperations(SystemDraft d) => new(StringComparer.Ordinal)
    {
        ["supplierAssessment"] = d.SupplierAssessment?.ToString() ?? "",
        ["dpa"] = YesNo(d.DataProcessingAgreement),
        ["vendorUsesData"] = YesNo(d.VendorUsesData),
        ["audience"] = d.Audience?.ToString() ?? "",
        ["users"] = d.ApproximateUsers?.ToString(CultureInfo.InvariantCulture) ?? "",
        ["deployedOn"] = d.DeployedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        ["nextReview"] = d.NextReviewOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        ["technicalOwner"] = d.TechnicalOwnerInput,
    };

    private static bool IsHttpsLink(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0;

    private static string YesNo(bool? value) => value switch { true => "yes", false => "no", _ => "" };

    private static JsonObject Choice(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
