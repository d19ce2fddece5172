using AimsBot.Core.Governance;

namespace AimsBot.Core.Dialogs.Registration;

/// <summary>
/// The registration form: three short cards instead of one wall of inputs. Each step validates its
/// own fields; the values travel in the dialog state between steps.
/// </summary>
public static class RegistrationForm
{
    public const int Steps = 3;

    public const int NameMax = 120;
    public const int ShortMax = 120;
    public const int LongMax = 1000;

    /// <summary>The input ids of each step, in order (the values kept in the dialog state).</summary>
    public static readonly IReadOnlyList<IReadOnlyList<string>> Fields =
    [
        ["name", "version", "purpose", "outOfScope", "role", "owner"],
        ["source", "supplier", "stage", "personalData", "dataUses", "dataCategories", "jurisdictions"],
        ["affectedPeople", "decisions", "autonomy", "oversight"],
    ];

    /// <summary>Validates one step's inputs; returns the cleaned values to keep.</summary>
    public static Dictionary<string, string> Validate(int step, FormReader form)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (step)
        {
            case 1:
                values["name"] = form.Text("name", "The system's name", NameMax, required: true);
                values["version"] = form.Text("version", "Version", 40, required: false);
                values["purpose"] = form.Text("purpose", "Purpose and intended use", LongMax, required: true);
                values["outOfScope"] = form.Text("outOfScope", "Out-of-scope uses", LongMax, required: false);
                values["role"] = form.Choice<OrganisationRole>("role", "Organisation's role", required: true)?.ToString() ?? form.Raw("role");
                values["owner"] = form.Text("owner", "Business owner", ShortMax, required: false);
                break;
            case 2:
                var source = form.Choice<SystemSource>("source", "Source", required: true);
                values["source"] = source?.ToString() ?? form.Raw("source");
                values["supplier"] = form.Text("supplier", "Supplier or vendor", ShortMax, required: false);
                if (source is not null and not SystemSource.InHouse && values["supplier"].Length == 0)
                {
                    form.Fail("supplier", "Name the supplier or vendor (it is not built in-house).");
                }

                values["stage"] = form.Choice<LifecycleStage>("stage", "Lifecycle stage", required: true)?.ToString() ?? form.Raw("stage");
                var personal = form.Toggle("personalData");
                values["personalData"] = personal ? "true" : "false";
                values["dataUses"] = string.Join(',', form.Choices<DataUse>("dataUses", "Data uses"));
                values["dataCategories"] = form.Text("dataCategories", "Data categories", LongMax, required: false);
                if (personal && values["dataCategories"].Length == 0)
                {
                    form.Fail("dataCategories", "Say which personal data it uses (for example: HR records, CVs, health data).");
                }

                values["jurisdictions"] = form.Text("jurisdictions", "Jurisdictions", 300, required: true);
                break;
            case 3:
                values["affectedPeople"] = form.Text("affectedPeople", "Affected people", LongMax, required: true);
                values["decisions"] = form.Text("decisions", "Decisions influenced", LongMax, required: false);
                var autonomy = form.Choice<Autonomy>("autonomy", "Autonomy", required: true);
                values["autonomy"] = autonomy?.ToString() ?? form.Raw("autonomy");
                values["oversight"] = form.Text("oversight", "Human oversight", LongMax, required: autonomy is not Autonomy.FullyAutomated);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, "The form has three steps.");
        }

        return values;
    }

    /// <summary>Builds the inventory record from the collected values (all steps valid).</summary>
    public static AiSystem ToSystem(IReadOnlyDictionary<string, string> values, Conversations.Actor requester)
    {
        string V(string key) => values.TryGetValue(key, out var value) ? value : "";
        var owner = V("owner");
        return new AiSystem
        {
            Name = V("name"),
            Version = V("version"),
            Purpose = V("purpose"),
            OutOfScopeUses = V("outOfScope"),
            Role = Enum.Parse<OrganisationRole>(V("role")),
            RequesterKey = requester.Key,
            RequesterName = requester.User.DisplayName,
            BusinessOwnerKey = owner.Length == 0 ? requester.Key : "",
            BusinessOwnerName = owner.Length == 0 ? requester.User.DisplayName : owner,
            Source = Enum.Parse<SystemSource>(V("source")),
            Supplier = V("supplier"),
            Stage = Enum.Parse<LifecycleStage>(V("stage")),
            PersonalData = V("personalData") == "true",
            DataUses = [.. V("dataUses").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<DataUse>)],
            DataCategories = V("dataCategories"),
            Jurisdictions = [.. V("jurisdictions").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            AffectedPeople = V("affectedPeople"),
            DecisionsInfluenced = V("decisions"),
            Autonomy = Enum.Parse<Autonomy>(V("autonomy")),
            Oversight = V("oversight"),
        };
    }
}
